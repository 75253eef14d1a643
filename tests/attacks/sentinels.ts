/**
 * What would show that a payload ran: a dialog, a call to one of the functions payloads call
 * (alert, confirm, prompt, print), a request to the marker path /__xss__/ or to another host, a
 * changed document title, a `window.__xss` flag — and, in the DOM, an element a payload would have
 * brought: an event-handler attribute, a javascript: URL, a script, frame or object of its own.
 */
import type { BrowserContext, Page } from "@playwright/test";

export type Sightings = string[];

/** Arms a context: every page opened in it reports to `sightings`. */
export async function armContext(context: BrowserContext, baseURL: string, sightings: Sightings): Promise<void> {
  const own = new URL(baseURL).host;
  await context.addInitScript(() => {
    const calls: string[] = [];
    (window as unknown as { __xssCalls: string[] }).__xssCalls = calls;
    for (const name of ["alert", "confirm", "prompt", "print"] as const) {
      Object.defineProperty(window, name, { value: (...args: unknown[]) => void calls.push(`${name}(${String(args[0])})`), configurable: false, writable: false });
    }
    let title: string | null = null;
    document.addEventListener("DOMContentLoaded", () => {
      title = document.title;
      const element = document.querySelector("title");
      if (element) new MutationObserver(() => document.title !== title && calls.push(`document.title=${document.title}`)).observe(element, { childList: true, characterData: true, subtree: true });
    });
  });
  await context.route("**/*", (route) => {
    const url = new URL(route.request().url());
    if (url.protocol === "data:" || url.protocol === "blob:") return route.continue();
    if (url.pathname.startsWith("/__xss__")) {
      sightings.push(`requête marqueur ${url.pathname}`);
      return route.fulfill({ status: 204 });
    }
    if (url.host !== own) {
      sightings.push(`requête vers un autre hôte : ${url.href}`);
      return route.abort();
    }
    // Pictures and fonts cost the server a crop each and prove nothing here; an aborted image
    // still fires `onerror`, so an injected <img onerror> would still be caught.
    if (["image", "font", "media"].includes(route.request().resourceType())) return route.abort();
    return route.continue();
  });
  context.on("page", (page) => watchPage(page, sightings));
}

function watchPage(page: Page, sightings: Sightings): void {
  page.on("dialog", (dialog) => {
    sightings.push(`${page.url()} : boîte de dialogue ${dialog.type()} « ${dialog.message()} »`);
    void dialog.dismiss().catch(() => undefined);
  });
}

/** What the page itself recorded, and what its DOM holds that no page of the site should. */
export async function inspect(page: Page, sightings: Sightings): Promise<void> {
  const found = await page.evaluate(() => {
    const problems: string[] = [...((window as unknown as { __xssCalls?: string[] }).__xssCalls ?? [])];
    if ((window as unknown as { __xss?: unknown }).__xss !== undefined) problems.push("window.__xss défini");
    for (const element of document.querySelectorAll("*")) {
      for (const attribute of element.attributes) {
        const name = attribute.name.toLowerCase();
        const value = attribute.value.replace(/[\s\u0000-\u001f]/g, "").toLowerCase();
        if (name.startsWith("on")) problems.push(`attribut ${name} sur <${element.localName}>`);
        // React's own placeholder on a form bound to a server action, until it hydrates.
        if (name === "action" && attribute.value.startsWith("javascript:throw new Error('A React form was unexpectedly submitted.")) continue;
        if (["href", "src", "action", "formaction", "data", "xlink:href", "srcdoc"].includes(name) && /^(javascript|vbscript|data:text\/html)/.test(value)) {
          problems.push(`${name}="${attribute.value}" sur <${element.localName}>`);
        }
      }
    }
    for (const element of document.querySelectorAll("iframe, object, embed, base, meta[http-equiv], svg script, math, marquee, isindex, keygen, input[autofocus][onfocus]")) {
      problems.push(`élément <${element.localName}> injecté`);
    }
    return problems;
  });
  sightings.push(...found.map((problem) => `${page.url()} : ${problem}`));
}
