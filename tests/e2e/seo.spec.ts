import { expect, test, type Page } from "@playwright/test";
import { REFERENCE_TITLE } from "./helpers";
import { seedSlugs } from "./seed-slugs";

type JsonLd = Record<string, unknown> & { "@type": string };

async function jsonLd(page: Page): Promise<JsonLd[]> {
  const blocks = await page.locator('script[type="application/ld+json"]').allTextContents();
  return blocks.map((text) => JSON.parse(text) as JsonLd);
}

const meta = (page: Page, selector: string) => page.locator(selector).first().getAttribute("content");

test("an article page carries complete metadata and structured data", async ({ page, request, baseURL }) => {
  await page.goto(`/actualites/${seedSlugs.reference}`);
  const canonical = `${baseURL}/actualites/${seedSlugs.reference}`;
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute("href", canonical);
  await expect(page).toHaveTitle(`${REFERENCE_TITLE} | ENSP`);
  expect(await meta(page, 'meta[name="description"]')).toMatch(/^Réunis à l’ENSP hier/);
  expect(await meta(page, 'meta[name="robots"]')).toContain("index");
  expect(await meta(page, 'meta[name="googlebot"]')).toContain("max-image-preview:large");
  expect(await meta(page, 'meta[property="og:type"]')).toBe("article");
  expect(await meta(page, 'meta[property="og:url"]')).toBe(canonical);
  expect(await meta(page, 'meta[name="twitter:card"]')).toBe("summary_large_image");
  await expect(page.locator('link[rel="alternate"][type="application/rss+xml"]').first()).toHaveAttribute("href", `${baseURL}/flux/rss.xml`);

  const ogImage = (await meta(page, 'meta[property="og:image"]'))!;
  const card = await request.get(ogImage.replace(baseURL!, ""));
  expect(card.status(), ogImage).toBe(200);
  expect(card.headers()["content-type"]).toBe("image/jpeg");

  const data = await jsonLd(page);
  const article = data.find((d) => d["@type"] === "NewsArticle")!;
  expect(article.headline).toBe(REFERENCE_TITLE);
  expect(article.datePublished).toBe("2021-10-15T07:30:00.000Z");
  const images = article.image as { url: string; width: string; height: string; creditText: string }[];
  expect(images).toHaveLength(3);
  for (const image of images) {
    expect(image.creditText).toBe("© ENSP");
    const response = await request.get(image.url.replace(baseURL!, ""));
    expect(response.status(), image.url).toBe(200);
  }
  const breadcrumb = data.find((d) => d["@type"] === "BreadcrumbList")!;
  const names = (breadcrumb.itemListElement as { name: string }[]).map((item) => item.name);
  await expect(page.getByRole("navigation", { name: "Vous êtes dans :" }).getByRole("listitem")).toHaveText(names);
});

test("an article without a photo gets a generated share card", async ({ page, request, baseURL }) => {
  await page.goto(`/actualites/${seedSlugs.withoutHero}`);
  const ogImage = (await meta(page, 'meta[property="og:image"]'))!;
  expect(ogImage).toMatch(/\/partage\.png\?v=/);
  const card = await request.get(ogImage.replace(baseURL!, ""));
  expect(card.status()).toBe(200);
  expect(card.headers()["content-type"]).toBe("image/png");
  expect((await request.get(`/actualites/${seedSlugs.hidden[0]}/partage.png`)).status()).toBe(404);
});

test("the home page describes the school and its sites", async ({ page }) => {
  await page.goto("/");
  const data = await jsonLd(page);
  const school = data.find((d) => d["@type"] === "EducationalOrganization")!;
  expect(school.name).toBe("École nationale supérieure de la police");
  const places = school.location as { telephone: string; address: { postalCode: string } }[];
  expect(places.map((p) => [p.address.postalCode, p.telephone])).toEqual([
    ["69450", "+33 4 72 53 18 50"],
    ["77875", "+33 1 64 69 35 00"],
  ]);
  expect(data.some((d) => d["@type"] === "WebSite")).toBe(true);
});

test("category and tag pages have their own metadata and feeds", async ({ page, baseURL }) => {
  await page.goto("/rubriques/partenariats");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Partenariats");
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute("href", `${baseURL}/rubriques/partenariats`);
  await expect(page.locator('link[rel="alternate"][href$="/rubriques/partenariats/rss.xml"]')).toHaveCount(1);
  await expect(page.locator('link[rel="alternate"][href$="/rubriques/partenariats/atom.xml"]')).toHaveCount(1);
  await expect(page.getByRole("link", { name: REFERENCE_TITLE })).toBeVisible();

  await page.getByRole("link", { name: REFERENCE_TITLE }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(REFERENCE_TITLE);
  await page.getByRole("list", { name: "Mots-clés" }).getByRole("link", { name: "sécurité privée", exact: true }).click();
  await expect(page).toHaveURL(/\/mots-cles\/securite-privee$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Mot-clé : sécurité privée");
  await expect(page.locator('link[rel="alternate"][href$="/mots-cles/securite-privee/rss.xml"]')).toHaveCount(1);
});

test("the former category filter redirects; unknown categories and tags are 404", async ({ request }) => {
  const response = await request.get("/actualites?categorie=partenariats&page=1", { maxRedirects: 0 });
  expect(response.status()).toBe(308);
  expect(response.headers().location).toBe("/rubriques/partenariats");
  expect((await request.get("/rubriques/inconnue")).status()).toBe(404);
  expect((await request.get("/rubriques/partenariats?page=99")).status()).toBe(404);
  expect((await request.get("/mots-cles/Pas%20un%20slug")).status()).toBe(404);
});
