/**
 * The XSS corpus (tests/fixtures/xss-payloads.txt, 266 payloads from PayloadsAllTheThings) written
 * through the back office's write layer into every field staff can fill — article title, chapô,
 * body nodes and link targets, image alt text, caption and credit, category, tag and site names,
 * the settings — then every public page, feed and back-office page that shows them opened in
 * Chromium, with the search query and the recommendation form typed by a visitor: nothing runs.
 */
import { execFile } from "node:child_process";
import { randomUUID } from "node:crypto";
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { expect, test, type Browser, type Page } from "@playwright/test";
import { startBenchSite, type BenchSite } from "../../scripts/bench-site";
import { BODY_ARTICLES, PAYLOADS } from "./corpus";
import { armContext, inspect, type Sightings } from "./sentinels";
import type { CorpusManifest } from "./write-corpus";

const ADMIN = { email: "admin@kiosque.localhost", password: randomUUID() };
let site: BenchSite;
let dataDir: string;
let corpus: CorpusManifest;

test.beforeAll(async () => {
  test.setTimeout(240_000);
  dataDir = await mkdtemp(path.join(os.tmpdir(), "kiosque-xss-"));
  const options = { name: "xss", dataDir, env: { ADMIN_PASSWORD: ADMIN.password } };
  site = await startBenchSite(options);
  const { stdout } = await promisify(execFile)(
    process.execPath,
    ["--import", "tsx", "--import", "./tests/attacks/next-outside-request.mjs", "tests/attacks/write-corpus.ts"],
    { env: { ...process.env, DATABASE_URL: site.databaseUrl, KIOSQUE_DATA_DIR: site.dataDir, NODE_ENV: "production" }, maxBuffer: 64 * 1024 * 1024 },
  );
  corpus = JSON.parse(stdout.trim().split("\n").at(-1)!) as CorpusManifest;
  // The corpus was written beside the server, not through it: started again, it reads it all afresh.
  await site.stop();
  site = await startBenchSite(options);
});

test.afterAll(async () => {
  await site?.stop();
  if (dataDir) await rm(dataDir, { recursive: true, force: true });
});

/**
 * Opens each path in an armed page and inspects it. Without a check, the paths are shared among
 * TABS pages of the same armed context, which keeps both cores busy (each page waits on the
 * server as much as it computes).
 */
const TABS = 3;

async function visit(page: Page, paths: string[], sightings: Sightings, check?: (path: string) => Promise<void>): Promise<void> {
  const started = Date.now();
  const tabs = check ? [page] : [page, ...(await Promise.all(Array.from({ length: TABS - 1 }, () => page.context().newPage())))];
  await Promise.all(
    tabs.map(async (tab, index) => {
      for (const path of paths.filter((_, position) => position % tabs.length === index)) {
        const response = await tab.goto(`${site.baseURL}${path}`, { waitUntil: "load" });
        expect(response?.status(), path).toBeLessThan(400);
        await check?.(path);
        await inspect(tab, sightings);
      }
    }),
  );
  await Promise.all(tabs.slice(1).map((tab) => tab.close()));
  console.log(`${paths.length} pages en ${((Date.now() - started) / 1000).toFixed(1)} s (${paths[0]}…)`);
}

test("the corpus was written: every field took payloads, and what a schema refused has a French message", () => {
  expect(PAYLOADS.length).toBeGreaterThanOrEqual(200);
  expect(corpus.articles.length).toBeGreaterThan(50);
  expect(corpus.categories.length).toBeGreaterThan(50);
  expect(corpus.tags.length).toBeGreaterThan(50);
  expect(corpus.sites.length).toBeGreaterThan(10);
  expect(corpus.refused.length).toBeGreaterThan(0);
  for (const refusal of corpus.refused) expect(refusal.message, refusal.field).toMatch(/caractères au plus|adresse électronique|une seule ligne|caractères de contrôle/);
});

/** A page in a context armed with the sentinels, and what they saw. */
async function armedPage(browser: Browser): Promise<{ page: Page; sightings: Sightings; close: () => Promise<void> }> {
  const sightings: Sightings = [];
  // Without the Content-Security-Policy: the corpus must prove that escaping alone keeps every
  // payload inert. The policy is a second wall, proven by tests/e2e/security-headers.spec.ts.
  const context = await browser.newContext({ bypassCSP: true });
  await armContext(context, site.baseURL, sightings);
  return { page: await context.newPage(), sightings, close: () => context.close() };
}

test("the sentinels see a payload that runs, and one that waits for a click", async ({ browser }) => {
  const { page, sightings, close } = await armedPage(browser);
  await page.goto(`${site.baseURL}/`);
  await page.evaluate(() => {
    document.body.insertAdjacentHTML("beforeend", `<img src="/x.png" onerror="alert('vu')"><a href="javascript:void 0" onmouseover="x()">a</a>`);
  });
  await page.waitForTimeout(500);
  await inspect(page, sightings);
  expect(sightings.join("\n")).toMatch(/alert\(vu\)/);
  expect(sightings.join("\n")).toMatch(/attribut onmouseover/);
  expect(sightings.join("\n")).toMatch(/href="javascript:void 0"/);
  await close();
});

