/**
 * Strict XML parsing for tests of sitemaps and feeds: jsdom's XML parser refuses what XML 1.0
 * refuses (illegal characters, a stray `]]>`, `<` in an attribute…), so a document it parses is
 * well-formed, and its text content is what any conforming reader will see.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { JSDOM } from "jsdom";

const { DOMParser } = new JSDOM("").window;

export function parseXml(xml: string): Document {
  const doc = new DOMParser().parseFromString(xml, "application/xml");
  const error = doc.getElementsByTagName("parsererror")[0];
  if (error) throw new Error(`XML mal formé : ${error.textContent}`);
  return doc;
}

/** Direct children of `parent` with this local name (any namespace unless one is given). */
export function children(parent: Element, localName: string, namespace?: string): Element[] {
  return [...parent.children].filter(
    (child) => child.localName === localName && (namespace === undefined || child.namespaceURI === namespace),
  );
}

export function childText(parent: Element, localName: string, namespace?: string): string | undefined {
  return children(parent, localName, namespace)[0]?.textContent ?? undefined;
}

/**
 * The repository root, and the sitemaps.org 0.9 schema: a copy in tests/fixtures, so that the
 * suite runs on any clone; the sitemaps test checks it is identical to the team's reference copy
 * (../shared/reference/xsd) where that exists.
 */
export const repoRoot = path.resolve(import.meta.dirname, "../..");
export const sitemapXsd = path.resolve(repoRoot, "tests/fixtures/sitemap.xsd");
export const referenceSitemapXsd = path.resolve(repoRoot, "../shared/reference/xsd/sitemap.xsd");
const newsXsd = path.resolve(repoRoot, "tests/fixtures/sitemap-news.xsd");

/**
 * A schema importing both the sitemaps.org schema and the news extension, so that xmllint can
 * validate a Google News sitemap (the sitemaps.org schema alone rejects undeclared extensions).
 */
export function newsSitemapXsd(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), "kiosque-xsd-"));
  const file = path.join(dir, "news-sitemap.xsd");
  writeFileSync(
    file,
    `<?xml version="1.0" encoding="UTF-8"?>
<xsd:schema xmlns:xsd="http://www.w3.org/2001/XMLSchema">
  <xsd:import namespace="http://www.sitemaps.org/schemas/sitemap/0.9" schemaLocation="${pathToFileURL(sitemapXsd).href}"/>
  <xsd:import namespace="http://www.google.com/schemas/sitemap-news/0.9" schemaLocation="${pathToFileURL(newsXsd).href}"/>
</xsd:schema>
`,
  );
  return file;
}

/**
 * Runs `xmllint --noout` (with `--schema` when given) on the document; returns xmllint's messages
 * and whether it succeeded. xmllint comes from Debian's libxml2-utils.
 */
export function xmllint(xml: string, schema?: string): { ok: boolean; output: string } {
  const dir = mkdtempSync(path.join(os.tmpdir(), "kiosque-xml-"));
  const file = path.join(dir, "document.xml");
  writeFileSync(file, xml);
  const args = ["--noout", ...(schema ? ["--schema", schema] : []), file];
  // xmllint reports on stderr, "… validates" included.
  const run = spawnSync("xmllint", args, { encoding: "utf8" });
  rmSync(dir, { recursive: true, force: true });
  if (run.error) throw new Error(`xmllint introuvable (paquet Debian libxml2-utils) : ${run.error.message}`);
  return { ok: run.status === 0, output: `${run.stdout}${run.stderr}` };
}
