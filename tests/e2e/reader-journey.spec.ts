import { expect, test } from "@playwright/test";
import { REFERENCE_TITLE, watchOutsideRequests } from "./helpers";

test("a reader goes from the home page to the school's article and back to the top by keyboard", async ({ page, baseURL }) => {
  const outside = watchOutsideRequests(page, baseURL!);
  await page.goto("/");
  await expect(page.locator("html")).toHaveAttribute("lang", "fr");
  await expect(page.getByRole("heading", { level: 1 })).toHaveCount(1);

  await page.getByRole("navigation", { name: /principal/i }).getByRole("link", { name: "Actualités" }).click();
  await expect(page).toHaveURL(/\/actualites$/);
  await page.getByRole("navigation", { name: "Filtrer par catégorie" }).getByRole("link", { name: "Partenariats" }).click();
  await expect(page).toHaveURL(/\/rubriques\/partenariats$/);
  await page.getByRole("link", { name: REFERENCE_TITLE }).click();

  await expect(page.getByRole("heading", { level: 1 })).toHaveText(REFERENCE_TITLE);
  const breadcrumb = page.getByRole("navigation", { name: "Vous êtes dans :" });
  await expect(breadcrumb).toContainText("Vous êtes dans :");
  await expect(breadcrumb.getByRole("listitem")).toHaveText(["Accueil", "Actualités", REFERENCE_TITLE]);
  await expect(breadcrumb.getByRole("link", { name: "Accueil" })).toHaveAttribute("href", "/");

  const hero = page.locator("article figure").first();
  await expect(hero.locator("img")).toBeVisible();
  await expect(hero.locator("figcaption")).toContainText("© ENSP");
  // Visible is not loaded yet: wait for the photo itself.
  await expect.poll(() => hero.locator("img").evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);

  await expect(page.getByText("Réunis à l’ENSP hier, les 23 rédacteurs", { exact: false })).toBeVisible();
  await expect(page.getByRole("heading", { level: 2, name: /Quel bilan dressez-vous/ })).toBeVisible();
  await expect(page.getByRole("link", { name: "voir notre article précédent" })).toHaveAttribute("href", /^\/actualites\//);

  const contact = page.getByRole("complementary", { name: "Nous contacter" });
  await expect(contact).toContainText("Siège et Site de Saint-Cyr-Au-Mont-d'Or");
  await expect(contact).toContainText("9, rue Carnot");
  await expect(contact).toContainText("69450 SAINT-CYR-AU-MONT-D'OR");
  await expect(contact).toContainText("04 72 53 18 50");
  await expect(contact).toContainText("BP 50097 - 77875 MONTEREAU Cedex");
  await expect(contact).toContainText("01 64 69 35 00");

  await expect(page.getByRole("heading", { name: "Recommander cette page" })).toBeVisible();
  await page.getByRole("button", { name: "Recommander cette page" }).click();
  await expect(page.getByRole("link", { name: "Par courriel" })).toHaveAttribute("href", /^mailto:\?subject=/);

  // "Haut de page" by keyboard: reach the link with Tab from the element before it, press Enter.
  const backToTop = page.getByRole("link", { name: "Haut de page" });
  await backToTop.scrollIntoViewIfNeeded();
  expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(200);
  await backToTop.focus();
  await page.keyboard.press("Shift+Tab");
  await page.keyboard.press("Tab");
  await expect(backToTop).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/#top$/);
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBe(0);

  expect(outside).toEqual([]);
});

test("the earlier article is linked from the school's article", async ({ page }) => {
  await page.goto("/rubriques/partenariats");
  await page.getByRole("link", { name: REFERENCE_TITLE }).click();
  await page.getByRole("link", { name: "voir notre article précédent" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText(/Continuum/i);
});

test("the contact page lists both sites", async ({ page }) => {
  await page.goto("/nous-contacter");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Nous contacter");
  await expect(page.getByRole("heading", { level: 2, name: "Siège et Site de Saint-Cyr-Au-Mont-d'Or" })).toBeVisible();
  await expect(page.getByRole("heading", { level: 2, name: "Site de Cannes-Écluse" })).toBeVisible();
  await expect(page.getByRole("link", { name: "04 72 53 18 50" })).toHaveAttribute("href", "tel:+33472531850");
});

test("the footer carries the accessibility status, legal notice and site map", async ({ page }) => {
  await page.goto("/");
  const footer = page.getByRole("contentinfo");
  await expect(footer).toContainText("Accessibilité : partiellement conforme");
  await footer.getByRole("link", { name: "Mentions légales" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Mentions légales");
  await page.getByRole("contentinfo").getByRole("link", { name: "Plan du site" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Plan du site");
});

test.describe("an unknown address", () => {
  for (const javaScriptEnabled of [true, false]) {
    test.describe(javaScriptEnabled ? "with JavaScript" : "without JavaScript", () => {
      test.use({ javaScriptEnabled });
      test("shows the 404 page once, under one header, at the address asked for", async ({ page }) => {
        for (const path of ["/actualites/cet-article-n-existe-pas", "/une/adresse/inconnue"]) {
          const response = await page.goto(path);
          expect(response?.status()).toBe(404);
          if (javaScriptEnabled) await page.waitForLoadState("networkidle");
          await expect(page.getByRole("heading", { level: 1, name: "Page non trouvée" })).toBeVisible();
          await expect(page.getByRole("heading", { level: 1 })).toHaveCount(1);
          await expect(page.getByRole("banner")).toHaveCount(1);
          await expect(page.getByRole("main")).toHaveCount(1);
          await expect(page.getByRole("contentinfo")).toHaveCount(1);
          expect(new URL(page.url()).pathname).toBe(path);
        }
      });
    });
  }
});

test("an unknown article reached by a client-side navigation is drawn under one header", async ({ page }) => {
  // From the one public page that keeps Next.js's router: the recommendation form's.
  await page.goto("/recommander?page=%2F");
  await page.waitForLoadState("networkidle");
  await page.evaluate(() => (window as unknown as { next: { router: { push(href: string): void } } }).next.router.push("/actualites/cet-article-n-existe-pas"));
  await expect(page.getByRole("heading", { level: 1, name: "Page non trouvée" })).toBeVisible();
  await expect(page.getByRole("banner")).toHaveCount(1);
  await expect(page.getByRole("main")).toHaveCount(1);
});
