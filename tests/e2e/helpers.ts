import { readFileSync } from "node:fs";
import path from "node:path";
import type { Page } from "@playwright/test";

export const REFERENCE_TITLE = "Continuum de sécurité : « Il ne s’agit pas d’un coup de communication » !";

/** Records every request the page makes to a host other than the app's own. */
export function watchOutsideRequests(page: Page, baseURL: string): string[] {
  const own = new URL(baseURL).host;
  const outside: string[] = [];
  page.on("request", (request) => {
    const url = new URL(request.url());
    if (url.protocol === "data:" || url.protocol === "blob:") return;
    if (url.host !== own) outside.push(request.url());
  });
  return outside;
}

/** The e2e server's embedded database (playwright.config.ts: data/e2e-<port>, E2E_PG_PORT). */
export function e2eDatabaseUrl(): string {
  const port = Number(process.env.E2E_PORT ?? 3100);
  const pgPort = process.env.E2E_PG_PORT ?? "54339";
  const password = readFileSync(path.resolve(`data/e2e-${port}/pg-password`), "utf8").trim();
  return `postgresql://postgres:${encodeURIComponent(password)}@127.0.0.1:${pgPort}/kiosque`;
}
