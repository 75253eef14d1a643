import { describe, expect, it } from "vitest";
import { children, childText, parseXml } from "@/tests/support/xml";
import { renderSitemapIndex, renderUrlset, SITEMAP_NS } from "./sitemap-xml";

describe("renderUrlset", () => {
  it("lists each URL with its lastmod, and none when there is no true date", () => {
    const xml = renderUrlset([
      { loc: "https://ensp.example/", lastmod: "2026-11-26T10:00:00.000Z" },
      { loc: "https://ensp.example/mentions-legales" },
      { loc: "https://ensp.example/actualites/a", lastmod: new Date("2021-10-15T09:30:00+02:00") },
    ]);
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">')).toBe(true);
    const root = parseXml(xml).documentElement;
    expect(root.namespaceURI).toBe(SITEMAP_NS);
    const urls = children(root, "url", SITEMAP_NS);
    expect(urls.map((url) => [childText(url, "loc"), childText(url, "lastmod") ?? null])).toEqual([
      ["https://ensp.example/", "2026-11-26T10:00:00Z"],
      ["https://ensp.example/mentions-legales", null],
      ["https://ensp.example/actualites/a", "2021-10-15T07:30:00Z"],
    ]);
  });

  it("escapes URLs and leaves out what the schema would refuse", () => {
    const xml = renderUrlset([
      { loc: "https://ensp.example/recherche?q=a&b=<c>'\"" },
      { loc: "javascript:alert(1)" },
      { loc: "/relative" },
      { loc: `https://ensp.example/${"a".repeat(2100)}` },
    ]);
    const urls = children(parseXml(xml).documentElement, "url");
    expect(urls.map((url) => childText(url, "loc"))).toEqual(["https://ensp.example/recherche?q=a&b=<c>'\""]);
    expect(xml).toContain("q=a&amp;b=&lt;c&gt;&apos;&quot;");
  });

  it("strips characters XML 1.0 forbids, so the file stays readable", () => {
    expect(() => parseXml(renderUrlset([{ loc: "https://ensp.example/a\u0000\u001fb" }]))).not.toThrow();
  });
});

describe("renderSitemapIndex", () => {
  it("lists the files of a split sitemap", () => {
    const xml = renderSitemapIndex([
      { loc: "https://ensp.example/sitemaps/1.xml", lastmod: "2026-11-26T10:00:00Z" },
      { loc: "https://ensp.example/sitemaps/2.xml", lastmod: null },
    ]);
    const root = parseXml(xml).documentElement;
    expect(root.localName).toBe("sitemapindex");
    expect(root.namespaceURI).toBe(SITEMAP_NS);
    const sitemaps = children(root, "sitemap", SITEMAP_NS);
    expect(sitemaps.map((s) => [childText(s, "loc"), childText(s, "lastmod") ?? null])).toEqual([
      ["https://ensp.example/sitemaps/1.xml", "2026-11-26T10:00:00Z"],
      ["https://ensp.example/sitemaps/2.xml", null],
    ]);
  });
});
