import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { query } from "./admin/support";
import { REFERENCE_TITLE } from "./helpers";
import { seedSlugs } from "./seed-slugs";

const formPath = () => `/recommander?page=${encodeURIComponent(`/actualites/${seedSlugs.reference}`)}`;

/** The server refuses a form sent within three seconds of being shown, as scripts do. */
async function waitLikeAPerson(page: Page, shownAt: number) {
  const elapsed = Date.now() - shownAt;
  if (elapsed < 3_500) await page.waitForTimeout(3_500 - elapsed);
}

/** Mails queued since `since` for a recipient, told by its hint ("c•••@e•••.fr"): the outbox keeps no address in clear. */
async function queuedSince(since: Date, hint: string): Promise<number> {
  const rows = await query<{ count: string }>(`SELECT count(*) FROM "OutboxMail" WHERE kind = 'RECOMMENDATION' AND "createdAt" >= $1 AND "recipientHint" = $2`, [since, hint]);
  return Number(rows[0]?.count ?? 0);
}

test("« Envoyer à un proche » explains each error, then queues the mail", async ({ page }) => {
  const since = new Date(Date.now() - 1_000);
  await page.goto(formPath());
  const shownAt = Date.now();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Envoyer à un proche");
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute("content", /noindex/);
  await expect(page.getByText(REFERENCE_TITLE).first()).toBeVisible();

  await page.getByRole("button", { name: "Envoyer la recommandation" }).click();
  const alert = page.locator(".fr-alert[role=alert]");
  await expect(alert).toContainText("Le formulaire contient 2 erreurs");
  await expect(alert).toBeFocused();
  await alert.getByRole("link", { name: /Adresse du destinataire/ }).click();
  await expect(page.getByLabel("Adresse électronique du destinataire")).toBeFocused();

  await page.getByLabel("Adresse électronique du destinataire").fill("camille@intranet.local");
  await page.getByLabel("Votre nom").fill("Jeanne Martin");
  await page.getByLabel("Votre message (facultatif)").fill("À lire sur https://ailleurs.example.com");
  await page.getByRole("button", { name: "Envoyer la recommandation" }).click();
  await expect(page.getByText("cette adresse ne peut pas recevoir de courriel depuis ce site").first()).toBeVisible();
  await expect(page.getByText("il ne peut pas contenir d’adresse web ni de lien").first()).toBeVisible();
  // What was typed is kept.
  await expect(page.getByLabel("Votre nom")).toHaveValue("Jeanne Martin");
  expect(await queuedSince(since, "c•••@i•••.local")).toBe(0);

  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  expect(results.violations).toEqual([]);

  await page.getByLabel("Adresse électronique du destinataire").fill("camille.durand@exemple.fr");
  await page.getByLabel("Votre message (facultatif)").fill("Un entretien à lire.");
  await waitLikeAPerson(page, shownAt);
  await page.getByRole("button", { name: "Envoyer la recommandation" }).click();
  await expect(page.locator(".fr-alert[role=status]")).toContainText("Merci : votre recommandation a été prise en compte");
  expect(await queuedSince(since, "c•••@e•••.fr")).toBe(1);
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the form is a page of its own that posts and answers", async ({ page }) => {
    const since = new Date(Date.now() - 1_000);
    await page.goto(formPath());
    const shownAt = Date.now();
    await page.getByLabel("Adresse électronique du destinataire").fill("dominique.leroy@exemple.fr");
    await page.getByLabel("Votre nom").fill("Jeanne Martin");
    await waitLikeAPerson(page, shownAt);
    await page.getByRole("button", { name: "Envoyer la recommandation" }).click();
    await expect(page.getByText("Merci : votre recommandation a été prise en compte")).toBeVisible();
    expect(await queuedSince(since, "d•••@e•••.fr")).toBe(1);
  });
});

test("only published pages can be recommended", async ({ request }) => {
  for (const page of [`/actualites/${seedSlugs.hidden[0]}`, "/actualites/inconnu", "/admin", "https://ailleurs.example.com/"]) {
    expect((await request.get(`/recommander?page=${encodeURIComponent(page)}`)).status(), page).toBe(404);
  }
  expect((await request.get("/recommander")).status()).toBe(404);
  expect((await request.get(`/recommander?page=${encodeURIComponent("/nous-contacter")}`)).status()).toBe(200);
});
