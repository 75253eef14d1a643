import { Feed, type Item } from "feed";
import { escapeHtml, oneLine } from "../xml/text";
import { decodeFeedXml, forCdata, forText } from "./feed-encoding";

/** Plain data in, RSS 2.0 / Atom 1.0 out: no database, no environment, so it is unit-testable. */
export type FeedEntry = {
  /** Stable identifier that survives a slug change (RSS guid, Atom id). Must parse as a URL/URI. */
  guid: string;
  /** Absolute URL of the article. */
  url: string;
  /** Plain text. */
  title: string;
  /** The chapô, plain text. */
  summary: string;
  /** The body as HTML, already built from the allow-list (body-html.ts). */
  contentHtml: string;
  published: Date;
  /** max(published, revised). */
  updated: Date;
  author: string | null;
  category: { slug: string; name: string } | null;
  /** The hero image: absolute URL, MIME type and size in bytes. */
  enclosure: { url: string; type: string; length: number } | null;
};

export type FeedDocument = {
  /** Atom feed id: an absolute URL. */
  id: string;
  title: string;
  description: string;
  /** The HTML page the feed mirrors. */
  htmlUrl: string;
  rssUrl: string;
  atomUrl: string;
  language: string;
  copyright: string;
  /** The institution, author of the feed as a whole. */
  publisher: string;
  updated: Date;
  entries: FeedEntry[];
};

const GENERATOR = "Kiosque";

function feedOptions(doc: FeedDocument, self: { rss?: string; atom?: string }) {
  return {
    id: doc.id,
    title: forText(oneLine(doc.title)),
    description: forText(oneLine(doc.description)),
    link: doc.htmlUrl,
    feedLinks: self,
    language: doc.language,
    copyright: forText(oneLine(doc.copyright)),
    author: { name: forText(oneLine(doc.publisher)) },
    updated: doc.updated,
    generator: GENERATOR,
  };
}

/** The chapô leads the content, as on the article page. */
function contentOf(entry: FeedEntry): string {
  return forCdata(`<p>${escapeHtml(entry.summary)}</p>${entry.contentHtml}`);
}

function enclosureOf(entry: FeedEntry): Item["enclosure"] {
  if (!entry.enclosure) return undefined;
  return { url: entry.enclosure.url, type: forText(entry.enclosure.type), length: entry.enclosure.length };
}

/**
 * RSS 2.0. The item title is plain text (in CDATA); description and content:encoded are HTML.
 * The author goes in dc:creator: RSS's own <author> must be an e-mail address.
 */
export function renderRss(doc: FeedDocument): string {
  const feed = new Feed(feedOptions(doc, { rss: doc.rssUrl }));
  for (const entry of doc.entries) {
    feed.addItem({
      title: forCdata(oneLine(entry.title)),
      link: entry.url,
      guid: forText(entry.guid),
      date: entry.updated,
      // RSS has one date per item, pubDate: the feed package writes `published` there (RFC 822).
      published: entry.published,
      description: forCdata(escapeHtml(entry.summary)),
      content: contentOf(entry),
      category: entry.category ? [{ name: forText(oneLine(entry.category.name)) }] : undefined,
      enclosure: enclosureOf(entry),
      extensions: entry.author ? [{ name: "dc:creator", objects: { _text: forText(oneLine(entry.author)) } }] : undefined,
    });
  }
  return decodeFeedXml(feed.rss2());
}

/**
 * Atom 1.0. The package marks title, summary and content type="html", so the plain title and
 * chapô are HTML-escaped first: a reader unescapes them back to the same text, never to markup.
 */
export function renderAtom(doc: FeedDocument): string {
  const feed = new Feed(feedOptions(doc, { atom: doc.atomUrl }));
  for (const entry of doc.entries) {
    feed.addItem({
      id: entry.guid,
      title: forCdata(escapeHtml(oneLine(entry.title))),
      link: entry.url,
      date: entry.updated,
      published: entry.published,
      description: forCdata(escapeHtml(entry.summary)),
      content: contentOf(entry),
      author: entry.author ? [{ name: forText(oneLine(entry.author)) }] : undefined,
      category: entry.category ? [{ term: entry.category.slug, name: forText(oneLine(entry.category.name)) }] : undefined,
      enclosure: enclosureOf(entry),
    });
  }
  return decodeFeedXml(feed.atom1())
    // The package has no language option for Atom; the root element carries it.
    .replace('<feed xmlns="http://www.w3.org/2005/Atom">', `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${doc.language}">`)
    // It derives an Atom enclosure's type from the file extension: ".jpg" would say image/jpg.
    .replace(/(<link rel="enclosure" href="[^"]*" type=")image\/jpg"/g, '$1image/jpeg"');
}
