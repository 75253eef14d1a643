import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { REFERENCE_TITLE } from "./helpers";
import { seedSlugs } from "./seed-slugs";

const ARTICLE = `/actualites/${seedSlugs.reference}`;
const toggle = (page: Page) => page.getByRole("button", { name: "Recommander cette page" });

test("the panel opens and closes by keyboard, focus going into it and back to its button", async ({ page }) => {
  await page.goto(ARTICLE);
  const button = toggle(page);
  await expect(button).toHaveAttribute("aria-expanded", "false");
  const panel = page.locator(`#${await button.getAttribute("aria-controls")}`);
  await expect(panel).toBeHidden();

  await button.focus();
  await page.keyboard.press("Enter");
  await expect(button).toHaveAttribute("aria-expanded", "true");
  await expect(panel).toBeVisible();
  await expect(page.getByRole("button", { name: "Copier le lien" })).toBeFocused();

  await page.keyboard.press("Tab");
  await expect(page.getByRole("link", { name: "Par courriel" })).toBeFocused();
  await page.keyboard.press("Escape");
  await expect(panel).toBeHidden();
  await expect(button).toHaveAttribute("aria-expanded", "false");
  await expect(button).toBeFocused();

  await page.keyboard.press("Space");
  await expect(panel).toBeVisible();
  await page.keyboard.press("Shift+Tab");
  await expect(page.getByRole("button", { name: "Fermer" })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(panel).toBeHidden();
  await expect(button).toBeFocused();
});

test("Copier le lien copies the canonical URL and the confirmation is announced", async ({ page, context, baseURL }) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: baseURL });
  await page.goto(`${ARTICLE}?utm_source=lettre`);
  await toggle(page).click();
  await page.getByRole("button", { name: "Copier le lien" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Lien copié" })).toHaveText("Lien copié dans le presse-papiers.");
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${baseURL}${ARTICLE}`);
});

test("Par courriel is a mailto with a French subject, the title, the chapô and the canonical URL", async ({ page, baseURL }) => {
  await page.goto(ARTICLE);
  await toggle(page).click();
  const href = (await page.getByRole("link", { name: "Par courriel" }).getAttribute("href"))!;
  const [, query] = href.split("?");
  const params = Object.fromEntries(query!.split("&").map((pair) => pair.split("=").map(decodeURIComponent) as [string, string]));
  expect(params.subject).toMatch(/^À lire sur le site .+ : /);
  expect(params.subject).toContain(REFERENCE_TITLE);
  expect(params.body).toContain(REFERENCE_TITLE);
  expect(params.body).toContain("Réunis à l’ENSP hier");
  expect(params.body).toContain(`${baseURL}${ARTICLE}`);
  await expect(page.getByRole("link", { name: "Envoyer à un proche" })).toHaveAttribute("href", `/recommander?page=${encodeURIComponent(ARTICLE)}`);
  await expect(page.getByRole("link", { name: "Partager sur LinkedIn (nouvelle fenêtre)" })).toHaveAttribute(
    "href",
    `https://www.linkedin.com/sharing/share-offsite/?url=${encodeURIComponent(`${baseURL}${ARTICLE}`)}`,
  );
});

test("axe finds no WCAG 2.1 A/AA violation with the panel open, nor after a wrong Mastodon instance", async ({ page }) => {
  await page.goto(ARTICLE);
  await toggle(page).click();
  const axe = async () => {
    const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
  };
  await axe();
  await page.getByLabel(/votre instance/).fill("localhost");
  await page.getByRole("button", { name: "Partager sur Mastodon (nouvelle fenêtre)" }).click();
  await expect(page.getByText("Indiquez le nom de votre instance Mastodon")).toBeVisible();
  await expect(page.getByLabel(/votre instance/)).toBeFocused();
  await axe();
});

test("no public page makes a request to another host until a share link is clicked", async ({ page, context, baseURL }) => {
  const own = new URL(baseURL!).host;
  const outside: string[] = [];
  context.on("request", (request) => {
    const url = new URL(request.url());
    if (url.protocol.startsWith("http") && url.host !== own) outside.push(request.url());
  });
  // The network is not there in tests: answer for LinkedIn, so that the click has somewhere to go.
  await context.route("https://www.linkedin.com/**", (route) => route.fulfill({ status: 200, contentType: "text/plain", body: "LinkedIn" }));
  const pages = ["/", "/actualites", ARTICLE, "/rubriques/partenariats", "/mots-cles/securite-privee", "/nous-contacter", "/accessibilite", "/mentions-legales", "/plan-du-site"];
  for (const path of pages) {
    await page.goto(path);
    await toggle(page).click();
    await expect(page.getByRole("link", { name: "Par courriel" })).toBeVisible();
    await page.waitForLoadState("networkidle");
  }
  expect(outside).toEqual([]);

  const popup = context.waitForEvent("page");
  await page.getByRole("link", { name: "Partager sur LinkedIn (nouvelle fenêtre)" }).click();
  await (await popup).waitForLoadState();
  expect(outside.map((url) => new URL(url).host)).toEqual(["www.linkedin.com"]);
});

test("the search and error pages have no panel", async ({ page }) => {
  await page.goto("/recherche?q=securite");
  await expect(page.getByRole("heading", { level: 1 })).toHaveCount(1);
  await expect(toggle(page)).toHaveCount(0);
  await page.goto("/page-qui-n-existe-pas");
  await expect(toggle(page)).toHaveCount(0);
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the panel is a visible list of plain links, and Mastodon a form answered by a redirect", async ({ page, context, baseURL }) => {
    await page.goto(ARTICLE);
    await expect(page.getByRole("heading", { level: 2, name: "Recommander cette page" })).toBeVisible();
    await expect(toggle(page)).toHaveCount(0);
    await expect(page.getByRole("link", { name: "Par courriel" })).toBeVisible();
    await expect(page.getByRole("link", { name: "Envoyer à un proche" })).toBeVisible();
    for (const network of ["LinkedIn", "X", "Facebook", "Bluesky", "WhatsApp"]) {
      await expect(page.getByRole("link", { name: `Partager sur ${network} (nouvelle fenêtre)` })).toBeVisible();
    }
    await expect(page.getByRole("button", { name: "Copier le lien" })).toHaveCount(0);

    await page.getByLabel(/votre instance/).fill("127.0.0.1");
    await page.getByRole("button", { name: "Partager sur Mastodon" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Instance Mastodon invalide");
    await page.getByRole("link", { name: /Retour à la page/ }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(REFERENCE_TITLE);

    await context.route("https://mastodon.social/**", (route) => route.fulfill({ status: 200, contentType: "text/plain", body: "Mastodon" }));
    await page.getByLabel(/votre instance/).fill("mastodon.social");
    await page.getByRole("button", { name: "Partager sur Mastodon" }).click();
    await expect(page).toHaveURL(/^https:\/\/mastodon\.social\/share\?text=/);
    expect(new URL(page.url()).searchParams.get("text")).toBe(`${REFERENCE_TITLE} ${baseURL}${ARTICLE}`);
  });
});
