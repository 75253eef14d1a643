import { AsyncLocalStorage } from "node:async_hooks";
import { createRequire } from "node:module";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

/**
 * The cache handler's shared invalidation, against the real database: a tag revalidated here is
 * published on PostgreSQL, and a tag published by another instance expires this process's
 * entries. The browser test tests/e2e/instances/two-instances.spec.ts proves the same end to end
 * with two servers and a proxy.
 */
const require = createRequire(import.meta.url);
type Handler = {
  revalidateTag(tags: string | string[], durations?: { expire?: number }): Promise<void>;
  set(key: string, data: object, ctx: object): Promise<void>;
  get(key: string, ctx: object): Promise<{ value: unknown; lastModified: number } | null>;
};
type HandlerClass = (new (ctx: object) => Handler) & {
  cacheTagsState: { origin: string; listener: unknown; received: number };
  memoryCache?: { get(key: string): unknown };
};
const KiosqueCacheHandler = require("../../lib/cache/cache-handler.cjs") as HandlerClass;
const { areTagsExpired } = require("next/dist/server/lib/incremental-cache/tags-manifest.external") as { areTagsExpired(tags: string[], timestamp: number): boolean };

const CHANNEL = "kiosque_cache_tags";
let listener: pg.Client;
const heard: { origin: string; tags: string[] }[] = [];

