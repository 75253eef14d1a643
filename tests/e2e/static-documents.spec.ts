import { gzipSync } from "node:zlib";
import { expect, test, type Page } from "@playwright/test";
import { seedSlugs } from "./seed-slugs";

// Public pages are sent without Next.js's scripts (scripts/static-document.cjs): the DSFR's script
// and Kiosque's small one do what React did.
const PUBLIC_PAGES = ["/", "/actualites", `/actualites/${seedSlugs.reference}`, "/rubriques/partenariats", "/mots-cles/securite-privee", "/recherche?q=securite", "/nous-contacter", "/page-qui-n-existe-pas"];
const MAX_SCRIPT_KB = 100;

/** The scripts a page loads, with their size once compressed with gzip. */
async function scriptsOf(page: Page, path: string): Promise<{ url: string; gzipBytes: number }[]> {
  const scripts: Promise<{ url: string; gzipBytes: number }>[] = [];
  const onResponse = (response: import("@playwright/test").Response) => {
    if (response.request().resourceType() !== "script") return;
    scripts.push(response.body().then((body) => ({ url: new URL(response.url()).pathname, gzipBytes: gzipSync(body, { level: 9 }).length })));
  };
  page.on("response", onResponse);
  await page.goto(path);
  await page.waitForLoadState("networkidle");
  page.off("response", onResponse);
  return Promise.all(scripts);
}

test("public pages load the DSFR's script and Kiosque's, no script of Next.js, and less than 100 KB of it", async ({ page }) => {
  for (const path of PUBLIC_PAGES) {
    const scripts = await scriptsOf(page, path);
    expect(scripts.map((script) => script.url).filter((url) => !url.startsWith("/assets/")), path).toEqual([]);
    expect(scripts.some((script) => /^\/assets\/dsfr\.module\.min\.[a-z0-9]+\.js$/.test(script.url)), path).toBe(true);
    expect(scripts.some((script) => /^\/assets\/kiosque\.[a-z0-9]+\.js$/.test(script.url)), path).toBe(true);
    const total = scripts.reduce((sum, script) => sum + script.gzipBytes, 0);
    expect(total / 1024, path).toBeLessThanOrEqual(MAX_SCRIPT_KB);
    const html = await page.content();
    expect(html, path).not.toContain("self.__next_f");
  }
});

test("the pages' scripts are served for a year under names that change with their content", async ({ request }) => {
  const html = await (await request.get("/")).text();
  const urls = [...html.matchAll(/<script[^>]*\ssrc="(\/assets\/[^"]+)"/g)].map((match) => match[1]!);
  expect(urls).toHaveLength(3);
  for (const url of urls) {
    const response = await request.get(url);
    expect(response.status(), url).toBe(200);
    expect(response.headers()["content-type"], url).toMatch(/javascript/);
    expect(response.headers()["cache-control"], url).toBe("public, max-age=31536000, immutable");
    expect(await response.text(), url).not.toContain("sourceMappingURL");
  }
});

test("the recommendation form keeps Next.js's scripts: it is a React form", async ({ page }) => {
  const scripts = await scriptsOf(page, "/recommander?page=%2F");
  expect(scripts.some((script) => script.url.startsWith("/_next/static/"))).toBe(true);
});

test.describe("on a phone", () => {
  test.use({ viewport: { width: 375, height: 740 } });

  test("the DSFR's script opens the header's menu and closes it with Escape, without React", async ({ page }) => {
    await page.goto("/actualites");
    const menuButton = page.getByRole("button", { name: "Menu" });
    await expect(menuButton).toBeVisible();
    const menu = page.locator("#header-menu-modal-fr-header");
    await expect(menu).toBeHidden();
    // The DSFR's script marks what it has started; a click before that does nothing.
    await expect(page.locator("html")).toHaveAttribute("data-fr-js", "true");
    await menuButton.click();
    await expect(menu).toBeVisible();
    await expect(menu.getByRole("link", { name: "Nous contacter" })).toBeVisible();
    await page.keyboard.press("Escape");
    await expect(menu).toBeHidden();
    await expect(menuButton).toBeFocused();
  });
});
