// Next.js's incremental cache for Kiosque (next.config.ts `cacheHandler`). Plain CommonJS: Next
// requires it at run time, outside the bundles.
//
// Entries stay in each server process's memory (Next's own file-system cache with
// `isrFlushToDisk: false`): no instance ever reads a page or a data entry that another rendered
// from another database or another SITE_URL, and nothing under .next changes at run time.
// Invalidation is shared: every revalidateTag() is applied here and published with PostgreSQL
// NOTIFY on the site's own database; every other instance listening on it applies the same tags
// within milliseconds. An instance whose listening connection drops cannot know what it missed:
// it empties its memory cache when it reconnects. See docs/decisions/0015-several-instances.md.
"use strict";

const { randomUUID } = require("node:crypto");
const FileSystemCache = require("next/dist/server/lib/incremental-cache/file-system-cache").default;
const { createByteLru } = require("./byte-lru.cjs");

const CHANNEL = "kiosque_cache_tags";
// NOTIFY payloads are limited to 8000 bytes: tags are sent in chunks well under it.
const MAX_PAYLOAD = 7000;
const RECONNECT_MS = [250, 500, 1000, 2000, 5000];

const state = (globalThis.__kiosqueCacheTags ??= {
  origin: randomUUID(),
  listener: null,
  publisher: null,
  connecting: null,
  failures: 0,
  stopped: false,
  received: 0,
});

function log(event, fields) {
  process.stdout.write(`${JSON.stringify({ time: new Date().toISOString(), level: "info", event, ...fields })}\n`);
}

// The same settling as lib/revalidate.ts gives its own writes (see there why a render straddling
// an invalidation needs the tags dropped again): once this process's requests in flight have
// ended (at most SETTLE_CAP_MS), then LAST_DROP_MS later.
const SETTLE_CAP_MS = 10_000;
const LAST_DROP_MS = 2_000;
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms).unref());

// Next's image optimizer keeps its resized images on disk under the build, which `isrFlushToDisk:
// false` turns off, or through this handler (kind IMAGE, `images.customCacheHandler` in
// next.config.ts), whose file-system cache's memory store refuses them ("invariant image should not
// be incremental-cache"): without this, every /_next/image request resized its picture again, about
// 125 ms of CPU for an article's photo. They are kept here, in memory like the rest, least recently
// used first within IMAGE_CACHE_BYTES.
const IMAGE_CACHE_BYTES = Number(process.env.KIOSQUE_IMAGE_CACHE_MB ?? 64) * 1024 * 1024;
// On globalThis: Next may load this module more than once, and every copy must empty the same store.
const images = (globalThis.__kiosqueImageCache ??= createByteLru(IMAGE_CACHE_BYTES));

// Whole pages kept in front of Next.js (scripts/page-cache.cjs) do not know their tags: any
// invalidation empties them. So are the resized images: one of an article unpublished since must
// not outlive it (app/medias answers its file to staff only; the optimizer asks as no one).
function clearPageCache() {
  globalThis.__kiosquePageCache?.clear();
  images.clear();
}

/** Notes when this process dropped each tag (lib/cache-guard.ts reads the same map). */
function noteDropped(tags) {
  const dropped = (globalThis.__kiosqueDroppedAt ??= new Map());
  const now = performance.now();
  for (const tag of tags) dropped.set(tag, now);
}

/** Applies tags revalidated elsewhere to this process's tag manifest, as if revalidated here. */
async function applyLocally(tags, durations) {
  noteDropped(tags);
  await FileSystemCache.prototype.revalidateTag.call({}, tags, durations);
  clearPageCache();
}

/** Another instance's write: applied now, and again once what was rendering here has ended. */
async function applyRemote(tags, durations) {
  await applyLocally(tags, durations);
  const inFlight = globalThis.__kiosqueRequestsInFlight;
  await Promise.race([inFlight ? inFlight() : sleep(300), sleep(SETTLE_CAP_MS)]);
  await applyLocally(tags, durations);
  await sleep(LAST_DROP_MS);
  await applyLocally(tags, durations);
}

function emptyMemory() {
  clearPageCache();
  // The static memory store of Next's file-system cache (one per process), an LRU over a Map.
  const memory = FileSystemCache.memoryCache;
  if (!memory?.cache) return;
  for (const key of [...memory.cache.keys()]) memory.remove(key);
}

/** The site's database, except while `next build` prerenders: a build shares nothing and must exit. */
function databaseUrl() {
  if (process.env.NEXT_PHASE === "phase-production-build") return "";
  return process.env.DATABASE_URL || "";
}

