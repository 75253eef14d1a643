import { describe, expect, it } from "vitest";
import { MAX_QUERY_LENGTH } from "./limits";
import { normalizeSearchText, searchQuerySchema } from "./query-schema";

describe("searchQuerySchema", () => {
  it("defaults to an empty query on page 1", () => {
    expect(searchQuerySchema.parse({})).toEqual({ q: "", page: 1 });
  });

  it("reads a query, a page, a category and a year", () => {
    expect(searchQuerySchema.parse({ q: " sécurité ", page: "2", categorie: "formation-continue", annee: "2024" })).toEqual({
      q: "sécurité",
      page: 2,
      categorie: "formation-continue",
      annee: 2024,
    });
  });

  it("treats a form's empty filters as no filter", () => {
    expect(searchQuerySchema.parse({ q: "a", categorie: "", annee: "" })).toEqual({ q: "a", page: 1 });
  });

  it.each(["0", "-1", "abc", "2.5", "01", "1e3", "", " 2", "999999"])("refuses page=%j like the listing", (page) => {
    expect(searchQuerySchema.safeParse({ q: "x", page }).success).toBe(false);
  });

  it.each(["../admin", "Formation", "a b", "é", "-a", "a--b", "x".repeat(201)])("refuses categorie=%j", (categorie) => {
    expect(searchQuerySchema.safeParse({ categorie }).success).toBe(false);
  });

  it.each(["24", "02024", "abcd", "1899", "2101", "2024.0", " 2024", "-202"])("refuses annee=%j", (annee) => {
    expect(searchQuerySchema.safeParse({ annee }).success).toBe(false);
  });

  it("accepts the bounds of the year range", () => {
    expect(searchQuerySchema.parse({ annee: "1900" }).annee).toBe(1900);
    expect(searchQuerySchema.parse({ annee: "2100" }).annee).toBe(2100);
  });

  it("takes the first of repeated parameters", () => {
    expect(searchQuerySchema.parse({ q: ["police", "gendarmerie"], page: ["3", "1"] })).toMatchObject({ q: "police", page: 3 });
  });

  it("cuts a long query instead of refusing it", () => {
    const { q } = searchQuerySchema.parse({ q: "sécurité ".repeat(600) });
    expect(Array.from(q).length).toBeLessThanOrEqual(MAX_QUERY_LENGTH);
    expect(q.startsWith("sécurité sécurité")).toBe(true);
    expect(q.endsWith(" ")).toBe(false);
  });
});

describe("normalizeSearchText", () => {
  it("collapses whitespace and trims", () => {
    expect(normalizeSearchText("  police \n\t nationale  ")).toBe("police nationale");
  });

  it("removes NUL and other control, format and private-use characters", () => {
    expect(normalizeSearchText("po\u0000lice\u200b \uE000na\uE001tionale\u202e")).toBe("po lice na tionale");
  });

  it("never cuts a character in half, nor leaves a lone surrogate", () => {
    const emoji = "👮";
    const cut = normalizeSearchText(emoji.repeat(MAX_QUERY_LENGTH + 10));
    expect(Array.from(cut)).toHaveLength(MAX_QUERY_LENGTH);
    expect(cut).toBe(emoji.repeat(MAX_QUERY_LENGTH));
    expect(normalizeSearchText("a\uD800b")).toBe("a b");
  });

  it("keeps punctuation and operators: websearch_to_tsquery reads them safely", () => {
    expect(normalizeSearchText(`"police nationale" -gendarmerie or 'x'; DROP TABLE`)).toBe(
      `"police nationale" -gendarmerie or 'x'; DROP TABLE`,
    );
  });
});
