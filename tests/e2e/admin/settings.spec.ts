import { expect, test, type Page } from "@playwright/test";
import { REFERENCE_TITLE } from "../helpers";
import { seedSlugs } from "../seed-slugs";
import { formAlert, query, SEEDED_ADMIN, signIn, tabTo } from "./support";

const ORIGINAL = "École nationale supérieure de la police";

async function saveSiteName(page: Page, name: string): Promise<void> {
  await page.goto("/admin/reglages");
  await page.getByLabel("Nom du site").fill(name);
  await page.getByRole("button", { name: "Enregistrer les réglages" }).click();
  await expect(formAlert(page)).toContainText("Réglages enregistrés");
}

test.afterAll(async () => {
  await query(`UPDATE "SiteSettings" SET "siteName" = $1 WHERE id = 1`, [ORIGINAL]);
});

test("an admin renames the school: header, footer, article pages, feeds and JSON-LD show the new name at once", async ({ page, request }) => {
  await signIn(page, SEEDED_ADMIN);
  // The article page is in the page cache before the change.
  await request.get(`/actualites/${seedSlugs.reference}`);
  const renamed = `École nationale supérieure de la police — essai ${Date.now()}`;
  await saveSiteName(page, renamed);

  await page.goto("/");
  await expect(page.locator("header").getByText(renamed, { exact: true })).toBeVisible();
  await expect(page.locator("footer")).toContainText(renamed);
  const organisation = (await page.locator('script[type="application/ld+json"]').allTextContents())
    .map((text) => JSON.parse(text) as { "@type": string; name?: string })
    .find((data) => data["@type"] === "EducationalOrganization");
  expect(organisation?.name).toBe(renamed);

  await page.goto(`/actualites/${seedSlugs.reference}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(REFERENCE_TITLE);
  await expect(page.locator("header").getByText(renamed, { exact: true })).toBeVisible();
  await expect(page.getByRole("complementary", { name: "Nous contacter" })).toContainText(renamed);
  const article = (await page.locator('script[type="application/ld+json"]').allTextContents())
    .map((text) => JSON.parse(text) as { "@type": string; publisher?: { name: string } })
    .find((data) => data["@type"] === "NewsArticle");
  expect(article?.publisher?.name).toBe(renamed);
  expect(await page.locator('meta[property="og:site_name"]').getAttribute("content")).toBe(renamed);

  const rss = await (await request.get("/flux/rss.xml")).text();
  expect(rss).toContain(renamed);
  const atom = await (await request.get("/flux/atom.xml")).text();
  expect(atom).toContain(renamed);

  await saveSiteName(page, ORIGINAL);
  await page.goto("/");
  await expect(page.locator("header").getByText(ORIGINAL, { exact: true })).toBeVisible();
});

test("a bad input gets a clear French message and changes nothing", async ({ page }) => {
  await signIn(page, SEEDED_ADMIN);
  await page.goto("/admin/reglages");
  await page.getByLabel("Nom du site").fill("   ");
  await page.getByLabel("Articles par page").fill("1000");
  await page.getByRole("button", { name: "Enregistrer les réglages" }).click();
  const alert = formAlert(page);
  await expect(alert).toContainText("Le formulaire contient 2 erreurs");
  await expect(alert.getByRole("link", { name: "Nom du site : ce champ est obligatoire." })).toHaveAttribute("href", "#champ-siteName");
  await expect(page.getByText("Articles par page : au plus 60.").first()).toBeVisible();
  expect((await query<{ siteName: string; articlesPerPage: number }>(`SELECT "siteName", "articlesPerPage" FROM "SiteSettings"`))[0]).toEqual({
    siteName: ORIGINAL,
    articlesPerPage: 12,
  });
});

test("the settings form works with the keyboard alone", async ({ page }) => {
  await signIn(page, SEEDED_ADMIN);
  await page.goto("/admin/reglages");
  await tabTo(page, "input[name=tagline]");
  const tagline = `Former les cadres de la police nationale (${Date.now()})`;
  await page.keyboard.press("ControlOrMeta+a");
  await page.keyboard.type(tagline);
  await tabTo(page, "button[type=submit]");
  await page.keyboard.press("Enter");
  await expect(formAlert(page)).toBeFocused();
  await expect(formAlert(page)).toContainText("Réglages enregistrés");
  await page.goto("/");
  await expect(page.locator("header")).toContainText(tagline);
  await query(`UPDATE "SiteSettings" SET tagline = 'Former les cadres de la police nationale' WHERE id = 1`);
});