async function connectListener() {
  if (state.stopped || !databaseUrl()) return;
  const { Client } = require("pg");
  const client = new Client({ connectionString: databaseUrl() });
  client.on("notification", (message) => {
    if (message.channel !== CHANNEL || !message.payload) return;
    try {
      const { origin, tags, durations } = JSON.parse(message.payload);
      if (origin === state.origin || !Array.isArray(tags)) return;
      state.received++;
      applyRemote(tags, durations ?? undefined).catch(() => {});
    } catch {
      // Not ours: ignore.
    }
  });
  client.on("error", () => {
    // "end" follows; the reconnection happens there.
  });
  client.on("end", () => {
    if (state.listener !== client) return;
    state.listener = null;
    scheduleReconnect();
  });
  await client.connect();
  await client.query(`LISTEN ${CHANNEL}`);
  const hadListened = state.failures > 0;
  state.listener = client;
  state.failures = 0;
  // Invalidations published while this process was not listening are lost to it: start afresh.
  if (hadListened) {
    emptyMemory();
    log("cache_tags_listening_again", { note: "cache mémoire vidé : des invalidations ont pu être manquées" });
  }
}

function scheduleReconnect() {
  if (state.stopped) return;
  const delay = RECONNECT_MS[Math.min(state.failures, RECONNECT_MS.length - 1)];
  state.failures++;
  setTimeout(() => {
    ensureListener().catch(() => scheduleReconnect());
  }, delay).unref();
}

function ensureListener() {
  if (state.listener || state.stopped) return Promise.resolve();
  state.connecting ??= connectListener()
    .catch((error) => {
      state.connecting = null;
      throw error;
    })
    .finally(() => {
      state.connecting = null;
    });
  return state.connecting;
}

function publisher() {
  if (!state.publisher) {
    const { Pool } = require("pg");
    state.publisher = new Pool({ connectionString: databaseUrl(), max: 2, idleTimeoutMillis: 30_000, allowExitOnIdle: true });
    state.publisher.on("error", () => {
      // An idle connection lost: the pool opens another at the next publication.
    });
  }
  return state.publisher;
}

function chunks(tags) {
  const out = [];
  let current = [];
  for (const tag of tags) {
    if (current.length && JSON.stringify([...current, tag]).length > MAX_PAYLOAD) {
      out.push(current);
      current = [];
    }
    current.push(tag);
  }
  if (current.length) out.push(current);
  return out;
}

async function publish(tags, durations) {
  if (!databaseUrl()) return;
  for (const part of chunks(tags)) {
    const payload = JSON.stringify({ origin: state.origin, tags: part, durations: durations ?? null });
    await publisher().query("SELECT pg_notify($1, $2)", [CHANNEL, payload]);
  }
}

/**
 * Whether an entry comes from a request that began before one of the entry's tags was last dropped
 * (lib/cache-guard.ts's clock): its render may have read what the write replaced. Next.js would
 * keep it as fresh, stamped with the moment it is stored, and serve the old page until the next
 * drop; it is not stored, and the next request renders again. Background renders with no request
 * are left to the drops that lib/revalidate.ts and applyRemote() repeat.
 */
function renderedBeforeADrop(data, ctx) {
  const startedAt = globalThis.__kiosqueResponseStatus?.getStore()?.startedAt;
  const dropped = globalThis.__kiosqueDroppedAt;
  if (typeof startedAt !== "number" || !dropped || dropped.size === 0) return false;
  const header = data?.headers?.["x-next-cache-tags"];
  const tags = [...(typeof header === "string" ? header.split(",") : []), ...(ctx?.tags ?? []), ...(ctx?.softTags ?? [])];
  return tags.some((tag) => (dropped.get(tag) ?? Number.NEGATIVE_INFINITY) > startedAt);
}

class KiosqueCacheHandler extends FileSystemCache {
  constructor(ctx) {
    super(ctx);
    // The first request starts listening; a failure is retried in the background.
    ensureListener().catch(() => scheduleReconnect());
  }

  async get(key, ctx) {
    if (ctx?.kind === "IMAGE") return images.get(key) ?? null;
    return super.get(key, ctx);
  }

  async set(key, data, ctx) {
    if (ctx?.kind === "IMAGE") {
      if (data) images.set(key, { value: data, lastModified: Date.now(), bytes: (data.buffer?.length ?? 0) + key.length });
      return;
    }
    if (renderedBeforeADrop(data, ctx)) return;
    return super.set(key, data, ctx);
  }

  async revalidateTag(tags, durations) {
    const list = typeof tags === "string" ? [tags] : tags;
    noteDropped(list);
    await super.revalidateTag(list, durations);
    clearPageCache();
    if (list.length === 0) return;
    try {
      await publish(list, durations);
    } catch (error) {
      // The other instances will see the change when their entries' lifetime ends; this one
      // already has. Said once per failure, without the database's address.
      log("cache_tags_publish_failed", { message: error instanceof Error ? error.message : String(error) });
    }
  }
}

module.exports = KiosqueCacheHandler;
module.exports.cacheTagsState = state;
// For a process outside Next.js that changes public content (npm run import:wordpress): every
// instance listening drops these tags, as if one of them had revalidated them.
module.exports.publishTags = (tags) => publish(tags, { expire: 0 });

// For work that ends outside any request, in a server process (the back office's WordPress import,
// run after its response was sent, where next/cache's revalidateTag has no request to attach to):
// this process drops the tags as it would another instance's, and every other instance is told.
globalThis.__kiosqueRevalidateEverywhere = async (tags) => {
  await publish(tags, { expire: 0 });
  await applyRemote(tags, { expire: 0 });
};