async function eventually(check: () => boolean, message: string, timeoutMs = 5_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(message);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

beforeAll(async () => {
  listener = new pg.Client({ connectionString: process.env.DATABASE_URL });
  listener.on("notification", (message) => {
    if (message.channel !== CHANNEL || !message.payload) return;
    try {
      heard.push(JSON.parse(message.payload));
    } catch {
      // the test's own malformed payload
    }
  });
  await listener.connect();
  await listener.query(`LISTEN ${CHANNEL}`);
  new KiosqueCacheHandler({ revalidatedTags: [], _requestHeaders: {} });
  await eventually(() => KiosqueCacheHandler.cacheTagsState.listener !== null, "le gestionnaire de cache n'écoute pas");
});

afterAll(async () => {
  await listener.end();
});

describe("the cache handler's shared invalidation", () => {
  it("publishes every tag it revalidates, with its own origin, in chunks under NOTIFY's size limit", async () => {
    const handler = new KiosqueCacheHandler({ revalidatedTags: [], _requestHeaders: {} });
    const many = Array.from({ length: 600 }, (_, i) => `article:un-article-au-titre-assez-long-${i}`);
    const before = Date.now() - 1;
    await handler.revalidateTag(many, { expire: 0 });
    await eventually(() => heard.flatMap((h) => h.tags).length >= many.length, "publication incomplète");
    expect(heard.every((h) => h.origin === KiosqueCacheHandler.cacheTagsState.origin)).toBe(true);
    expect(heard.length).toBeGreaterThan(1);
    expect(heard.flatMap((h) => h.tags)).toEqual(many);
    // Applied here too, at once.
    expect(areTagsExpired([many[0]!], before)).toBe(true);
  });

  it("expires this process's entries for a tag another instance revalidated", async () => {
    const entryWrittenAt = Date.now() - 1;
    expect(areTagsExpired(["articles-autre-instance"], entryWrittenAt)).toBe(false);
    const received = KiosqueCacheHandler.cacheTagsState.received;
    await listener.query("SELECT pg_notify($1, $2)", [CHANNEL, JSON.stringify({ origin: "une-autre-instance", tags: ["articles-autre-instance"], durations: { expire: 0 } })]);
    await eventually(() => KiosqueCacheHandler.cacheTagsState.received > received, "invalidation non reçue");
    await eventually(() => areTagsExpired(["articles-autre-instance"], entryWrittenAt), "entrée non expirée");
    expect(((globalThis as { __kiosqueDroppedAt?: Map<string, number> }).__kiosqueDroppedAt ?? new Map()).has("articles-autre-instance")).toBe(true);
  });

  it("ignores its own publications and what is not one", async () => {
    const received = KiosqueCacheHandler.cacheTagsState.received;
    await listener.query("SELECT pg_notify($1, $2)", [CHANNEL, JSON.stringify({ origin: KiosqueCacheHandler.cacheTagsState.origin, tags: ["les-miennes"] })]);
    await listener.query("SELECT pg_notify($1, $2)", [CHANNEL, "pas du JSON"]);
    await listener.query("SELECT pg_notify($1, $2)", [CHANNEL, JSON.stringify({ origin: "x", tags: "pas une liste" })]);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(KiosqueCacheHandler.cacheTagsState.received).toBe(received);
    expect(areTagsExpired(["les-miennes"], Date.now() - 10_000)).toBe(false);
  });

  it("keeps no page from a request that began before one of its tags was dropped: the next request renders it again", async () => {
    const requests = new AsyncLocalStorage<{ startedAt: number }>();
    const globals = globalThis as { __kiosqueResponseStatus?: AsyncLocalStorage<{ startedAt: number }> };
    globals.__kiosqueResponseStatus = requests;
    try {
      const handler = new KiosqueCacheHandler({ revalidatedTags: [], _requestHeaders: {}, maxMemoryCacheSize: 1 << 20 });
      const page = (html: string) => ({ kind: "APP_PAGE", html, rscData: Buffer.from(""), status: 200, headers: { "x-next-cache-tags": "_N_T_/layout,articles-course,article:un-article" } });
      const ctx = { cacheControl: { revalidate: 3600, expire: 31536000 } };
      // A render that read before a publication and stores its page after the drop.
      await requests.run({ startedAt: performance.now() }, async () => {
        await handler.revalidateTag(["articles-course"], { expire: 0 });
        await handler.set("/actualites/course-avant", page("avant"), ctx);
      });
      expect(KiosqueCacheHandler.memoryCache?.get("/actualites/course-avant")).toBeUndefined();
      // The next request, begun after the drop, is kept.
      await requests.run({ startedAt: performance.now() }, () => handler.set("/actualites/course-avant", page("après"), ctx));
      expect(KiosqueCacheHandler.memoryCache?.get("/actualites/course-avant")).toMatchObject({ value: { html: "après" } });
      // A drop of a tag the page does not carry leaves it alone.
      await requests.run({ startedAt: performance.now() }, async () => {
        await handler.revalidateTag(["rubrique:une-autre"], { expire: 0 });
        await handler.set("/actualites/course-sans-rapport", page("gardée"), ctx);
      });
      expect(KiosqueCacheHandler.memoryCache?.get("/actualites/course-sans-rapport")).toMatchObject({ value: { html: "gardée" } });
    } finally {
      delete globals.__kiosqueResponseStatus;
    }
  });

  it("keeps the optimizer's resized images, which Next's memory store refuses, until the next invalidation of anything", async () => {
    const handler = new KiosqueCacheHandler({ revalidatedTags: [], _requestHeaders: {}, maxMemoryCacheSize: 1 << 20 });
    const image = { kind: "IMAGE", etag: "e", buffer: Buffer.alloc(10_000, 7), extension: "avif", upstreamEtag: "u", revalidate: 31536000 };
    const ctx = { kind: "IMAGE", cacheControl: { revalidate: 31536000 } };
    await handler.set("image-cle", image, ctx);
    const kept = await handler.get("image-cle", { kind: "IMAGE", isFallback: false });
    expect(kept?.value).toBe(image);
    expect(kept?.lastModified).toBeGreaterThan(Date.now() - 5_000);
    expect(await handler.get("une-autre-image", { kind: "IMAGE", isFallback: false })).toBeNull();
    // An article unpublished, a picture replaced: whatever the write, the resized copies go with it.
    await handler.revalidateTag(["article:depublie"], { expire: 0 });
    expect(await handler.get("image-cle", { kind: "IMAGE", isFallback: false })).toBeNull();
  });
});
