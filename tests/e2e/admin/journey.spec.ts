import { expect, test, type Page } from "@playwright/test";
import { totpCode } from "../../../lib/auth/totp-codes";
import { createAccount, expectNoAxeViolation, formAlert, query, signIn } from "./support";

async function createPerson(page: Page, person: { name: string; email: string; role: "Éditeur" | "Auteur" }): Promise<string> {
  await page.getByRole("navigation", { name: /principal/i }).getByRole("link", { name: "Personnes" }).click();
  await page.getByRole("link", { name: "Ajouter une personne" }).click();
  await page.getByRole("textbox", { name: /^Nom / }).fill(person.name);
  await page.getByLabel("Adresse électronique").fill(person.email);
  await page.getByLabel("Rôle").selectOption({ label: person.role });
  await page.getByRole("button", { name: "Créer le compte" }).click();
  await expect(formAlert(page)).toBeVisible();
  return page.getByLabel("Lien pour choisir un mot de passe").inputValue();
}

async function choosePassword(page: Page, link: string, password: string): Promise<void> {
  await page.goto(link);
  await expectNoAxeViolation(page);
  await page.getByLabel("Nouveau mot de passe").fill(password);
  await page.getByLabel("Confirmation du mot de passe").fill(password);
  await page.getByRole("button", { name: "Enregistrer mon mot de passe" }).click();
  await expect(formAlert(page)).toBeVisible();
  await expect(formAlert(page)).not.toHaveClass(/error/);
}

test("an admin new to the back office turns on 2FA, creates an editor and an author, and edits the school's details", async ({ page, browser }) => {
  const admin = await createAccount("ADMIN", "premiere-visite");
  await signIn(page, admin);

  // 1. Two-factor authentication, from the dashboard's invitation.
  await page.getByRole("link", { name: "l’activer maintenant" }).click();
  const secret = (await page.locator("li", { hasText: "Clé :" }).locator("code").textContent())!.replace(/\s+/g, "");
  await page.getByLabel("Code à 6 chiffres").fill(totpCode(secret));
  await page.getByRole("button", { name: "Activer" }).click();
  await expect(page.getByRole("list", { name: "Codes de secours" }).locator("code")).toHaveCount(10);

  // 2. An editor and an author, each with a single-use link shown once.
  const stamp = Date.now();
  const editor = { name: `Éditrice ${stamp}`, email: `editrice-${stamp}@ecole.example`, role: "Éditeur" as const };
  const author = { name: `Auteur ${stamp}`, email: `auteur-${stamp}@ecole.example`, role: "Auteur" as const };
  const editorLink = await createPerson(page, editor);
  const authorLink = await createPerson(page, author);
  expect(editorLink).toMatch(/\/admin\/mot-de-passe\/[A-Za-z0-9_-]{43}$/);
  await page.getByRole("navigation", { name: /principal/i }).getByRole("link", { name: "Personnes" }).click();
  await expect(page.getByRole("row", { name: new RegExp(editor.name) })).toContainText("Invitation en attente");

  // 3. The school's details, seen on the public site.
  await page.getByRole("navigation", { name: /principal/i }).getByRole("link", { name: "Réglages" }).click();
  const tagline = `Former les cadres de la police nationale depuis 1941 (${stamp})`;
  await page.getByLabel("Devise").fill(tagline);
  await page.getByRole("button", { name: "Enregistrer les réglages" }).click();
  await expect(formAlert(page)).toContainText("Réglages enregistrés");
  await page.goto("/");
  await expect(page.locator("header")).toContainText(tagline);
  await expect(page.locator("footer")).toContainText(tagline);

  // 4. The new people choose their passwords and sign in, each with their role's back office.
  for (const [person, link, sections] of [
    [editor, editorLink, ["Rubriques", "Mots-clés"]],
    [author, authorLink, []],
  ] as const) {
    const context = await browser.newContext({ locale: "fr-FR" });
    const other = await context.newPage();
    const password = `la phrase de passe de ${person.email}`;
    await choosePassword(other, link, password);
    await signIn(other, { email: person.email, password });
    await expect(other.getByRole("heading", { level: 1 })).toHaveText(`Bonjour ${person.name}`);
    const menu = other.getByRole("navigation", { name: /principal/i });
    for (const section of sections) await expect(menu.getByRole("link", { name: section })).toBeVisible();
    for (const adminOnly of ["Personnes", "Réglages", "Journal"]) await expect(menu.getByRole("link", { name: adminOnly })).toHaveCount(0);
    // A role's missing sections are not merely hidden: the pages refuse.
    await other.goto("/admin/reglages");
    await expect(other.getByRole("heading", { level: 1 })).toHaveText("Page introuvable");
    await context.close();
    // A link works once.
    await page.goto(link);
    await expect(page.getByText(/Ce lien a déjà servi/)).toBeVisible();
  }

  await query(`UPDATE "SiteSettings" SET tagline = 'Former les cadres de la police nationale' WHERE id = 1`);
});
