import { expect, test, type Page } from "@playwright/test";
import { createAccount, formAlert, query, SEEDED_ADMIN, signIn } from "./support";

async function editCategory(page: Page, currentName: string, name: string, slug: string): Promise<void> {
  await page.goto("/admin/rubriques");
  await page.getByRole("table").getByRole("link", { name: currentName, exact: true }).click();
  await page.getByRole("textbox", { name: /^Nom / }).fill(name);
  await page.getByRole("textbox", { name: /^Adresse \(slug\)/ }).fill(slug);
  await page.getByRole("button", { name: "Enregistrer la rubrique" }).click();
  await expect(formAlert(page)).not.toHaveClass(/error/);
}

test("an editor renames a category: its new name is everywhere, and its old URL answers 308", async ({ page, request }) => {
  const editor = await createAccount("EDITOR", "editeur-rubriques");
  await signIn(page, editor);
  // The old pages are in the cache before the rename.
  expect((await request.get("/rubriques/recherche")).status()).toBe(200);
  for (const row of await query<{ slug: string }>(`SELECT a.slug FROM "Article" a JOIN "Category" c ON c.id = a."categoryId" WHERE c.slug = 'recherche' AND a.status = 'PUBLISHED'`)) {
    await request.get(`/actualites/${row.slug}`);
  }

  await editCategory(page, "Recherche", "Recherche et innovation", "recherche-et-innovation");
  const old = await request.get("/rubriques/recherche?page=1", { maxRedirects: 0 });
  expect(old.status()).toBe(308);
  expect(old.headers().location).toBe("/rubriques/recherche-et-innovation");
  const oldPage2 = await request.get("/rubriques/recherche?page=2", { maxRedirects: 0 });
  expect([308, 404]).toContain(oldPage2.status());

  await page.goto("/rubriques/recherche");
  await expect(page).toHaveURL(/\/rubriques\/recherche-et-innovation$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Recherche et innovation");
  // An article of the category, already in the page cache, names it anew.
  const { slug } = (
    await query<{ slug: string }>(
      `SELECT a.slug FROM "Article" a JOIN "Category" c ON c.id = a."categoryId" WHERE c.slug = 'recherche-et-innovation' AND a.status = 'PUBLISHED' LIMIT 1`,
    )
  )[0]!;
  await page.goto(`/actualites/${slug}`);
  await expect(page.getByRole("main").getByRole("link", { name: "Recherche et innovation" }).first()).toHaveAttribute("href", "/rubriques/recherche-et-innovation");
  expect(await (await request.get("/sitemap.xml")).text()).toContain("/rubriques/recherche-et-innovation</loc>");

  // Back to the original: the former slug is the current one again, and answers 200.
  await editCategory(page, "Recherche et innovation", "Recherche", "recherche");
  expect((await request.get("/rubriques/recherche", { maxRedirects: 0 })).status()).toBe(200);
  expect((await request.get("/rubriques/recherche-et-innovation", { maxRedirects: 0 })).headers().location).toBe("/rubriques/recherche");
});

test("an admin edits a site's phone number and the contact page shows it", async ({ page, request }) => {
  await signIn(page, SEEDED_ADMIN);
  const { id } = (await query<{ id: string }>(`SELECT id FROM "Site" WHERE name = 'Site de Cannes-Écluse'`))[0]!;
  // The contact block beside an article comes from the page cache before the change.
  const { slug } = (await query<{ slug: string }>(`SELECT slug FROM "Article" WHERE status = 'PUBLISHED' ORDER BY "publishedAt" DESC LIMIT 1`))[0]!;
  await request.get(`/actualites/${slug}`);

  for (const phone of ["01 64 69 35 99", "01 64 69 35 00"]) {
    await page.goto(`/admin/sites/${id}`);
    await page.getByRole("textbox", { name: /^Téléphone/ }).fill(phone);
    await page.getByRole("button", { name: "Enregistrer le site" }).click();
    await expect(formAlert(page)).not.toHaveClass(/error/);
    await expect(formAlert(page)).toBeVisible();

    await page.goto("/nous-contacter");
    await expect(page.getByRole("main")).toContainText(phone);
    await page.goto(`/actualites/${slug}`);
    await expect(page.getByRole("complementary", { name: "Nous contacter" })).toContainText(phone);
  }
});

test("an editor cannot reach the sites, the people nor the settings, even by their URL", async ({ page }) => {
  const editor = await createAccount("EDITOR", "editeur-limites");
  await signIn(page, editor);
  for (const path of ["/admin/sites", "/admin/personnes", "/admin/reglages", "/admin/journal"]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(404);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Page introuvable");
  }
});
