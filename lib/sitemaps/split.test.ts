import { describe, expect, it } from "vitest";
import { sitemapLayout, sitemapPart } from "./split";

describe("sitemap split", () => {
  it("keeps one file up to the limit", () => {
    expect(sitemapLayout(2, 1, 3)).toEqual({ kind: "single" });
    expect(sitemapLayout(6, 49_994, 50_000)).toEqual({ kind: "single" });
    expect(sitemapPart(1, 2, 1, 3)).toBeNull();
  });

  it("splits beyond the limit: listings first, then articles, every position in exactly one file", () => {
    const layout = sitemapLayout(4, 6, 3);
    expect(layout.kind).toBe("index");
    if (layout.kind !== "index") return;
    expect(layout.parts).toEqual([
      { number: 1, listings: { start: 0, end: 3 }, articles: { start: 0, end: 0 } },
      { number: 2, listings: { start: 3, end: 4 }, articles: { start: 0, end: 2 } },
      { number: 3, listings: { start: 4, end: 4 }, articles: { start: 2, end: 5 } },
      { number: 4, listings: { start: 4, end: 4 }, articles: { start: 5, end: 6 } },
    ]);
    const sizes = layout.parts.map((p) => p.listings.end - p.listings.start + p.articles.end - p.articles.start);
    expect(sizes).toEqual([3, 3, 3, 1]);
    expect(sitemapPart(3, 4, 6, 3)).toEqual(layout.parts[2]);
  });

  it("splits 50,001 URLs into two files of the real limit", () => {
    const layout = sitemapLayout(6, 49_995, 50_000);
    expect(layout.kind === "index" && layout.parts.map((p) => [p.articles.start, p.articles.end])).toEqual([
      [0, 49_994],
      [49_994, 49_995],
    ]);
  });

  it("has no file 0, no file beyond the last and no file with a bad number", () => {
    expect(sitemapPart(0, 4, 6, 3)).toBeNull();
    expect(sitemapPart(5, 4, 6, 3)).toBeNull();
    expect(sitemapPart(1.5, 4, 6, 3)).toBeNull();
    expect(() => sitemapLayout(1, 1, 0)).toThrow(RangeError);
  });
});
