import { expect, test } from "@playwright/test";
import pg from "pg";
import { e2eDatabaseUrl } from "./helpers";

// A title written by an attacker who got an editor's account: every place it lands must keep it text.
const HOSTILE = `</script><script>window.__pwned=1</script><img src=x onerror="window.__pwned=2"> & « guillemets » "quotes" ]]>`;
const SLUG = "titre-hostile-e2e";

test.beforeAll(async () => {
  const client = new pg.Client({ connectionString: e2eDatabaseUrl() });
  await client.connect();
  try {
    await client.query(
      `INSERT INTO "Article" (id, slug, title, excerpt, body, status, "publishedAt", "authorId", "categoryId", "updatedAt")
       SELECT 'hostile-e2e', $1, $2, $2, $3::jsonb, 'PUBLISHED', now() - interval '1 hour',
              (SELECT id FROM "User" ORDER BY "createdAt" LIMIT 1), (SELECT id FROM "Category" WHERE slug = 'partenariats'), now()
       ON CONFLICT (slug) DO NOTHING`,
      [SLUG, HOSTILE, JSON.stringify({ type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text: HOSTILE }] }] })],
    );
  } finally {
    await client.end();
  }
});

test("a hostile title stays text in the page, its metadata and its JSON-LD", async ({ page }) => {
  await page.goto(`/actualites/${SLUG}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(HOSTILE);
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
  expect(await page.title()).toBe(`${HOSTILE} | ENSP`);
  expect(await page.locator('meta[property="og:title"]').getAttribute("content")).toBe(HOSTILE);
  expect(await page.locator('meta[name="description"]').getAttribute("content")).toBe(HOSTILE);
  const blocks = await page.locator('script[type="application/ld+json"]').allTextContents();
  const article = blocks.map((text) => JSON.parse(text)).find((data) => data["@type"] === "NewsArticle");
  expect(article.headline).toBe(HOSTILE);
  // Nothing was injected: no element from the title, and (checked above) no script of it ran.
  expect(await page.locator("img[src='x']").count()).toBe(0);
  await page.waitForLoadState("load");
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
});

test("the generated share card of a hostile title is an image", async ({ request }) => {
  const response = await request.get(`/actualites/${SLUG}/partage.png`);
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toBe("image/png");
});
