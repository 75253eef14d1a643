import { JSDOM } from "jsdom";
import Parser from "rss-parser";
import { describe, expect, it } from "vitest";
import { children, childText, parseXml } from "@/tests/support/xml";
import { renderAtom, renderRss, type FeedDocument, type FeedEntry } from "./build-feed";

const ATOM_NS = "http://www.w3.org/2005/Atom";
const CONTENT_NS = "http://purl.org/rss/1.0/modules/content/";
const DC_NS = "http://purl.org/dc/elements/1.1/";
const RFC_822 = /^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d{2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4} \d{2}:\d{2}:\d{2} GMT$/;
const RFC_3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;

function entry(overrides: Partial<FeedEntry> = {}): FeedEntry {
  return {
    guid: "tag:ensp.example,2026:article:ck1",
    url: "https://ensp.example/actualites/continuum",
    title: "Continuum de sécurité : « Il ne s’agit pas d’un coup de communication » !",
    summary: "Réunis à l’ENSP hier, les 23 rédacteurs…",
    contentHtml: '<p>Le <a href="https://ensp.example/actualites/b">corps</a>.</p>',
    published: new Date("2021-10-15T07:30:00Z"),
    updated: new Date("2021-10-20T08:00:00Z"),
    author: "Service communication",
    category: { slug: "partenariats", name: "Partenariats" },
    enclosure: { url: "https://ensp.example/medias/2021/continuum.jpg", type: "image/jpeg", length: 48213 },
    ...overrides,
  };
}

function feedDoc(overrides: Partial<FeedDocument> = {}): FeedDocument {
  return {
    id: "https://ensp.example/actualites",
    title: "Actualités – ENSP",
    description: "Les dernières actualités de l'École nationale supérieure de la police (ENSP).",
    htmlUrl: "https://ensp.example/actualites",
    rssUrl: "https://ensp.example/flux/rss.xml",
    atomUrl: "https://ensp.example/flux/atom.xml",
    language: "fr",
    copyright: "© ENSP – École nationale supérieure de la police",
    publisher: "École nationale supérieure de la police",
    updated: new Date("2021-10-20T08:00:00Z"),
    entries: [entry()],
    ...overrides,
  };
}

/** What a reader shows for an Atom type="html" text: the HTML decoded to text. */
function htmlToText(html: string): string {
  const div = new JSDOM("").window.document.createElement("div");
  div.innerHTML = html;
  return div.textContent ?? "";
}

describe("renderRss", () => {
  const xml = renderRss(feedDoc());
  const channel = parseXml(xml).documentElement.getElementsByTagName("channel")[0]!;
  const item = channel.getElementsByTagName("item")[0]!;

  it("describes the channel: title, link, self link, language, copyright, build date", () => {
    expect(childText(channel, "title")).toBe("Actualités – ENSP");
    expect(childText(channel, "link")).toBe("https://ensp.example/actualites");
    const self = children(channel, "link", ATOM_NS)[0];
    expect([self?.getAttribute("rel"), self?.getAttribute("href"), self?.getAttribute("type")]).toEqual(["self", "https://ensp.example/flux/rss.xml", "application/rss+xml"]);
    expect(childText(channel, "language")).toBe("fr");
    expect(childText(channel, "copyright")).toBe("© ENSP – École nationale supérieure de la police");
    expect(childText(channel, "lastBuildDate")).toBe("Wed, 20 Oct 2021 08:00:00 GMT");
  });

  it("writes each item with guid, RFC 822 date, chapô, full content, author, category and enclosure", () => {
    expect(childText(item, "title")).toBe(entry().title);
    expect(childText(item, "link")).toBe(entry().url);
    const guid = children(item, "guid")[0];
    expect([guid?.textContent, guid?.getAttribute("isPermaLink")]).toEqual([entry().guid, "false"]);
    expect(childText(item, "pubDate")).toMatch(RFC_822);
    expect(childText(item, "pubDate")).toBe("Fri, 15 Oct 2021 07:30:00 GMT");
    expect(childText(item, "description")).toBe("Réunis à l’ENSP hier, les 23 rédacteurs…");
    expect(childText(item, "encoded", CONTENT_NS)).toBe(`<p>Réunis à l’ENSP hier, les 23 rédacteurs…</p>${entry().contentHtml}`);
    expect(childText(item, "creator", DC_NS)).toBe("Service communication");
    expect(childText(item, "category")).toBe("Partenariats");
    const enclosure = children(item, "enclosure")[0];
    expect([enclosure?.getAttribute("url"), enclosure?.getAttribute("type"), enclosure?.getAttribute("length")]).toEqual([
      "https://ensp.example/medias/2021/continuum.jpg",
      "image/jpeg",
      "48213",
    ]);
  });

  it("reads back with rss-parser", async () => {
    const feed = await new Parser().parseString(xml);
    expect(feed.title).toBe("Actualités – ENSP");
    expect(feed.feedUrl).toBe("https://ensp.example/flux/rss.xml");
    const [parsed] = feed.items;
    expect(parsed?.title).toBe(entry().title);
    expect(parsed?.link).toBe(entry().url);
    expect(parsed?.isoDate).toBe("2021-10-15T07:30:00.000Z");
    expect(parsed?.creator).toBe("Service communication");
    expect(parsed?.enclosure).toEqual({ url: "https://ensp.example/medias/2021/continuum.jpg", type: "image/jpeg", length: "48213" });
  });

  it("omits what an article does not have", () => {
    const bare = parseXml(renderRss(feedDoc({ entries: [entry({ enclosure: null, author: null, category: null })] })));
    const bareItem = bare.getElementsByTagName("item")[0]!;
    expect(children(bareItem, "enclosure")).toHaveLength(0);
    expect(children(bareItem, "creator")).toHaveLength(0);
    expect(children(bareItem, "category")).toHaveLength(0);
  });
});

