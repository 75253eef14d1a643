import { readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { sanitizeDocument } from "../../lib/rich-text/sanitize";
import {
  articles,
  categories,
  EARLIER_ARTICLE_SLUG,
  REFERENCE_ARTICLE_OLD_SLUG,
  REFERENCE_ARTICLE_SLUG,
  referenceArticle,
  seedImageNames,
  seedImages,
  sites,
  tags,
} from ".";
import { linkedArticleSlugs, seedDataProblems } from "./validate";

const ASSETS = path.resolve(import.meta.dirname, "..", "seed-assets");
const SEED_DAY = "2026-11-26T00:00:00Z";

describe("demo content", () => {
  it("is consistent (slugs, dates, links)", () => {
    expect(seedDataProblems(articles)).toEqual([]);
  });

  it("has bodies that the rich-text allow-list keeps unchanged", () => {
    for (const article of articles) {
      expect(sanitizeDocument(article.body), article.slug).toEqual(article.body);
    }
  });

  it("has at least 32 published articles, in every category, from 2019 to November 2026", () => {
    const published = articles.filter((a) => a.status === "PUBLISHED");
    expect(published.length).toBeGreaterThanOrEqual(32);
    for (const category of categories) expect(published.some((a) => a.category === category.slug), category.slug).toBe(true);
    for (const article of published) {
      expect(Date.parse(article.publishedAt ?? "")).toBeLessThan(Date.parse(SEED_DAY));
      expect(Date.parse(article.publishedAt ?? "")).toBeGreaterThanOrEqual(Date.parse("2019-01-01T00:00:00Z"));
    }
  });

  it("has one article in each non-public state, and a revised published one", () => {
    const byStatus = (status: string) => articles.filter((a) => a.status === status);
    expect(byStatus("DRAFT")).toHaveLength(1);
    expect(byStatus("IN_REVIEW")).toHaveLength(1);
    expect(byStatus("ARCHIVED")).toHaveLength(1);
    const [scheduled] = byStatus("SCHEDULED");
    expect(scheduled?.publishedAt?.startsWith("2027-")).toBe(true);
    expect(articles.some((a) => a.status === "PUBLISHED" && a.revisedAt)).toBe(true);
  });

  it("uses only known tags, and a few illustrations", () => {
    const known = new Set<string>(tags.map((tag) => tag.slug));
    for (const article of articles) for (const tag of article.tags) expect(known.has(tag)).toBe(true);
    expect(articles.filter((a) => a.heroImage).length).toBeGreaterThanOrEqual(5);
    expect(articles.some((a) => a.body.content.some((block) => block.type === "image"))).toBe(true);
  });
});

describe("the reference article", () => {
  it("keeps the page's typography", () => {
    expect(referenceArticle.slug).toBe(REFERENCE_ARTICLE_SLUG);
    expect(referenceArticle.title).toBe("Continuum de s\u00e9curit\u00e9 : \u00ab Il ne s\u2019agit pas d\u2019un coup de communication \u00bb !");
    expect(referenceArticle.excerpt.startsWith("R\u00e9unis \u00e0 l\u2019ENSP hier, les 23 r\u00e9dacteurs")).toBe(true);
    expect(referenceArticle.excerpt).not.toContain("voir notre article");
    expect(referenceArticle.oldSlugs).toEqual([REFERENCE_ARTICLE_OLD_SLUG]);
  });

  it("links to the earlier article and to the consultancy", () => {
    expect(linkedArticleSlugs(referenceArticle)).toEqual([EARLIER_ARTICLE_SLUG]);
    expect(JSON.stringify(referenceArticle.body)).toContain('"href":"https://www.convictio.fr/"');
    const headings = referenceArticle.body.content.filter((block) => block.type === "heading");
    expect(headings).toHaveLength(4);
  });
});

describe("sites", () => {
  it("are the two sites of the reference page", () => {
    expect(sites.map((site) => [site.name, site.phone, site.addressLayout])).toEqual([
      ["Siège et Site de Saint-Cyr-Au-Mont-d'Or", "04 72 53 18 50", "BLOCK"],
      ["Site de Cannes-Écluse", "01 64 69 35 00", "INLINE"],
    ]);
  });
});

describe("seed images", () => {
  it("exist as JPEG files under 250 KB each and 1.5 MB in all", () => {
    let total = 0;
    for (const name of seedImageNames) {
      const file = path.join(ASSETS, seedImages[name].file);
      const size = statSync(file).size;
      expect(size, file).toBeLessThan(250 * 1024);
      expect(readFileSync(file).subarray(0, 3)).toEqual(Buffer.from([0xff, 0xd8, 0xff]));
      total += size;
    }
    expect(total).toBeLessThan(1.5 * 1024 * 1024);
  });
});
