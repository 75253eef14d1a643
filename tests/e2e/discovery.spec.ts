import { expect, test, type APIResponse } from "@playwright/test";
import { seedSlugs } from "./seed-slugs";

// What crawlers and feed readers fetch: robots.txt, the sitemaps and the RSS/Atom feeds, served
// by the production build on the seeded database.
async function expectXml(response: APIResponse, contentType: string): Promise<string> {
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toBe(contentType);
  expect(response.headers()["cache-control"]).toBe("public, max-age=300");
  const body = await response.text();
  expect(body.startsWith("<?xml")).toBe(true);
  for (const slug of seedSlugs.hidden) expect(body, slug).not.toContain(`/actualites/${slug}`);
  return body;
}

test("robots.txt allows the public site, keeps out the back office and search, and names both sitemaps", async ({ request, baseURL }) => {
  const response = await request.get("/robots.txt");
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toContain("text/plain");
  const body = await response.text();
  expect(body).toContain("User-Agent: *");
  expect(body).toContain("Allow: /");
  expect(body).toContain("Disallow: /admin");
  expect(body).toContain("Disallow: /recherche");
  expect(body).toContain("Disallow: /api/partages");
  expect(body).toContain("Disallow: /partager/");
  expect(body).toContain(`Sitemap: ${baseURL}/sitemap.xml`);
  expect(body).toContain(`Sitemap: ${baseURL}/sitemap-actualites.xml`);
});

test("the sitemap lists the reference article and the listings, never a hidden article", async ({ request, baseURL }) => {
  const body = await expectXml(await request.get("/sitemap.xml"), "application/xml; charset=utf-8");
  expect(body).toContain('<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">');
  expect(body).toContain(`<loc>${baseURL}/actualites/${seedSlugs.reference}</loc>`);
  expect(body).toContain(`<loc>${baseURL}/rubriques/partenariats</loc>`);
  expect(body).toContain(`<loc>${baseURL}/mentions-legales</loc>`);
  // a former slug is a redirect, not a page
  expect(body).not.toContain(`/actualites/${seedSlugs.oldSlug}</loc>`);
  // the site fits in one file: there is no index file
  expect((await request.get("/sitemaps/1.xml")).status()).toBe(404);
});

test("the Google News sitemap is served and holds no hidden article", async ({ request }) => {
  const body = await expectXml(await request.get("/sitemap-actualites.xml"), "application/xml; charset=utf-8");
  expect(body).toContain('xmlns:news="http://www.google.com/schemas/sitemap-news/0.9"');
  // the seeded articles are years old: none is within the last 48 hours
  expect(body).not.toContain(seedSlugs.reference);
});

test("the site's RSS and Atom feeds hold the 20 newest public articles", async ({ request }) => {
  const rss = await expectXml(await request.get("/flux/rss.xml"), "application/rss+xml; charset=utf-8");
  expect(rss.match(/<item>/g)).toHaveLength(20);
  expect(rss).toContain("<language>fr</language>");
  const atom = await expectXml(await request.get("/flux/atom.xml"), "application/atom+xml; charset=utf-8");
  expect(atom.match(/<entry>/g)).toHaveLength(20);
});

test("a category's feeds hold its articles, the reference one included", async ({ request, baseURL }) => {
  const rss = await expectXml(await request.get("/rubriques/partenariats/rss.xml"), "application/rss+xml; charset=utf-8");
  expect(rss).toContain(`<link>${baseURL}/actualites/${seedSlugs.reference}</link>`);
  expect(rss).toMatch(/<enclosure length="\d+" type="image\/jpeg" url="[^"]+\/medias\/[^"]+"\/>/);
  const atom = await expectXml(await request.get("/rubriques/partenariats/atom.xml"), "application/atom+xml; charset=utf-8");
  expect(atom).toContain(`<link href="${baseURL}/actualites/${seedSlugs.reference}"/>`);
});

test("unknown or malformed category and tag feeds are 404", async ({ request }) => {
  for (const path of ["/rubriques/inconnue/rss.xml", "/rubriques/inconnue/atom.xml", "/mots-cles/inconnu/rss.xml", "/rubriques/Partenariats/rss.xml", "/sitemaps/0.xml"]) {
    expect((await request.get(path)).status(), path).toBe(404);
  }
});
