import { expect, test, type Page } from "@playwright/test";
import { totpCode } from "../../../lib/auth/totp-codes";
import { createAccount, expectNoAxeViolation, formAlert, query } from "./support";

async function passwordStep(page: Page, account: { email: string; password: string }): Promise<void> {
  await page.goto("/admin/connexion");
  await page.getByLabel("Adresse électronique").fill(account.email);
  await page.getByLabel("Mot de passe").fill(account.password);
  await page.getByRole("button", { name: "Se connecter" }).click();
}

/** Signs out and waits for it: a navigation started before the sign-out ends would still be signed in. */
async function signOut(page: Page): Promise<void> {
  await page.getByRole("button", { name: "Se déconnecter" }).click();
  await expect(page).toHaveURL(/\/admin\/connexion$/);
}

async function codeStep(page: Page, code: string): Promise<void> {
  await expect(page).toHaveURL(/\/admin\/connexion\/code$/);
  await page.getByLabel("Code de vérification").fill(code);
  await page.getByRole("button", { name: "Valider" }).click();
}

test("an admin turns on two-factor authentication, then signs in with a code, then with a recovery code once", async ({ page }) => {
  const admin = await createAccount("ADMIN", "double-authentification");
  await passwordStep(page, admin);
  await expect(page).toHaveURL(/\/admin$/);

  await page.goto("/admin/compte/double-authentification");
  await expectNoAxeViolation(page);
  await expect(page.getByRole("img", { name: /Code QR/ })).toBeVisible();
  const secret = (await page.locator("li", { hasText: "Clé :" }).locator("code").textContent())!.replace(/\s+/g, "");
  expect(secret).toMatch(/^[A-Z2-7]{32}$/);
  await page.getByLabel("Code à 6 chiffres").fill(totpCode(secret));
  await page.getByRole("button", { name: "Activer" }).click();
  await expect(formAlert(page)).toContainText("ils ne seront plus jamais affichés");
  const recoveryCodes = await page.getByRole("list", { name: "Codes de secours" }).locator("code").allTextContents();
  expect(recoveryCodes).toHaveLength(10);

  await signOut(page);

  // The password alone no longer opens the back office.
  await passwordStep(page, admin);
  await expect(page).toHaveURL(/\/admin\/connexion\/code$/);
  await expectNoAxeViolation(page);
  // The enrolment used this 30-second step's code: a code is accepted once, so the next step's.
  await codeStep(page, totpCode(secret, Date.now() + 30_000));
  await expect(page).toHaveURL(/\/admin$/);
  await signOut(page);

  await passwordStep(page, admin);
  await codeStep(page, recoveryCodes[0]!.toUpperCase());
  await expect(page).toHaveURL(/\/admin$/);
  await signOut(page);

  await passwordStep(page, admin);
  await codeStep(page, recoveryCodes[0]!);
  await expect(formAlert(page)).toContainText("Code incorrect ou déjà utilisé.");
  await expect(page).toHaveURL(/\/admin\/connexion\/code$/);

  const actions = await query<{ action: string }>(
    `SELECT action FROM "AuditLog" WHERE "actorLabel" LIKE $1 ORDER BY id`,
    [`%${admin.email}%`],
  );
  expect(actions.map((row) => row.action)).toEqual(
    expect.arrayContaining(["auth.two_factor_enabled", "auth.recovery_code_used", "auth.sign_in_failed"]),
  );
});
