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