test("home, listings, contact and every article: no payload runs, titles read literally", async ({ browser }) => {
  test.setTimeout(180_000);
  const { page, sightings, close } = await armedPage(browser);
  // Home, listing pages, contact, and the fixed pages whose head and footer carry the settings.
  await visit(page, ["/", "/actualites", "/actualites?page=2", "/nous-contacter", "/plan-du-site", "/accessibilite", "/mentions-legales"], sightings, async (path) => {
    if (path === "/") await expect(page).toHaveTitle(corpus.settings.siteName);
  });
  await expect(page.getByText(corpus.sites[0]!, { exact: false }).first()).toBeAttached();
  // Every article: its title as the page's heading, word for word.
  await visit(page, corpus.articles.map((article) => `/actualites/${article.slug}`), sightings, async (path) => {
    const article = corpus.articles.find((candidate) => path.endsWith(`/${candidate.slug}`))!;
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(article.title);
  });
  expect(sightings).toEqual([]);
  await close();
});

test("category and tag pages and the feeds: no payload runs, names read literally", async ({ browser }) => {
  test.setTimeout(180_000);
  const { page, sightings, close } = await armedPage(browser);
  // Every category and tag that has an article (the others answer 404), the category's name as the heading.
  await visit(page, corpus.categories.slice(0, corpus.articles.length).map((category) => `/rubriques/${category.slug}`), sightings, async (path) => {
    const category = corpus.categories.find((candidate) => path.endsWith(`/${candidate.slug}`))!;
    await expect(page.getByRole("heading", { level: 1 })).toContainText(category.name);
  });
  await visit(page, corpus.tags.slice(0, corpus.articles.length + 1).map((tag) => `/mots-cles/${tag.slug}`), sightings);
  // Feeds and sitemaps as Chromium shows them.
  await visit(page, ["/flux/rss.xml", "/flux/atom.xml", `/rubriques/${corpus.categories[0]!.slug}/rss.xml`, `/mots-cles/${corpus.tags[1]!.slug}/atom.xml`, "/sitemap.xml", "/sitemap-actualites.xml"], sightings);
  expect(sightings).toEqual([]);
  await close();
});

test("every payload as a search query: nothing runs, the query is shown as typed", async ({ browser }) => {
  // 266 searches: 2.5 to 4 minutes on a shared 2-core machine.
  test.setTimeout(480_000);
  const { page, sightings, close } = await armedPage(browser);
  const searches = PAYLOADS.map((payload) => `/recherche?q=${encodeURIComponent(payload)}`);
  await visit(page, searches.slice(0, 1), sightings, async () => {
    await expect(page.locator(`main input[name="q"]`)).toHaveValue(PAYLOADS[0]!);
  });
  await visit(page, searches.slice(1), sightings);
  expect(sightings).toEqual([]);
  await close();
});

test("the recommendation form: payloads as the sender's name and message are refused or kept as text", async ({ browser }) => {
  test.setTimeout(120_000);
  const { page, sightings, close } = await armedPage(browser);
  const target = `/actualites/${corpus.articles[0]!.slug}`;
  for (const [index, payload] of [PAYLOADS[0]!, PAYLOADS[11]!, PAYLOADS[120]!, PAYLOADS.at(-1)!].entries()) {
    await page.goto(`${site.baseURL}/recommander?page=${encodeURIComponent(target)}`);
    await page.getByLabel("Adresse électronique du destinataire").fill(`camille.durand${index}@exemple.fr`);
    await page.getByLabel("Votre nom").fill(payload.slice(0, 60));
    await page.getByLabel("Votre message (facultatif)").fill(PAYLOADS.slice(index * 5, index * 5 + 5).join(" ").slice(0, 500));
    await page.waitForTimeout(3_100); // the form's minimum fill time
    await page.getByRole("button", { name: "Envoyer la recommandation" }).click();
    await expect(page.getByRole("alert").first()).toBeVisible();
    await inspect(page, sightings);
  }
  expect(sightings).toEqual([]);
  await close();
});

test("the back office: lists, the editor and the journal show the payloads as text", async ({ browser }) => {
  test.setTimeout(180_000);
  const { page, sightings, close } = await armedPage(browser);
  await page.goto(`${site.baseURL}/admin/connexion`);
  await page.getByLabel("Adresse électronique").fill(ADMIN.email);
  await page.getByLabel("Mot de passe").fill(ADMIN.password);
  await page.getByRole("button", { name: "Se connecter" }).click();
  await expect(page).toHaveURL(/\/admin$/);
  await inspect(page, sightings);

  const pages = (path: string, count: number) => Array.from({ length: count }, (_, index) => `${path}?page=${index + 1}`);
  // Every list page that holds a corpus row: 30 articles, 50 tags and 24 media a page.
  await visit(page, [...pages("/admin/articles", 4), "/admin/rubriques", ...pages("/admin/mots-cles", 4), "/admin/sites", "/admin/reglages", ...pages("/admin/medias", 4), "/admin/journal", "/admin/statistiques"], sightings);

  // The editor builds its content in the browser (TipTap): each article's body holds other payloads.
  for (const article of corpus.articles.slice(0, BODY_ARTICLES)) {
    await page.goto(`${site.baseURL}/admin/articles/${article.id}`);
    await expect(page.getByLabel("Titre", { exact: true })).toHaveValue(article.title);
    await expect(page.locator(".ProseMirror")).toBeVisible();
    await inspect(page, sightings);
  }
  expect(sightings).toEqual([]);
  await close();
});
