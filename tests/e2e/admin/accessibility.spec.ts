import { createHash, randomBytes } from "node:crypto";
import { expect, test } from "@playwright/test";
import { expectNoAxeViolation, formAlert, query, SEEDED_ADMIN, signIn } from "./support";

async function firstId(table: string): Promise<string> {
  return (await query<{ id: string }>(`SELECT id FROM "${table}" ORDER BY "createdAt" LIMIT 1`))[0]!.id;
}

test("axe finds no WCAG 2.1 A/AA violation on any back-office page", async ({ page }) => {
  test.setTimeout(120_000);
  await signIn(page, SEEDED_ADMIN);
  const editor = (await query<{ id: string }>(`SELECT id FROM "User" WHERE role = 'EDITOR' ORDER BY "createdAt" LIMIT 1`))[0]!.id;
  const pages = [
    "/admin",
    "/admin/compte",
    "/admin/compte/double-authentification",
    "/admin/personnes",
    "/admin/personnes/nouvelle",
    `/admin/personnes/${editor}`,
    "/admin/reglages",
    "/admin/sites",
    "/admin/sites/nouveau",
    `/admin/sites/${await firstId("Site")}`,
    "/admin/rubriques",
    "/admin/rubriques/nouvelle",
    `/admin/rubriques/${await firstId("Category")}`,
    "/admin/mots-cles",
    "/admin/mots-cles?q=securite",
    "/admin/mots-cles/nouveau",
    `/admin/mots-cles/${await firstId("Tag")}`,
    "/admin/journal",
    "/admin/journal?action=auth.sign_in",
    "/admin/courriels",
    "/admin/courriels?etat=en-attente",
    "/admin/page-inconnue",
  ];
  for (const path of pages) {
    await test.step(path, async () => {
      await page.goto(path);
      await expectNoAxeViolation(page);
    });
  }
});

test("axe finds no violation on the pages for people not signed in, nor on forms showing errors", async ({ page }) => {
  await page.goto("/admin/connexion");
  await expectNoAxeViolation(page);
  await page.getByRole("button", { name: "Se connecter" }).click();
  await expect(formAlert(page)).toBeVisible();
  await expectNoAxeViolation(page);

  await page.goto("/admin/connexion/code");
  await expectNoAxeViolation(page);

  await page.goto(`/admin/mot-de-passe/${randomBytes(32).toString("base64url")}`);
  await expectNoAxeViolation(page);

  const token = randomBytes(32).toString("base64url");
  const userId = (await query<{ id: string }>(`SELECT id FROM "User" WHERE role = 'AUTHOR' ORDER BY "createdAt" LIMIT 1`))[0]!.id;
  await query(
    `INSERT INTO "UserToken" (id, "tokenHash", "userId", purpose, "expiresAt") VALUES ($1, $2, $3, 'PASSWORD_RESET', now() + interval '1 hour')`,
    [`e2e${token.slice(0, 20).toLowerCase().replace(/[^a-z0-9]/g, "0")}`, createHash("sha256").update(token).digest("hex"), userId],
  );
  await page.goto(`/admin/mot-de-passe/${token}`);
  await expectNoAxeViolation(page);
  await page.getByRole("button", { name: "Enregistrer mon mot de passe" }).click();
  await expect(formAlert(page)).toBeVisible();
  await expectNoAxeViolation(page);

  await signIn(page, SEEDED_ADMIN);
  await page.goto("/admin/reglages");
  await page.getByLabel("Nom du site").fill("");
  await page.getByRole("button", { name: "Enregistrer les réglages" }).click();
  await expect(formAlert(page)).toBeVisible();
  await expectNoAxeViolation(page);
});
