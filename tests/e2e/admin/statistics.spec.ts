import { expect, test } from "@playwright/test";
import { seedSlugs } from "../seed-slugs";
import { expectNoAxeViolation, SEEDED_ADMIN, signIn } from "./support";

// The counting endpoint ignores headless browsers (a scraper's favourite): the reader here says
// it is the ordinary Chromium it is.
const READER_AGENT = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36";

test("a reader's clicks are counted and the statistics pages show them, with a chart and its table", async ({ browser, page, baseURL }) => {
  const reader = await browser.newContext({ userAgent: READER_AGENT, baseURL, locale: "fr-FR" });
  await reader.grantPermissions(["clipboard-read", "clipboard-write"], { origin: baseURL });
  await reader.route("https://www.linkedin.com/**", (route) => route.fulfill({ status: 200, contentType: "text/plain", body: "LinkedIn" }));
  const article = await reader.newPage();
  await article.goto(`/actualites/${seedSlugs.earlier}`);
  const title = (await article.getByRole("heading", { level: 1 }).textContent())!.trim();
  await article.getByRole("button", { name: "Recommander cette page" }).click();
  const copied = article.waitForResponse((response) => response.url().endsWith("/api/partages"));
  await article.getByRole("button", { name: "Copier le lien" }).click();
  expect((await copied).status()).toBe(204);
  const shared = article.waitForResponse((response) => response.url().endsWith("/api/partages"));
  const popup = reader.waitForEvent("page");
  await article.getByRole("link", { name: "Partager sur LinkedIn (nouvelle fenêtre)" }).click();
  expect((await shared).status()).toBe(204);
  await (await popup).close();
  await reader.close();

  await signIn(page, SEEDED_ADMIN);
  await page.getByRole("link", { name: "Statistiques", exact: true }).first().click();
  await expect(page).toHaveURL(/\/admin\/statistiques$/);
  await page.getByRole("link", { name: "7 derniers jours" }).click();
  await expect(page).toHaveURL(/periode=7$/);
  await expect(page.getByRole("link", { name: "7 derniers jours" })).toHaveAttribute("aria-current", "page");
  const row = page.getByRole("row").filter({ has: page.getByRole("rowheader", { name: title }) });
  await expect(row.getByRole("cell").last()).toHaveText("2");
  await expectNoAxeViolation(page);

  await row.getByRole("link", { name: title }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Recommandations : ${title}`);
  const chart = page.getByRole("img", { name: `Recommandations de « ${title} » par jour` });
  await expect(chart).toBeVisible();
  await expect(chart).toHaveAttribute("aria-describedby", "graphique-description");
  await expect(page.locator("#graphique-description")).toContainText("2 recommandations au total");
  const table = page.getByRole("table", { name: /par jour sur les 7 derniers jours/ });
  await expect(table.getByRole("columnheader")).toHaveText(["Jour", "Lien copié", "LinkedIn", "Total"]);
  await expect(table.getByRole("row").last()).toHaveText(/Total\s*1\s*1\s*2/);
  await expectNoAxeViolation(page);

  await page.getByRole("link", { name: "12 derniers mois" }).click();
  await expect(page.getByRole("table", { name: /par mois sur les 12 derniers mois/ })).toBeVisible();
  await expectNoAxeViolation(page);
});

test("the statistics need a session", async ({ page }) => {
  await page.goto("/admin/statistiques");
  await expect(page).toHaveURL(/\/admin\/connexion\?callbackUrl=%2Fadmin%2Fstatistiques/);
});