describe("renderAtom", () => {
  const xml = renderAtom(feedDoc());
  const root = parseXml(xml).documentElement;
  const item = children(root, "entry", ATOM_NS)[0]!;
  const links = (parent: Element) => children(parent, "link", ATOM_NS).map((l) => [l.getAttribute("rel"), l.getAttribute("href"), l.getAttribute("type"), l.getAttribute("length")]);

  it("describes the feed: id, title, language, links, RFC 3339 updated, rights, author", () => {
    expect(root.namespaceURI).toBe(ATOM_NS);
    expect(root.getAttribute("xml:lang")).toBe("fr");
    expect(childText(root, "id", ATOM_NS)).toBe("https://ensp.example/actualites");
    expect(childText(root, "title", ATOM_NS)).toBe("Actualités – ENSP");
    expect(childText(root, "updated", ATOM_NS)).toMatch(RFC_3339);
    expect(new Date(childText(root, "updated", ATOM_NS)!).toISOString()).toBe("2021-10-20T08:00:00.000Z");
    expect(childText(root, "rights", ATOM_NS)).toBe("© ENSP – École nationale supérieure de la police");
    expect(links(root)).toEqual([
      ["alternate", "https://ensp.example/actualites", null, null],
      ["self", "https://ensp.example/flux/atom.xml", null, null],
    ]);
    expect(childText(children(root, "author", ATOM_NS)[0]!, "name", ATOM_NS)).toBe("École nationale supérieure de la police");
  });

  it("writes each entry with id, dates, summary, content, author, category and enclosure", () => {
    expect(htmlToText(childText(item, "title", ATOM_NS)!)).toBe(entry().title);
    expect(children(item, "title", ATOM_NS)[0]?.getAttribute("type")).toBe("html");
    expect(childText(item, "id", ATOM_NS)).toBe(entry().guid);
    expect(childText(item, "published", ATOM_NS)).toBe("2021-10-15T07:30:00.000Z");
    expect(childText(item, "updated", ATOM_NS)).toBe("2021-10-20T08:00:00.000Z");
    expect(htmlToText(childText(item, "summary", ATOM_NS)!)).toBe(entry().summary);
    expect(childText(item, "content", ATOM_NS)).toContain(entry().contentHtml);
    expect(childText(children(item, "author", ATOM_NS)[0]!, "name", ATOM_NS)).toBe("Service communication");
    const category = children(item, "category", ATOM_NS)[0];
    expect([category?.getAttribute("term"), category?.getAttribute("label")]).toEqual(["partenariats", "Partenariats"]);
    // The package would say image/jpg (from the extension); the true MIME type is image/jpeg.
    expect(links(item)).toEqual([
      [null, entry().url, null, null],
      ["enclosure", "https://ensp.example/medias/2021/continuum.jpg", "image/jpeg", "48213"],
    ]);
  });

  it("reads back with rss-parser", async () => {
    const feed = await new Parser().parseString(xml);
    expect(feed.title).toBe("Actualités – ENSP");
    expect(feed.feedUrl).toBe("https://ensp.example/flux/atom.xml");
    const [parsed] = feed.items;
    expect(parsed?.link).toBe(entry().url);
    expect(parsed?.isoDate).toBe("2021-10-15T07:30:00.000Z");
    expect(parsed?.author).toBe("Service communication");
  });

  it("stays valid with no entry, dated by the caller", () => {
    const empty = parseXml(renderAtom(feedDoc({ entries: [], updated: new Date("2026-11-26T10:00:00Z") }))).documentElement;
    expect(children(empty, "entry", ATOM_NS)).toHaveLength(0);
    expect(childText(empty, "updated", ATOM_NS)).toBe("2026-11-26T10:00:00.000Z");
  });
});

