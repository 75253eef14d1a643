import { describe, expect, it } from "vitest";
import { children, childText, parseXml } from "@/tests/support/xml";
import { NEWS_MAX_URLS, NEWS_NS, renderNewsSitemap, selectNewsArticles } from "./news-sitemap-xml";
import { SITEMAP_NS } from "./sitemap-xml";

const publication = { name: "École nationale supérieure de la police", language: "fr" };
const HOUR = 3600_000;

describe("renderNewsSitemap", () => {
  it("gives every URL the news elements Google requires", () => {
    const xml = renderNewsSitemap(
      [{ loc: "https://ensp.example/actualites/a", title: "Rentrée « 2026 »", publishedAt: "2026-11-26T08:00:00.000Z" }],
      publication,
    );
    const root = parseXml(xml).documentElement;
    expect(root.namespaceURI).toBe(SITEMAP_NS);
    const [url] = children(root, "url", SITEMAP_NS);
    expect(childText(url!, "loc", SITEMAP_NS)).toBe("https://ensp.example/actualites/a");
    const [news] = children(url!, "news", NEWS_NS);
    const [pub] = children(news!, "publication", NEWS_NS);
    expect(childText(pub!, "name", NEWS_NS)).toBe(publication.name);
    expect(childText(pub!, "language", NEWS_NS)).toBe("fr");
    expect(childText(news!, "publication_date", NEWS_NS)).toBe("2026-11-26T08:00:00Z");
    expect(childText(news!, "title", NEWS_NS)).toBe("Rentrée « 2026 »");
    // the order the news schema requires
    expect([...news!.children].map((child) => child.localName)).toEqual(["publication", "publication_date", "title"]);
  });

  it("keeps a hostile title as inert text", () => {
    const title = "</script><script>alert(1)</script> ]]> & \u0000\u001f<![CDATA[";
    const xml = renderNewsSitemap([{ loc: "https://ensp.example/actualites/a", title, publishedAt: new Date() }], publication);
    const doc = parseXml(xml);
    expect(doc.getElementsByTagNameNS(NEWS_NS, "title")[0]?.textContent).toBe("</script><script>alert(1)</script> ]]> & <![CDATA[");
    expect(doc.getElementsByTagName("script")).toHaveLength(0);
  });
});

describe("selectNewsArticles", () => {
  const now = new Date("2026-11-26T12:00:00Z");
  const at = (hoursAgo: number) => ({ publishedAt: new Date(now.getTime() - hoursAgo * HOUR).toISOString(), hoursAgo });

  it("keeps the last 48 hours only, newest first, nothing from the future", () => {
    const selected = selectNewsArticles([at(47.9), at(1), at(48), at(49), at(-1), at(0)], now);
    expect(selected.map((a) => a.hoursAgo)).toEqual([0, 1, 47.9]);
  });

  it("keeps at most 1,000", () => {
    const many = Array.from({ length: 1500 }, (_, i) => at(i / 100));
    const selected = selectNewsArticles(many, now);
    expect(selected).toHaveLength(NEWS_MAX_URLS);
    expect(selected[0]?.hoursAgo).toBe(0);
  });
});
