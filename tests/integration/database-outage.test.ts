/**
 * PostgreSQL stopped under a running production site (scripts/start.ts on a PostgreSQL 15 server
 * of the test's own): pages already cached are still served; the others, route handlers, server
 * actions and the back office answer a French 503 with Retry-After and no stack trace; the writes
 * in flight are all-or-nothing; the outage is logged once each way; and when PostgreSQL returns,
 * everything answers again by itself, without restarting the site.
 */
import { spawnSync } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freeLocalPort } from "@/lib/embedded-postgres";
import { applyMigrations } from "@/lib/migrations";
import { postgres15Available, startPostgres15, type Postgres15 } from "../support/postgres15";
import { actionId, callAction, holdSiteSlot, root, sessionCookie, sql, startSite, TEST_AUTH_SECRET, TEST_ENCRYPTION_KEY, withDatabase, type TestSite } from "../support/site";

const ADMIN = "admin@kiosque.localhost";
const BROWSER = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/140.0 Safari/537.36";
let server: Postgres15 | undefined;
let site: TestSite | undefined;
let dataDir: string | undefined;
let databaseUrl: string;
let releaseSlot: (() => Promise<void>) | undefined;

const get = (path: string, cookie?: string) => fetch(`${site!.baseURL}${path}`, { redirect: "manual", headers: cookie ? { Cookie: cookie } : {} });

function expectUnavailablePage(response: Response, body: string): void {
  expect(response.status).toBe(503);
  expect(response.headers.get("retry-after")).toBe("30");
  expect(response.headers.get("cache-control")).toContain("no-store");
  expect(body).toContain("Service temporairement indisponible");
  expectNoInternals(body);
}

function expectNoInternals(body: string): void {
  expect(body).not.toMatch(/\n\s+at |ECONNREFUSED|prisma|PrismaClient|node_modules|P1001/i);
}

async function until(check: () => Promise<boolean>, timeoutMs: number): Promise<number> {
  const started = Date.now();
  while (Date.now() - started < timeoutMs) {
    if (await check().catch(() => false)) return Date.now() - started;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`toujours pas au bout de ${timeoutMs} ms`);
}

beforeAll(async () => {
  if (!postgres15Available || process.env.TEST_DATABASE_URL) return;
  releaseSlot = await holdSiteSlot();
  server = await startPostgres15();
  await sql(server.url, "CREATE DATABASE kiosque_outage");
  databaseUrl = withDatabase(server.url, "kiosque_outage");
  dataDir = await mkdtemp(path.join(os.tmpdir(), "kiosque-outage-"));
  // A server behind DATABASE_URL gets no demo content from `npm start`: the articles come from
  // `npm run db:seed -- --demo`, as the README says.
  await applyMigrations(databaseUrl);
  const seeded = spawnSync(process.execPath, ["--conditions=react-server", "--import", "tsx", "prisma/seed.ts", "--demo"], {
    cwd: root,
    env: { ...process.env, DATABASE_URL: databaseUrl, KIOSQUE_DATA_DIR: dataDir, AUTH_SECRET: TEST_AUTH_SECRET, KIOSQUE_ENCRYPTION_KEY: TEST_ENCRYPTION_KEY, ADMIN_PASSWORD: "mot-de-passe-des-tests-de-pannes" },
    encoding: "utf8",
  });
  expect(seeded.status, seeded.stderr).toBe(0);
  // With SMTP_URL the background loop looks at the outbox every few seconds and listens for
  // NOTIFY: it meets the outage too (nothing listens on that port; mails simply wait).
  site = await startSite({ dataDir, databaseUrl, env: { SMTP_URL: `smtp://127.0.0.1:${await freeLocalPort()}` } });
}, 600_000);

afterAll(async () => {
  await site?.stop();
  await server?.destroy();
  if (dataDir) await rm(dataDir, { recursive: true, force: true });
  await releaseSlot?.();
}, 120_000);

