import { randomUUID } from "node:crypto";
import { hash } from "@node-rs/argon2";
import AxeBuilder from "@axe-core/playwright";
import { expect, type Page } from "@playwright/test";
import pg from "pg";
import { e2eDatabaseUrl } from "../helpers";

/** The administrator `npm start` seeded for the browser tests (playwright.config.ts). */
export const SEEDED_ADMIN = { email: "admin@kiosque.localhost", password: "e2e-admin-password-not-secret" };

export async function query<T extends pg.QueryResultRow = pg.QueryResultRow>(sql: string, params: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: e2eDatabaseUrl() });
  await client.connect();
  try {
    return (await client.query<T>(sql, params)).rows;
  } finally {
    await client.end();
  }
}

/** A member of staff of the test's own, so that tests never share an account's state (locks, 2FA). */
export async function createAccount(role: "ADMIN" | "EDITOR" | "AUTHOR", prefix: string): Promise<{ email: string; password: string; name: string }> {
  const suffix = randomUUID().slice(0, 8);
  const account = { email: `${prefix}-${suffix}@ecole.example`, password: `mot de passe ${suffix} du test`, name: `${prefix} ${suffix}` };
  await query(
    `INSERT INTO "User" (id, email, name, "passwordHash", role, "updatedAt") VALUES ($1, $2, $3, $4, $5::"Role", now())`,
    [`e2e${suffix}${Date.now().toString(36)}`.padEnd(25, "0"), account.email, account.name, await hash(account.password), role],
  );
  return account;
}

export async function signIn(page: Page, account: { email: string; password: string }): Promise<void> {
  await page.goto("/admin/connexion");
  await page.getByLabel("Adresse électronique").fill(account.email);
  await page.getByLabel("Mot de passe").fill(account.password);
  await page.getByRole("button", { name: "Se connecter" }).click();
  await expect(page).toHaveURL(/\/admin$/);
}

/**
 * `exclude`: a frame axe cannot enter — a mail's HTML in /admin/courriels runs in a sandbox without
 * scripts, where axe cannot be injected (it would wait until the test times out); its content is
 * the mail, not the page.
 */
export async function expectNoAxeViolation(page: Page, options: { exclude?: string } = {}): Promise<void> {
  await expect(page.getByRole("heading", { level: 1 })).toHaveCount(1);
  // Next.js streams a dynamic page's metadata after its body: the title may come a moment later.
  await expect(page).toHaveTitle(/\S/);
  const builder = new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]);
  if (options.exclude) builder.exclude(options.exclude);
  const results = await builder.analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
}

/** Presses Tab until the element matching `selector` has the focus (at most `max` presses). */
export async function tabTo(page: Page, selector: string, max = 60): Promise<void> {
  for (let i = 0; i < max; i++) {
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
    await page.keyboard.press("Tab");
  }
  throw new Error(`${selector} n'a jamais reçu le focus au clavier`);
}

/** The outcome alert of the form on the page (Next.js has a route announcer with role="alert" too). */
export const formAlert = (page: Page) => page.locator("form .fr-alert");
