import { describe, expect, it } from "vitest";
import { isSlug, SLUG_MAX_LENGTH, slugFieldSchema, slugify, slugSchema } from "./slug";

describe("the slug rule", () => {
  it.each(["a", "formation-continue", "jo-2024", "x".repeat(SLUG_MAX_LENGTH)])("accepts %j", (slug) => {
    expect(isSlug(slug)).toBe(true);
    expect(slugSchema.safeParse(slug).success).toBe(true);
  });

  it.each(["", "-a", "a-", "a--b", "A", "é", "a b", "a/b", "../admin", "a_b", "x".repeat(SLUG_MAX_LENGTH + 1), "a\n"])(
    "refuses %j",
    (slug) => {
      expect(isSlug(slug)).toBe(false);
      expect(slugSchema.safeParse(slug).success).toBe(false);
    },
  );

  it("explains a refusal in French", () => {
    const result = slugSchema.safeParse("Mauvais Slug");
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toMatch(/lettres minuscules sans accent/);
  });
});

describe("slugify", () => {
  it.each([
    ["Continuum de sécurité : « Il ne s’agit pas d’un coup de communication » !", "continuum-de-securite-il-ne-sagit-pas-dun-coup-de-communication"],
    ["Œuvres d’art et cœur", "oeuvres-dart-et-coeur"],
    ["L'École nationale", "lecole-nationale"],
    ["  Coopération   internationale  ", "cooperation-internationale"],
    ["JO 2024 — Paris", "jo-2024-paris"],
    ["Ça, c’est l’été !", "ca-cest-lete"],
    ["Ægis straße", "aegis-strasse"],
    ["!!!", ""],
    ["日本語", ""],
  ])("%j → %j", (title, slug) => {
    expect(slugify(title)).toBe(slug);
  });

  it("cuts a long title at a word boundary within the limit", () => {
    const slug = slugify("mot ".repeat(100));
    expect(slug.length).toBeLessThanOrEqual(SLUG_MAX_LENGTH);
    expect(isSlug(slug)).toBe(true);
    expect(slug.endsWith("mot")).toBe(true);
  });

  it("always yields a valid slug or nothing", () => {
    for (const title of ["a'b", "'-'", "x".repeat(500), "é-è-ê", "a  -  b"]) {
      const slug = slugify(title);
      expect(slug === "" || isSlug(slug)).toBe(true);
    }
  });
});

describe("slugFieldSchema", () => {
  it("forgives surrounding spaces in a form, nothing else", () => {
    expect(slugFieldSchema.parse("  rentree-2026 \n")).toBe("rentree-2026");
    expect(slugFieldSchema.safeParse("Rentree").success).toBe(false);
  });
});
