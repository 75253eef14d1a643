import { describe, expect, it } from "vitest";
import { listingQuerySchema } from "./listing-query";

describe("listingQuerySchema", () => {
  it("defaults to page 1 and reads a category", () => {
    expect(listingQuerySchema.parse({})).toEqual({ page: 1 });
    expect(listingQuerySchema.parse({ page: "3", categorie: "formation-continue" })).toEqual({ page: 3, categorie: "formation-continue" });
  });

  it.each(["0", "-1", "abc", "2.5", "01", "1e3", "", " 2", "999999"])("refuses page=%j", (page) => {
    expect(listingQuerySchema.safeParse({ page }).success).toBe(false);
  });

  it("takes the first of repeated parameters and refuses odd categories", () => {
    expect(listingQuerySchema.parse({ page: ["2", "5"] }).page).toBe(2);
    expect(listingQuerySchema.safeParse({ categorie: "../admin" }).success).toBe(false);
    expect(listingQuerySchema.safeParse({ categorie: "Formation" }).success).toBe(false);
  });
});
