import { expect, test } from "@playwright/test";
import { createAccount, expectNoAxeViolation, formAlert, query, SEEDED_ADMIN, signIn } from "./support";

/**
 * Without SMTP_URL (the browser tests' server has none), a password link is shown once to the
 * admin and its mail waits in /admin/courriels, where the admin reads it: recipient in clear, text
 * part, HTML part in a sandboxed frame. A given-up mail can be put back in the queue.
 */
test("an admin reads a password link's mail in /admin/courriels and puts a failed mail back in the queue", async ({ page }) => {
  test.setTimeout(60_000);
  const person = await createAccount("EDITOR", "courriel");
  const { id: personId } = (await query<{ id: string }>(`SELECT id FROM "User" WHERE email = $1`, [person.email]))[0]!;
  await signIn(page, SEEDED_ADMIN);

  await page.goto(`/admin/personnes/${personId}`);
  await page.getByRole("button", { name: "Créer un nouveau lien" }).click();
  await expect(formAlert(page)).toContainText("Transmettez ce lien à la personne");
  const link = await page.getByRole("textbox", { name: "Lien pour choisir un mot de passe" }).inputValue();

  await page.getByRole("navigation", { name: /principal/i }).getByRole("link", { name: "Courriels" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Courriels" })).toBeVisible();
  const row = page.getByRole("row").filter({ hasText: "Lien de mot de passe" }).first();
  await expect(row).toContainText("En attente");
  // The list shows a hint of the address, never the address.
  await expect(page.getByText(person.email)).toHaveCount(0);
  await expectNoAxeViolation(page);

  await row.getByRole("link").click();
  await expect(page.getByRole("heading", { level: 1, name: /^Courriel du / })).toBeVisible();
  await expect(page.getByText(`Destinataire : ${person.email}`)).toBeVisible();
  await expect(page.locator("pre")).toContainText(link);
  const frame = page.locator("iframe");
  await expect(frame).toHaveAttribute("sandbox", "");
  await expect(frame).toHaveAttribute("title", /Version HTML du courriel/);
  await expect(page.frameLocator("iframe").getByRole("link", { name: link })).toBeVisible();
  await expectNoAxeViolation(page, { exclude: ".kiosque-mail-frame" });

  // A mail given up after its last attempt goes back in the queue.
  const mailId = new URL(page.url()).pathname.split("/").pop()!;
  await query(`UPDATE "OutboxMail" SET status = 'FAILED', attempts = 10, "lastError" = '421 : Service indisponible' WHERE id = $1`, [mailId]);
  await page.goto("/admin/courriels?etat=echec");
  await expect(page.getByRole("row").filter({ hasText: "421 : Service indisponible" })).toContainText("Échec");
  await expectNoAxeViolation(page);
  await page.goto(`/admin/courriels/${mailId}`);
  await page.getByRole("button", { name: "Remettre en file" }).click();
  await expect(page.getByRole("status")).toContainText("Le courriel est remis en file");
  await expect(page.getByRole("button", { name: "Remettre en file" })).toHaveCount(0);
  await expectNoAxeViolation(page, { exclude: ".kiosque-mail-frame" });
  expect((await query<{ status: string }>(`SELECT status::text FROM "OutboxMail" WHERE id = $1`, [mailId]))[0]!.status).toBe("PENDING");
});
