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
      // The first request may fill the caches; the next one must be answered from them: whole, by
      // the page cache in front of Next.js (scripts/page-cache.cjs)…
      expect((await request.get(url)).status()).toBe(200);
      const id = `lecture-en-cache-${index}-${Date.now()}`;
      const response = await request.get(url, { headers: { "X-Request-Id": id } });
      expect(response.status()).toBe(200);
      expect(response.headers()["x-request-id"]).toBe(id);
      expect(response.headers()["x-kiosque-cache"]).toBe("HIT");
      await expect.poll(() => loggedRequest(id)).toBeTruthy();
      expect(loggedRequest(id)).toMatchObject({ path: url, status: 200, queries: 0 });

      // …and, behind it, by Next.js's caches: a client-side navigation's request (RSC), which the
      // page cache leaves to Next.js, renders from cached data without a query either.
      // (Next.js first sends such a request to its address with the `_rsc` parameter it expects.)
      const first = await request.get(url, { headers: { RSC: "1" }, maxRedirects: 0 });
      const location = first.status() === 307 ? new URL(first.headers()["location"]!, "http://site") : null;
      const rscUrl = location ? `${location.pathname}${location.search}` : url;
      const rscId = `${id}-rsc`;
      const rsc = await request.get(rscUrl, { headers: { "X-Request-Id": rscId, RSC: "1" }, maxRedirects: 0 });
      expect(rsc.status()).toBe(200);
      expect(rsc.headers()["x-kiosque-cache"]).toBeUndefined();
      await expect.poll(() => loggedRequest(rscId)).toBeTruthy();
      expect(loggedRequest(rscId)).toMatchObject({ status: 200, queries: 0 });
      if (location) expect(loggedRequest(rscId)!.path).toContain("_rsc");
    });
  }
});