describe.skipIf(!postgres15Available || Boolean(process.env.TEST_DATABASE_URL))("PostgreSQL stopped while the site runs", () => {
  it("serves cached pages, answers a French 503 elsewhere, keeps writes whole and recovers by itself", async () => {
    const articles = await sql<{ slug: string; title: string; id: string; version: number }>(
      databaseUrl,
      `SELECT slug, title, id, version FROM "Article" WHERE status = 'PUBLISHED' AND "publishedAt" <= now() ORDER BY "publishedAt" DESC LIMIT 2`,
    );
    const [cached, uncached] = articles;
    expect(uncached).toBeDefined();
    const cookie = await sessionCookie(databaseUrl, ADMIN);
    const saveId = await actionId("app/admin/(espace)/articles/actions.ts", "createArticleAction");

    // Warm: the first article enters the page cache; the back office works.
    expect((await get(`/actualites/${cached!.slug}`)).status).toBe(200);
    const warm = await get(`/actualites/${cached!.slug}`);
    expect(warm.status).toBe(200);
    expect(warm.headers.get("x-nextjs-cache")).toBe("HIT");
    expect((await get("/admin", cookie)).status).toBe(200);
    const before = await callAction(site!, { id: saveId, page: "/admin/articles/nouveau", cookie, args: [{ title: "Écrit avant la panne" }] });
    expect(before.status).toBe(200);
    expect(before.result).toMatchObject({ status: "success" });

    // A burst of article creations (article, working copy, revision, audit entry: one transaction
    // each) runs while PostgreSQL stops under it.
    const acknowledged: string[] = [];
    let burstRunning = true;
    const burst = (async () => {
      for (let i = 0; burstRunning; i++) {
        const answer = await callAction(site!, { id: saveId, page: "/admin/articles/nouveau", cookie, args: [{ title: `Rafale pendant la panne ${i}` }] }).catch(() => null);
        const result = answer?.result as { status?: string; data?: { id?: string } } | undefined;
        if (answer?.status === 200 && result?.status === "success" && result.data?.id) acknowledged.push(result.data.id);
      }
    })();
    await until(async () => acknowledged.length >= 3, 30_000);
    server!.stop();
    const outageStarted = Date.now();

    const article = await get(`/actualites/${cached!.slug}`);
    expect(article.status).toBe(200);
    expect(await article.text()).toContain(cached!.title.slice(0, 20));

    for (const [page, cookieFor] of [
      [`/actualites/${uncached!.slug}`, undefined],
      ["/recherche?q=police", undefined],
      ["/admin", cookie],
      ["/admin/articles", cookie],
    ] as const) {
      const response = await get(page, cookieFor);
      expectUnavailablePage(response, await response.text());
    }

    // A route handler (the share beacon) and a server action (the editor's) answer 503 too; the
    // action's answer is its French message that nothing was saved.
    const beacon = await fetch(`${site!.baseURL}/api/partages`, {
      method: "POST",
      headers: { "Content-Type": "text/plain", Origin: site!.baseURL, "Sec-Fetch-Site": "same-origin", "User-Agent": BROWSER, Referer: `${site!.baseURL}/actualites/${uncached!.slug}` },
      body: JSON.stringify({ page: `/actualites/${uncached!.slug}`, channel: "LINKEDIN" }),
    });
    expect(beacon.status).toBe(503);
    expect(beacon.headers.get("retry-after")).toBe("30");
    const during = await callAction(site!, { id: saveId, page: "/admin/articles/nouveau", cookie, args: [{ title: "Pendant la panne" }] });
    expect(during.status).toBe(503);
    expect(during.headers.get("retry-after")).toBe("30");
    expect(during.result).toMatchObject({ status: "error", message: expect.stringContaining("rien n’a été enregistré") });
    expectNoInternals(during.body);

    // Long enough for the background loop to meet the outage several times (it polls every 5 s).
    await new Promise((resolve) => setTimeout(resolve, Math.max(0, 12_000 - (Date.now() - outageStarted))));
    expect(site!.child.exitCode).toBeNull();

    server!.start();
    const recovered = await until(async () => {
      const [page, admin] = await Promise.all([get(`/actualites/${uncached!.slug}`), get("/admin", cookie)]);
      return page.status === 200 && admin.status === 200;
    }, 15_000);
    expect(recovered).toBeLessThan(15_000);
    console.log(`[panne] tout répond de nouveau ${recovered} ms après le redémarrage de PostgreSQL`);
    const search = await get("/recherche?q=police");
    expect(search.status).toBe(200);
    expect(search.headers.get("retry-after")).toBeNull();
    burstRunning = false;
    await burst;

    // Every acknowledged creation is there, each with its audit entry, and no audit entry lost its
    // article: a transaction the outage cut left nothing behind.
    const rows = await sql<{ id: string; audits: number }>(
      databaseUrl,
      `SELECT a.id, (SELECT count(*)::int FROM "AuditLog" l WHERE l."targetId" = a.id AND l.action = 'article.created') AS audits
         FROM "Article" a WHERE a.title LIKE 'Rafale pendant la panne %'`,
    );
    const stored = new Set(rows.map((row) => row.id));
    for (const id of acknowledged) expect(stored.has(id)).toBe(true);
    for (const row of rows) expect(row.audits).toBe(1);
    expect(await sql(databaseUrl, `SELECT 1 FROM "AuditLog" l WHERE l.action = 'article.created' AND NOT EXISTS (SELECT 1 FROM "Article" a WHERE a.id = l."targetId")`)).toEqual([]);
    expect(await sql(databaseUrl, `SELECT 1 FROM "Article" WHERE title = 'Pendant la panne'`)).toEqual([]);

    // One line when the database went away and one when it came back, per process (the server
    // and the start script's background loop), and no error line per request or per round.
    // The background loop looks again within its 5-second poll.
    const count = (event: string) => (site!.output().match(new RegExp(`"event":"${event}"`, "g")) ?? []).length;
    await until(async () => count("database_back") === count("database_unavailable"), 15_000);
    // Which process said what, and when: what a failure needs to be understood.
    const events = site!.output().split("\n").filter((line) => /"event":"database_(unavailable|back)"/.test(line));
    expect(count("database_unavailable"), events.join("\n")).toBeGreaterThanOrEqual(1);
    expect(count("database_unavailable"), events.join("\n")).toBeLessThanOrEqual(2);
    const output = site!.output();
    expect(output).not.toMatch(/"event":"(request_error|server_error|action_error|background_loop_failed|outbox_listen_failed|outbox_listen_lost)"/);
    expect(output).not.toMatch(/\n\s+at /);
  }, 240_000);
});
