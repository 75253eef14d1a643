import { expect, test } from "@playwright/test";
import { createAccount, formAlert, query, SEEDED_ADMIN, signIn, tabTo } from "./support";

test("an admin signs in, sees the back office, and signs out", async ({ page, context }) => {
  await signIn(page, SEEDED_ADMIN);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Bonjour Administrateur");
  await expect(page.getByRole("navigation", { name: /principal/i }).getByRole("link", { name: "Réglages" })).toBeVisible();

  const session = (await context.cookies()).find((cookie) => cookie.name.includes("authjs.session-token"));
  expect(session).toMatchObject({ httpOnly: true, sameSite: "Lax", secure: false });

  await page.getByRole("button", { name: "Se déconnecter" }).click();
  await expect(page).toHaveURL(/\/admin\/connexion$/);
  await page.goto("/admin/reglages");
  await expect(page).toHaveURL(/\/admin\/connexion\?callbackUrl=%2Fadmin%2Freglages$/);
  expect(await query(`SELECT action FROM "AuditLog" WHERE "actorLabel" LIKE $1 AND action = 'auth.sign_out'`, [`%${SEEDED_ADMIN.email}%`])).not.toHaveLength(0);
});

test("a wrong password and an unknown address get the same generic message", async ({ page }) => {
  const editor = await createAccount("EDITOR", "mauvais-mot-de-passe");
  for (const attempt of [
    { email: editor.email, password: "pas le bon mot de passe" },
    { email: `inconnu-${Date.now()}@ecole.example`, password: editor.password },
  ]) {
    await page.goto("/admin/connexion");
    await page.getByLabel("Adresse électronique").fill(attempt.email);
    await page.getByLabel("Mot de passe").fill(attempt.password);
    await page.getByRole("button", { name: "Se connecter" }).click();
    const alert = formAlert(page);
    await expect(alert).toHaveText("Adresse électronique ou mot de passe incorrect.");
    await expect(alert).toBeFocused();
    await expect(page.getByLabel("Adresse électronique")).toHaveValue(attempt.email);
    await expect(page.getByLabel("Mot de passe")).toHaveValue("");
  }
});

test("signing in works with the keyboard alone", async ({ page }) => {
  const author = await createAccount("AUTHOR", "clavier");
  await page.goto("/admin/connexion");
  await tabTo(page, "input[name=email]");
  await page.keyboard.type(author.email);
  await page.keyboard.press("Tab");
  await expect(page.getByLabel("Mot de passe")).toBeFocused();
  await page.keyboard.type(author.password);
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/admin$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Bonjour ${author.name}`);
});

test("the back office is never indexed nor cached, and its pages need a session", async ({ request }) => {
  const response = await request.get("/admin/connexion");
  expect(response.headers()["x-robots-tag"]).toBe("noindex, nofollow");
  expect(response.headers()["cache-control"]).toContain("no-store");
  expect(await response.text()).toContain('<meta name="robots" content="noindex, nofollow"/>');
  expect((await request.get("/admin", { maxRedirects: 0 })).headers().location).toBe("/admin/connexion");
  for (const path of ["/admin/reglages", "/admin/journal", "/admin/personnes"]) {
    const redirect = await request.get(path, { maxRedirects: 0 });
    expect(redirect.status(), path).toBe(307);
    expect(redirect.headers().location, path).toBe(`/admin/connexion?callbackUrl=${encodeURIComponent(path)}`);
  }
});

test("after signing in, a visitor lands on the page they asked for, never on another site", async ({ page }) => {
  const admin = await createAccount("ADMIN", "retour");
  await page.goto("/admin/journal?action=auth.sign_in");
  await expect(page).toHaveURL(/\/admin\/connexion\?callbackUrl=/);
  await page.getByLabel("Adresse électronique").fill(admin.email);
  await page.getByLabel("Mot de passe").fill(admin.password);
  await page.getByRole("button", { name: "Se connecter" }).click();
  await expect(page).toHaveURL(/\/admin\/journal\?action=auth\.sign_in$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Journal");

  await page.getByRole("button", { name: "Se déconnecter" }).click();
  await expect(page).toHaveURL(/\/admin\/connexion$/);
  await page.goto(`/admin/connexion?callbackUrl=${encodeURIComponent("https://ailleurs.example/piege")}`);
  await page.getByLabel("Adresse électronique").fill(admin.email);
  await page.getByLabel("Mot de passe").fill(admin.password);
  await page.getByRole("button", { name: "Se connecter" }).click();
  await expect(page).toHaveURL(/\/admin$/);
});
