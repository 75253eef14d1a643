import { expect, test, type Browser } from "@playwright/test";
import { createAccount, signIn } from "./support";

async function secondDevice(browser: Browser, account: { email: string; password: string }) {
  const context = await browser.newContext({ locale: "fr-FR" });
  const page = await context.newPage();
  await signIn(page, account);
  return { context, page };
}

test("changing one's password keeps this browser signed in and ends the session on every other device", async ({ page, browser }) => {
  const editor = await createAccount("EDITOR", "nouveau-mot-de-passe");
  await signIn(page, editor);
  const other = await secondDevice(browser, editor);

  await page.goto("/admin/compte");
  const newPassword = `${editor.password} renouvelé`;
  await page.getByLabel("Mot de passe actuel").fill(editor.password);
  await page.getByRole("textbox", { name: /^Nouveau mot de passe/ }).fill(newPassword);
  await page.getByLabel("Confirmation du nouveau mot de passe").fill(newPassword);
  await page.getByRole("button", { name: "Changer de mot de passe" }).click();
  await expect(page).toHaveURL(/\/admin\/compte\?info=mot-de-passe-modifie$/);
  await page.goto("/admin");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Bonjour ${editor.name}`);

  // The other device's next request finds its session ended.
  await other.page.goto("/admin");
  await expect(other.page).toHaveURL(/\/admin\/connexion$/);
  await other.context.close();
  // The new password opens a session; the old one no longer does.
  const again = await secondDevice(browser, { email: editor.email, password: newPassword });
  await again.context.close();
});

test("« Se déconnecter de tous les appareils » ends every session, this one included", async ({ page, browser }) => {
  const author = await createAccount("AUTHOR", "tous-les-appareils");
  await signIn(page, author);
  const other = await secondDevice(browser, author);

  await page.goto("/admin/compte");
  await page.getByRole("button", { name: "Se déconnecter de tous les appareils" }).click();
  await expect(page).toHaveURL(/\/admin\/connexion$/);
  await page.goto("/admin");
  await expect(page).toHaveURL(/\/admin\/connexion$/);
  await other.page.goto("/admin/compte");
  await expect(other.page).toHaveURL(/\/admin\/connexion\?callbackUrl=%2Fadmin%2Fcompte$/);
  await other.context.close();
});
