import { randomBytes, randomUUID } from "node:crypto";
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { hash } from "@node-rs/argon2";
import { expect, test } from "@playwright/test";
import { sql, startBenchSite, type BenchSite } from "../../../scripts/bench-site";
import { nginxAvailable, startKiosqueProxy, type Nginx } from "../../../scripts/nginx";
import { startRoundRobinProxy } from "../../support/round-robin-proxy";
import { goneEverywhere, shownEverywhere, timeUntilAll, type ArticleOnSite } from "../public-surfaces";
import { press, publication, unpublish, uniqueWord, writeDraft } from "../admin/newsroom-steps";
import { signIn } from "../admin/support";

// From the click on one instance to the last public place showing it on every instance.
const WITHIN_MS = Number(process.env.INSTANCES_WITHIN_MS ?? 1_000);
// Through deploy/nginx/kiosque.conf, whose micro-cache keeps a page to the end of the second it was
// answered in (X-Accel-Expires from scripts/page-cache.cjs): one second more at most.
const MICRO_CACHE_MS = 1_000;
// CI installs nginx (.ci/run) and requires this part; elsewhere it runs when nginx is there.
const withNginx = nginxAvailable() || process.env.CI === "true";

/**
 * Two Kiosque instances on one database, behind a proxy that alternates between them, each with
 * its own memory cache: what is published through one must show through the other and through the
 * proxy within a second (lib/cache/cache-handler.cjs shares invalidations through PostgreSQL).
 */
test("two instances behind a proxy: a publication and an unpublication through one show through the other instance and the proxy within one second, and through deploy/nginx's micro-cache a second later at most", async ({ browser }) => {
  test.setTimeout(420_000);
  const uploads = await mkdtemp(path.join(os.tmpdir(), "kiosque-shared-uploads-"));
  // The folder both instances write their pages to and nginx serves first (scripts/static-pages.cjs).
  const pagesDir = await mkdtemp(path.join(os.tmpdir(), "kiosque-shared-pages-"));
  const proxy = await startRoundRobinProxy();
  // What several instances must share: the secrets, the uploads, the public address.
  const shared = {
    AUTH_SECRET: randomBytes(32).toString("base64url"),
    KIOSQUE_ENCRYPTION_KEY: randomBytes(32).toString("base64url"),
    KIOSQUE_UPLOADS_DIR: uploads,
    KIOSQUE_DIST_DIR: ".next-e2e",
    SITE_URL: proxy.url,
    TRUSTED_PROXY_HOPS: "1",
    KIOSQUE_STATIC_PAGES_DIR: pagesDir,
  };
  const sites: BenchSite[] = [];
  let nginx: Nginx | undefined;
  try {
    const first = await startBenchSite({ name: "instance-a", env: shared });
    sites.push(first);
    const second = await startBenchSite({ name: "instance-b", databaseUrl: first.databaseUrl, env: shared });
    sites.push(second);
    proxy.backends.push(first.baseURL, second.baseURL);
    if (withNginx) nginx = await startKiosqueProxy([first.baseURL, second.baseURL], undefined, pagesDir);

    const editor = { email: `instances-${Date.now()}@ecole.example`, password: randomUUID() };
    await sql(first.databaseUrl, `INSERT INTO "User" (id, email, name, "passwordHash", role, "updatedAt") VALUES ($1, $2, 'Deux instances', $3, 'EDITOR', now())`, [
      `inst${Date.now().toString(36)}`.padEnd(25, "0"),
      editor.email,
      await hash(editor.password),
    ]);

    const word = uniqueWord("instances");
    const draft = { title: `Deux instances ${Date.now()}`, excerpt: `Le mot ${word} pour la recherche.`, text: "Écrit sur une instance, lu sur l’autre.", category: "Partenariats", tag: "sécurité privée" };
    const article = (slug: string): ArticleOnSite => ({ slug, title: draft.title, categorySlug: "partenariats", tagSlug: "securite-privee", searchWord: word });
    // Every public place once through each instance, so that both hold it in their caches.
    for (const base of [first.baseURL, second.baseURL]) for (const check of shownEverywhere(article("x"))) await fetch(new URL(check.path, base));
    const throughNginx = (checks: typeof shownEverywhere, slug: string) => checks(article(slug)).filter((check) => check.name === "article" || check.name === "accueil");
    if (nginx) {
      for (const check of throughNginx(shownEverywhere, "x")) await fetch(new URL(check.path, nginx.url));
      // nginx answers the second request from the file an instance wrote, with the instances' headers.
      const home = await fetch(nginx.url);
      expect(home.headers.get("x-micro-cache")).toBe("FILE");
      const fromInstance = await fetch(first.baseURL);
      for (const name of ["content-type", "x-content-type-options", "referrer-policy", "x-frame-options", "permissions-policy", "cross-origin-opener-policy"]) {
        expect(home.headers.get(name), name).toBe(fromInstance.headers.get(name));
      }
      // Its policy is in the page: the page's own scripts run, nothing is refused.
      const reader = await browser.newContext({ baseURL: nginx.url });
      const readerPage = await reader.newPage();
      const refused: string[] = [];
      readerPage.on("console", (message) => {
        if (/Content Security Policy/i.test(message.text())) refused.push(message.text());
      });
      await readerPage.goto("/");
      await expect(readerPage.getByRole("button", { name: "Recommander cette page" })).toBeVisible();
      await expect(readerPage.locator("html")).toHaveAttribute("data-fr-js", "true");
      expect(refused).toEqual([]);
      await reader.close();
    }

    // The editor works on the first instance only.
    const context = await browser.newContext({ baseURL: first.baseURL, locale: "fr-FR" });
    const page = await context.newPage();
    await signIn(page, editor);
    const { slug } = await writeDraft(page, draft);

    // Read through the other instance (every public place) and through the proxy (the article):
    // the writer's own instance is what tests/e2e/admin/visible-everywhere.spec.ts times.
    const reads = (checks: typeof shownEverywhere, since: number) =>
      Promise.all([
        timeUntilAll(second.baseURL, checks(article(slug)), { since, timeoutMs: WITHIN_MS }),
        timeUntilAll(proxy.url, checks(article(slug)).filter((check) => check.name === "article"), { since, timeoutMs: WITHIN_MS }),
        nginx ? timeUntilAll(nginx.url, throughNginx(checks, slug), { since, timeoutMs: WITHIN_MS + MICRO_CACHE_MS }) : null,
      ]);
    const since = await press(page, "Publier");
    const published = await reads(shownEverywhere, since);
    await expect(publication(page).getByRole("button", { name: "Dépublier", exact: true })).toBeVisible();

    const withdrawnSince = await unpublish(page);
    const withdrawn = await reads(goneEverywhere, withdrawnSince);
    test.info().annotations.push({ type: "published (second instance, proxy, nginx)", description: JSON.stringify(published) });
    test.info().annotations.push({ type: "withdrawn (second instance, proxy, nginx)", description: JSON.stringify(withdrawn) });
    await context.close();
  } finally {
    await nginx?.stop();
    await proxy.close();
    for (const site of sites.reverse()) await site.stop();
    await rm(uploads, { recursive: true, force: true });
    await rm(pagesDir, { recursive: true, force: true });
  }
});
