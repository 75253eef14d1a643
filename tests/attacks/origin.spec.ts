/**
 * Server actions posted from elsewhere, against a production server: Next.js compares a server
 * action's Origin with the Host it was sent to (`serverActions.allowedOrigins` is not set, so only
 * the site itself). Signed in as an admin with a real session cookie, the settings form posted with
 * another site's Origin — what a hostile page's auto-submitted form would send — is refused and
 * changes nothing; so is one without Origin, which Next.js lets through and the back office's
 * actions refuse themselves; the same post from the site's own origin goes through.
 */
import { randomUUID } from "node:crypto";
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { expect, test, type Page } from "@playwright/test";
import { sql, startBenchSite, type BenchSite } from "../../scripts/bench-site";

const ADMIN = { email: "admin@kiosque.localhost", password: randomUUID() };
let site: BenchSite;
let dataDir: string;

test.beforeAll(async () => {
  test.setTimeout(180_000);
  dataDir = await mkdtemp(path.join(os.tmpdir(), "kiosque-origin-"));
  site = await startBenchSite({ name: "origin", dataDir, env: { ADMIN_PASSWORD: ADMIN.password } });
});

test.afterAll(async () => {
  await site?.stop();
  if (dataDir) await rm(dataDir, { recursive: true, force: true });
});

async function signIn(page: Page): Promise<string> {
  await page.goto(`${site.baseURL}/admin/connexion`);
  await page.getByLabel("Adresse électronique").fill(ADMIN.email);
  await page.getByLabel("Mot de passe").fill(ADMIN.password);
  await page.getByRole("button", { name: "Se connecter" }).click();
  await expect(page).toHaveURL(/\/admin$/);
  return (await page.context().cookies()).map((cookie) => `${cookie.name}=${cookie.value}`).join("; ");
}

/** The fields a browser would post for the form around `field`, with `changes` applied. */
async function formFields(page: Page, field: string, changes: Record<string, string>): Promise<[string, string][]> {
  const fields = await page.locator(`form:has([name="${field}"])`).evaluate((form) => [...new FormData(form as HTMLFormElement).entries()].map(([name, value]) => [name, String(value)] as [string, string]));
  expect(fields.some(([name]) => name.startsWith("$ACTION")), "le formulaire porte l’identifiant de son action").toBe(true);
  return fields.map(([name, value]) => [name, name in changes ? changes[name]! : value]);
}

function formData(fields: [string, string][]): FormData {
  const body = new FormData();
  for (const [name, value] of fields) body.append(name, value);
  return body;
}

async function post(url: string, fields: [string, string][], headers: Record<string, string>): Promise<number> {
  const response = await fetch(url, { method: "POST", body: formData(fields), headers, redirect: "manual" });
  await response.arrayBuffer();
  return response.status;
}

const siteName = async () => (await sql(site.databaseUrl, `SELECT "siteName" FROM "SiteSettings" WHERE id = 1`))[0]!.siteName as string;
const auditCount = async () => Number((await sql(site.databaseUrl, `SELECT count(*) AS n FROM "AuditLog" WHERE action = 'settings.updated'`))[0]!.n);

test("a server action posted with another site's Origin, signed in as an admin: refused, nothing changed", async ({ page }) => {
  const cookie = await signIn(page);
  await page.goto(`${site.baseURL}/admin/reglages`);
  const before = { name: await siteName(), audit: await auditCount() };
  const url = `${site.baseURL}/admin/reglages`;

  for (const origin of ["https://pirate.example", "null", `http://127.0.0.2:${new URL(site.baseURL).port}`, "http://localhost:1"]) {
    const fields = await formFields(page, "siteName", { siteName: `Changé depuis ${origin}` });
    const status = await post(url, fields, { cookie, origin, "sec-fetch-site": "cross-site" });
    expect(status, origin).toBeGreaterThanOrEqual(400);
    expect({ name: await siteName(), audit: await auditCount() }, origin).toEqual(before);
  }

  // The same post from the site's own origin goes through: the refusal above was the origin's.
  const fields = await formFields(page, "siteName", { siteName: "École renommée par le test" });
  expect(await post(url, fields, { cookie, origin: site.baseURL, "sec-fetch-site": "same-origin" })).toBeLessThan(400);
  expect(await siteName()).toBe("École renommée par le test");
  expect(await auditCount()).toBe(before.audit + 1);
});

test("a server action posted without Origin, with the session cookie and without: refused, nothing changed", async ({ page }) => {
  const cookie = await signIn(page);
  await page.goto(`${site.baseURL}/admin/reglages`);
  const before = await siteName();
  const url = `${site.baseURL}/admin/reglages`;

  // Without the session cookie, nothing changes whatever the origin: the action checks the session.
  const anonymous = await post(url, await formFields(page, "siteName", { siteName: "Changé sans session" }), {});
  expect(anonymous).toBeLessThan(500);
  expect(await siteName()).toBe(before);

  // Next.js lets a server action without Origin through; the back office's actions refuse it
  // themselves (lib/http/same-origin.ts), with the form's French error.
  const response = await fetch(url, { method: "POST", body: formData(await formFields(page, "siteName", { siteName: "Changé sans Origin" })), headers: { cookie } });
  expect(await response.text()).toContain("Requête refusée : elle ne vient pas d’une page de ce site.");
  expect(await siteName()).toBe(before);
});

test("the sign-in action posted from another site (login CSRF): refused, no session given", async ({ page }) => {
  await page.goto(`${site.baseURL}/admin/connexion`);
  const fields = await formFields(page, "email", { email: ADMIN.email, password: ADMIN.password });
  const body = new FormData();
  for (const [name, value] of fields) body.append(name, value);
  const response = await fetch(`${site.baseURL}/admin/connexion`, { method: "POST", body, headers: { origin: "https://pirate.example", "sec-fetch-site": "cross-site" }, redirect: "manual" });
  expect(response.status).toBeGreaterThanOrEqual(400);
  expect(response.headers.getSetCookie().filter((value) => /session-token/.test(value))).toEqual([]);
});
