/**
 * `kill -9` of the site (the start script and its Next.js server, with no clean-up) in the middle
 * of a burst of writes through the editor's real server actions — creations, autosaves,
 * publications —, then `npm start` again on the same data: it starts without a hand (the orphaned
 * embedded PostgreSQL, its postmaster.pid and the instance lock are dealt with) and every write
 * the server acknowledged is there. On the embedded PostgreSQL 17 and on a PostgreSQL 15 server.
 */
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freeLocalPort } from "@/lib/embedded-postgres";
import { postgres15Available, startPostgres15, type Postgres15 } from "../support/postgres15";
import { actionId, callAction, embeddedUrl, holdSiteSlot, sessionCookie, sql, startSite, withDatabase, type TestSite } from "../support/site";

const ADMIN = "admin@kiosque.localhost";
const cleanups: (() => Promise<void>)[] = [];

beforeAll(async () => {
  if (!process.env.TEST_DATABASE_URL) cleanups.push(await holdSiteSlot());
}, 600_000);

afterAll(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup().catch(() => undefined);
}, 120_000);

type Acknowledged = {
  created: Set<string>;
  /** the last save the server acknowledged, per article */
  saved: Map<string, { version: number; title: string }>;
  published: Set<string>;
};

const doc = (text: string) => ({ type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text }] }] });

async function burst(site: TestSite, databaseUrl: string, cookie: string, acknowledged: Acknowledged, running: () => boolean, worker: number): Promise<void> {
  const ids = {
    create: await actionId("app/admin/(espace)/articles/actions.ts", "createArticleAction"),
    save: await actionId("app/admin/(espace)/articles/actions.ts", "saveArticleAction"),
    publish: await actionId("app/admin/(espace)/articles/actions.ts", "publishArticleAction"),
  };
  for (let round = 0; running(); round++) {
    const created = await callAction(site, { id: ids.create, page: "/admin/articles/nouveau", cookie, args: [{ title: `Crash ${worker}-${round}` }] }).catch(() => null);
    const article = (created?.result as { status?: string; data?: { id: string; version: number } } | undefined)?.data;
    if (!article) continue;
    acknowledged.created.add(article.id);
    const [{ categoryId }] = (await sql<{ categoryId: string }>(databaseUrl, `SELECT "categoryId" FROM "Article" WHERE id = $1`, [article.id])) as [{ categoryId: string }];
    let version = article.version;
    for (let save = 0; save < 4 && running(); save++) {
      const title = `Crash ${worker}-${round}, sauvegarde ${save}`;
      const answer = await callAction(site, {
        id: ids.save,
        page: `/admin/articles/${article.id}`,
        cookie,
        args: [{ id: article.id, version, autosave: true, title, excerpt: "Un chapô écrit pendant la rafale.", body: doc(`Texte ${save}`), slug: "", slugAuto: true, categoryId, heroImageId: null, tagIds: [] }],
      }).catch(() => null);
      const saved = (answer?.result as { status?: string; data?: { version: number } } | undefined)?.data;
      if (!saved) break;
      version = saved.version;
      acknowledged.saved.set(article.id, { version, title });
    }
    const published = await callAction(site, { id: ids.publish, page: `/admin/articles/${article.id}`, cookie, args: [{ id: article.id, version }] }).catch(() => null);
    if ((published?.result as { status?: string } | undefined)?.status === "success") acknowledged.published.add(article.id);
  }
}

