import { readFileSync } from "node:fs";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { seedSlugs } from "./seed-slugs";

// The server appends one line per request to this file (KIOSQUE_QUERY_LOG, playwright.config.ts).
const queryLog = path.resolve(`data/e2e-${process.env.E2E_PORT ?? 3100}/queries.jsonl`);

type Line = { id?: string; path: string; status: number; queries: number };

function loggedRequest(id: string): Line | undefined {
  return readFileSync(queryLog, "utf8")
    .split("\n")
    .filter(Boolean)
    .map((line) => JSON.parse(line) as Line)
    .find((line) => line.id === id);
}

const PAGES = [
  "/",
  "/actualites",
  `/actualites/${seedSlugs.reference}`,
  "/rubriques/partenariats",
  "/nous-contacter",
  "/plan-du-site",
  "/flux/rss.xml",
  "/rubriques/partenariats/atom.xml",
  "/sitemap.xml",
  "/sitemap-actualites.xml",
  "/recherche?q=securite",
];

test.describe("a page served from cache costs no database query", () => {
  for (const [index, url] of PAGES.entries()) {
    test(url, async ({ request }) => {
      // The first request may fill the caches; the next one must be answered from them.
      expect((await request.get(url)).status()).toBe(200);
      const id = `lecture-en-cache-${index}-${Date.now()}`;
      const response = await request.get(url, { headers: { "X-Request-Id": id } });
      expect(response.status()).toBe(200);
      expect(response.headers()["x-request-id"]).toBe(id);
      await expect.poll(() => loggedRequest(id)).toBeTruthy();
      expect(loggedRequest(id)).toMatchObject({ path: url, status: 200, queries: 0 });
    });
  }
});
