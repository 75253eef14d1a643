import { expect, test } from "@playwright/test";
import { REFERENCE_TITLE } from "./helpers";

test.describe("search", () => {
  test("from the header's search box to highlighted results, by keyboard", async ({ page }) => {
    await page.goto("/");
    const box = page.getByRole("search").getByRole("searchbox", { name: "Rechercher" });
    await box.fill("securite");
    await box.press("Enter");
    await expect(page).toHaveURL(/\/recherche\?q=securite$/);

    await expect(page.getByRole("heading", { level: 1 })).toHaveCount(1);
    await expect(page.getByRole("navigation", { name: "Vous êtes dans :" }).getByRole("listitem")).toHaveText(["Accueil", "Recherche"]);
    await expect(page.getByRole("heading", { level: 2, name: /^\d+ résultats? pour « securite »/ })).toBeVisible();
    const result = page.getByRole("listitem").filter({ has: page.getByRole("link", { name: REFERENCE_TITLE }) });
    await expect(result).toHaveCount(1);
    await expect(result.locator("mark").first()).toHaveText(/sécurité/i);
    await expect(page.locator('meta[name="robots"]')).toHaveAttribute("content", /noindex/);

    // The page's own form keeps the query and its filters are real selects.
    await expect(page.getByRole("searchbox", { name: /Mots-clés/ })).toHaveValue("securite");
    await expect(page.getByRole("combobox", { name: "Catégorie" })).toBeVisible();
    await expect(page.getByRole("combobox", { name: "Année" })).toBeVisible();

    await result.getByRole("link", { name: REFERENCE_TITLE }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(REFERENCE_TITLE);
  });

  test("filters by category through the GET form, pagination keeps the query", async ({ page }) => {
    await page.goto("/recherche?q=securite");
    await page.getByRole("combobox", { name: "Catégorie" }).selectOption("partenariats");
    await page.getByRole("search", { name: "Rechercher dans les actualités" }).getByRole("button", { name: "Rechercher" }).click();
    await expect(page).toHaveURL(/[?&]categorie=partenariats/);
    await expect(page.getByRole("link", { name: REFERENCE_TITLE })).toBeVisible();
    await expect(page.getByRole("heading", { level: 2, name: /Partenariats/ })).toBeVisible();

    await page.goto("/recherche?q=formation");
    await page.getByRole("navigation", { name: "Pagination" }).getByRole("link", { name: "2", exact: true }).click();
    await expect(page).toHaveURL(/\/recherche\?q=formation&page=2$/);
    await expect(page.getByRole("heading", { level: 1 })).toContainText("page 2");
    await expect(page.getByRole("searchbox", { name: /Mots-clés/ })).toHaveValue("formation");
  });

  test.describe("without JavaScript", () => {
    test.use({ javaScriptEnabled: false });

    test("the header's search box and the page's form still submit", async ({ page }) => {
      await page.goto("/nous-contacter");
      const box = page.getByRole("searchbox", { name: "Rechercher" });
      await box.fill("sécurité");
      await box.press("Enter");
      await expect(page).toHaveURL(/\/recherche\?q=s%C3%A9curit%C3%A9$/);
      await expect(page.getByRole("link", { name: REFERENCE_TITLE })).toBeVisible();

      await page.getByRole("searchbox", { name: /Mots-clés/ }).fill("continuum");
      await page.getByRole("search", { name: "Rechercher dans les actualités" }).getByRole("button", { name: "Rechercher" }).click();
      await expect(page).toHaveURL(/q=continuum/);
      await expect(page.getByRole("link", { name: REFERENCE_TITLE })).toBeVisible();
    });

    test("on a phone, the header's search box is shown in place of the modal that needs scripts", async ({ page }) => {
      await page.setViewportSize({ width: 390, height: 844 });
      await page.goto("/");
      const box = page.getByRole("searchbox", { name: "Rechercher" });
      await expect(box).toBeVisible();
      await box.fill("continuum");
      await page.getByRole("search").getByRole("button", { name: "Rechercher" }).click();
      await expect(page).toHaveURL(/\/recherche\?q=continuum$/);
      await expect(page.getByRole("link", { name: REFERENCE_TITLE })).toBeVisible();
    });
  });

  test("on a phone with scripts, the magnifier opens the search and Enter submits", async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto("/");
    const box = page.getByRole("searchbox", { name: "Rechercher" });
    await expect(box).toBeHidden();
    // The DSFR's script opens the search: a click before it has started does nothing, so it is
    // clicked again until the box shows (a real reader would tap again too).
    await expect(async () => {
      await page.getByRole("button", { name: "Rechercher" }).first().click();
      await expect(box).toBeVisible({ timeout: 1_000 });
    }).toPass({ timeout: 10_000 });
    await box.fill("continuum");
    await box.press("Enter");
    await expect(page).toHaveURL(/\/recherche\?q=continuum$/);
    await expect(page.getByRole("link", { name: REFERENCE_TITLE })).toBeVisible();
  });

  test("answers 200 for an empty or odd query, 404 for a malformed page or filter", async ({ request }) => {
    for (const q of ["", "le la les", "&|!:*()", encodeURIComponent(`'; DROP TABLE "Article"; --`), "x".repeat(5000)]) {
      expect((await request.get(`/recherche?q=${q}`)).status(), q.slice(0, 20)).toBe(200);
    }
    expect((await request.get("/recherche")).status()).toBe(200);
    expect((await request.get("/recherche?q=securite&categorie=&annee=")).status()).toBe(200);
    for (const query of ["q=securite&page=999", "q=securite&page=0", "q=securite&page=abc", "q=securite&annee=12", "q=securite&categorie=Inconnue", "q=securite&categorie=inconnue", "page=2"]) {
      expect((await request.get(`/recherche?${query}`)).status(), query).toBe(404);
    }
  });
});