async function crashDuringBurst(options: { dataDir: string; databaseUrl: () => Promise<string>; externalUrl?: string; pgPort: number }): Promise<void> {
  const start = () => startSite({ dataDir: options.dataDir, databaseUrl: options.externalUrl, pgPort: options.pgPort });
  const site = await start();
  cleanups.push(() => site.stop());
  const databaseUrl = await options.databaseUrl();
  const cookie = await sessionCookie(databaseUrl, ADMIN);
  // A server behind DATABASE_URL starts without demo content: one category for the articles.
  await sql(databaseUrl, `INSERT INTO "Category" (id, slug, name, "updatedAt") VALUES ('rubriquedutestcrash000001', 'rubrique-crash', 'Rubrique du test', now()) ON CONFLICT DO NOTHING`);
  const acknowledged: Acknowledged = { created: new Set(), saved: new Map(), published: new Set() };
  let running = true;
  const workers = [0, 1, 2].map((worker) => burst(site, databaseUrl, cookie, acknowledged, () => running, worker));
  // Kill once the burst is well under way: writes are in flight at that instant.
  const deadline = Date.now() + 60_000;
  while (acknowledged.published.size < 3 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 50));
  await site.killHard();
  running = false;
  await Promise.all(workers);
  expect(acknowledged.published.size).toBeGreaterThanOrEqual(3);

  // Started again on the same data, with nobody cleaning anything up.
  const again = await start();
  cleanups.push(() => again.stop());
  // The embedded PostgreSQL outlived the kill: the new start found it and stopped it cleanly.
  if (!options.externalUrl) expect(again.output()).toContain("PostgreSQL orpheline");
  console.log(
    `[crash] acquittés avant le kill -9 : ${acknowledged.created.size} créations, ${acknowledged.saved.size} articles sauvegardés, ${acknowledged.published.size} publications`,
  );
  expect((await fetch(`${again.baseURL}/`)).status).toBe(200);
  expect((await fetch(`${again.baseURL}/admin`, { headers: { Cookie: cookie }, redirect: "manual" })).status).toBe(200);

  const rows = await sql<{ id: string; version: number; title: string; status: string; copy: string | null }>(
    await options.databaseUrl(),
    `SELECT a.id, a.version, a.title, a.status::text, w.title AS copy FROM "Article" a LEFT JOIN "ArticleWorkingCopy" w ON w."articleId" = a.id WHERE a.id = ANY($1)`,
    [[...acknowledged.created]],
  );
  const stored = new Map(rows.map((row) => [row.id, row]));
  for (const id of acknowledged.created) expect(stored.has(id), `article créé ${id}`).toBe(true);
  for (const [id, save] of acknowledged.saved) {
    const row = stored.get(id)!;
    // A later save may have committed just before the kill without its answer reaching us.
    expect(row.version).toBeGreaterThanOrEqual(save.version);
    if (row.version === save.version) expect(row.copy ?? row.title).toBe(save.title);
  }
  for (const id of acknowledged.published) expect(stored.get(id)!.status, `article publié ${id}`).toBe("PUBLISHED");
  // Each acknowledged publication is on the public site after the restart.
  const [first] = await sql<{ slug: string }>(await options.databaseUrl(), `SELECT slug FROM "Article" WHERE id = $1`, [[...acknowledged.published][0]]);
  expect((await fetch(`${again.baseURL}/actualites/${first!.slug}`)).status).toBe(200);
  await again.stop();
}

describe("kill -9 during a burst of writes", () => {
  it.skipIf(Boolean(process.env.TEST_DATABASE_URL))("keeps every acknowledged write on the embedded PostgreSQL and starts again alone", async () => {
    const dataDir = await mkdtemp(path.join(os.tmpdir(), "kiosque-crash-"));
    cleanups.push(() => rm(dataDir, { recursive: true, force: true }));
    const pgPort = await freeLocalPort();
    await crashDuringBurst({ dataDir, pgPort, databaseUrl: () => embeddedUrl(dataDir, pgPort) });
  }, 600_000);

  it.skipIf(!postgres15Available || Boolean(process.env.TEST_DATABASE_URL))("keeps every acknowledged write on a PostgreSQL server and starts again alone", async () => {
    const server: Postgres15 = await startPostgres15();
    cleanups.push(() => server.destroy());
    await sql(server.url, "CREATE DATABASE kiosque_crash");
    const url = withDatabase(server.url, "kiosque_crash");
    const dataDir = await mkdtemp(path.join(os.tmpdir(), "kiosque-crash-ext-"));
    cleanups.push(() => rm(dataDir, { recursive: true, force: true }));
    await crashDuringBurst({ dataDir, pgPort: await freeLocalPort(), externalUrl: url, databaseUrl: async () => url });
  }, 600_000);
});