describe("hostile text in feeds", () => {
  const hostile = `</script><script>alert(1)</script> ]]> ]]> ]]]]> & &amp; <b>"q" 'a'\u0000\u0001\u0008\u000b\u001f\uFFFE`;
  const clean = `</script><script>alert(1)</script> ]]> ]]> ]]]]> & &amp; <b>"q" 'a'`;
  const doc = feedDoc({
    title: `Actualités ${hostile}`,
    description: hostile,
    copyright: hostile,
    publisher: hostile,
    entries: [entry({ title: hostile, summary: hostile, author: hostile, category: { slug: "partenariats", name: hostile } })],
  });

  it("RSS: well-formed, every text back verbatim, no markup", async () => {
    const xml = renderRss(doc);
    const parsed = parseXml(xml);
    expect(parsed.getElementsByTagName("script")).toHaveLength(0);
    expect(parsed.getElementsByTagName("b")).toHaveLength(0);
    const channel = parsed.getElementsByTagName("channel")[0]!;
    const item = channel.getElementsByTagName("item")[0]!;
    expect(childText(channel, "title")).toBe(`Actualités ${clean}`);
    expect(childText(channel, "description")).toBe(clean);
    expect(childText(channel, "copyright")).toBe(clean);
    expect(childText(item, "title")).toBe(clean);
    expect(childText(item, "creator", DC_NS)).toBe(clean);
    expect(childText(item, "category")).toBe(clean);
    // description and content are HTML: they decode to the text, never to elements
    expect(htmlToText(childText(item, "description")!)).toBe(clean);
    expect(htmlToText(childText(item, "encoded", CONTENT_NS)!)).toBe(`${clean}Le corps.`);
    const feed = await new Parser().parseString(xml);
    expect(feed.items[0]?.title).toBe(clean);
  });

  it("Atom: well-formed, every text back verbatim, no markup", async () => {
    const xml = renderAtom(doc);
    const parsed = parseXml(xml);
    expect(parsed.getElementsByTagName("script")).toHaveLength(0);
    const root = parsed.documentElement;
    const item = children(root, "entry", ATOM_NS)[0]!;
    expect(childText(root, "title", ATOM_NS)).toBe(`Actualités ${clean}`);
    expect(childText(root, "subtitle", ATOM_NS)).toBe(clean);
    expect(childText(root, "rights", ATOM_NS)).toBe(clean);
    expect(childText(children(root, "author", ATOM_NS)[0]!, "name", ATOM_NS)).toBe(clean);
    expect(htmlToText(childText(item, "title", ATOM_NS)!)).toBe(clean);
    expect(htmlToText(childText(item, "summary", ATOM_NS)!)).toBe(clean);
    expect(childText(children(item, "author", ATOM_NS)[0]!, "name", ATOM_NS)).toBe(clean);
    expect(children(item, "category", ATOM_NS)[0]?.getAttribute("label")).toBe(clean);
    const feed = await new Parser().parseString(xml);
    expect(htmlToText(feed.items[0]?.title ?? "")).toBe(clean);
  });
});
