// The page cache in front of Next.js, required by scripts/next-server-preload.cjs.
//
// Public pages are the same for every reader, so their whole answer — status, headers with the
// Content-Security-Policy, and the body already compressed in gzip and brotli — is kept in this
// process's memory and sent again without reaching Next.js. A cache HIT inside Next.js still costs
// its router, its render of the stored entry, the policy's hashing and a gzip of the page at each
// request (several milliseconds, docs/decisions/0017-page-cache.md); this one costs the lookup and
// one write. Pages rendered per request (home, listings, search) are kept the same way.
//
// Any invalidation empties it: lib/cache/cache-handler.cjs calls clear() on every revalidateTag of
// this process and on every one received from another instance, and a render that began before an
// invalidation is never stored. An entry also ends when the next scheduled article becomes due
// (lib/public/schedule.ts records that moment), and after an hour at most.
"use strict";

const { createHash, randomUUID } = require("node:crypto");
const zlib = require("node:zlib");
const { decodeBody } = require("./decode-body.cjs");
const { createByteLru } = require("../lib/cache/byte-lru.cjs");
const { holdResponse } = require("./held-response.cjs");

const HOUR_MS = 3_600_000;
// lib/public/schedule.ts's MIN_TTL_SECONDS: the shortest life of an entry whose end is not known.
const MIN_TTL_MS = 5_000;
const MIN_COMPRESSED_BYTES = 1024;

/** The public addresses whose answer depends on nothing but the URL. */
const CACHEABLE = [
  /^\/$/,
  /^\/actualites(?:\/[^/]+)?$/,
  /^\/(?:rubriques|mots-cles)\/[^/]+(?:\/(?:rss|atom)\.xml)?$/,
  /^\/(?:nous-contacter|plan-du-site|mentions-legales|accessibilite|recherche)$/,
  /^\/flux\/(?:rss|atom)\.xml$/,
  /^\/sitemap(?:-actualites)?\.xml$/,
  /^\/sitemaps\/[^/]+$/,
  /^\/robots\.txt$/,
];

// A client-side navigation, a prefetch or a server action: an RSC payload, not the page.
const ROUTER_HEADERS = ["rsc", "next-action", "next-router-prefetch", "next-router-state-tree", "next-router-segment-prefetch", "next-url"];

// Headers that belong to one answer, not to the page.
const PER_RESPONSE = new Set(["date", "x-request-id", "x-accel-expires", "x-kiosque-cache", "content-length", "content-encoding", "transfer-encoding", "connection", "keep-alive", "vary"]);

const COMPRESSIBLE = /^(?:text\/|application\/(?:xml|rss\+xml|atom\+xml|json|ld\+json|javascript))/i;

const REQUEST_ID = /^[A-Za-z0-9._:-]{8,128}$/;

function pathOf(url) {
  const end = url.indexOf("?");
  return end === -1 ? url : url.slice(0, end);
}

/**
 * How long a proxy's micro-cache (deploy/nginx/kiosque.conf) may keep this answer: to the end of the
 * current second of the clock, as nginx counts time in whole seconds ("@" and a Unix time: fresh
 * while nginx's second is not past it). Its own "1s" would keep a copy stored at 10.9 s until 12.0 s;
 * this one ends at 11.0 s, so a publication shows through the proxy within a second. nginx takes the
 * header for itself and never passes it on.
 */
function microCacheUntil(now) {
  return `@${Math.floor(now / 1000)}`;
}

/** Whether a request may be answered from, and stored in, the page cache. */
function isCandidate(request) {
  if (request.method !== "GET" && request.method !== "HEAD") return false;
  const url = request.url;
  if (typeof url !== "string" || url.includes("_rsc=")) return false;
  for (const name of ROUTER_HEADERS) if (request.headers[name] !== undefined) return false;
  const path = pathOf(url);
  return CACHEABLE.some((pattern) => pattern.test(path));
}

/** The encoding to send: brotli, then gzip, then none, as the client accepts (q=0 refuses). */
function chooseEncoding(acceptEncoding) {
  if (typeof acceptEncoding !== "string" || acceptEncoding === "") return "identity";
  const accepted = new Set();
  for (const part of acceptEncoding.toLowerCase().split(",")) {
    const [name, ...params] = part.trim().split(";");
    const q = params.map((p) => p.trim()).find((p) => p.startsWith("q="));
    if (q && Number(q.slice(2)) === 0) continue;
    accepted.add(name.trim());
  }
  if (accepted.has("br")) return "br";
  if (accepted.has("gzip") || accepted.has("*")) return "gzip";
  return "identity";
}

function etagMatches(ifNoneMatch, etag) {
  if (typeof ifNoneMatch !== "string" || !etag) return false;
  const weakless = (value) => value.trim().replace(/^W\//, "");
  return ifNoneMatch.trim() === "*" || ifNoneMatch.split(",").some((value) => weakless(value) === weakless(etag));
}

/** How long an answer may be kept, from its Cache-Control and the next scheduled publication. */
function lifetimeMs(cacheControl, now) {
  let ms = HOUR_MS;
  const sMaxAge = /(?:^|,)\s*s-maxage=(\d+)/i.exec(String(cacheControl ?? ""));
  if (sMaxAge) ms = Math.min(ms, Number(sMaxAge[1]) * 1000);
  const next = globalThis.__kiosqueNextPublicationAt;
  if (next === undefined) ms = Math.min(ms, MIN_TTL_MS);
  else if (next !== null) ms = Math.min(ms, Math.max(MIN_TTL_MS, next - now));
  return ms;
}

/**
 * `files`: scripts/static-pages.cjs when KIOSQUE_STATIC_PAGES_DIR is set: each page kept is also
 * written there for nginx, and emptied with the rest.
 */
function createPageCache({ maxBytes = 64 * 1024 * 1024, files = null } = {}) {
  const entries = createByteLru(maxBytes);
  let generation = 0;
  const stats = { hits: 0, misses: 0, stored: 0, cleared: 0, written: 0 };

  function clear() {
    entries.clear();
    generation++;
    stats.cleared++;
    files?.clear();
  }

  function lookup(key, now) {
    const entry = entries.get(key);
    if (!entry) return undefined;
    if (entry.expiresAt <= now) {
      entries.delete(key);
      return undefined;
    }
    return entry;
  }

  function store(key, entry) {
    if (!entries.set(key, entry)) return;
    stats.stored++;
    if (files?.write(key, entry)) stats.written++;
  }

  function makeEntry(statusCode, headers, body, now) {
    const kept = [];
    let etag;
    let cacheControl;
    let contentType = "";
    let vary = [];
    for (const [name, value] of Object.entries(headers)) {
      // Next's own Vary (RSC and router headers) is kept for the caches downstream, with Accept-Encoding.
      if (name === "vary" && value !== undefined) vary = String(value).split(",").map((part) => part.trim()).filter(Boolean);
      if (value === undefined || PER_RESPONSE.has(name)) continue;
      if (name === "etag") etag = String(value);
      if (name === "cache-control") cacheControl = String(value);
      if (name === "content-type") contentType = String(value);
      kept.push([name, value]);
    }
    if (!etag) {
      etag = `"${createHash("sha1").update(body).digest("base64url")}"`;
      kept.push(["etag", etag]);
    }
    const compressible = COMPRESSIBLE.test(contentType) && body.length >= MIN_COMPRESSED_BYTES;
    const gzip = compressible ? zlib.gzipSync(body, { level: 6 }) : null;
    const br = compressible ? zlib.brotliCompressSync(body, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 5, [zlib.constants.BROTLI_PARAM_SIZE_HINT]: body.length } }) : null;
    if (compressible && !vary.some((part) => part.toLowerCase() === "accept-encoding")) vary.push("Accept-Encoding");
    if (vary.length > 0) kept.push(["vary", vary.join(", ")]);
    return {
      statusCode,
      headers: kept,
      etag,
      bodies: { identity: body, gzip, br },
      bytes: body.length + (gzip?.length ?? 0) + (br?.length ?? 0) + 512,
      expiresAt: now + lifetimeMs(cacheControl, now),
    };
  }

  /** Sends an entry: the body in the best encoding the client takes, or 304 to a matching If-None-Match. */
  function send(entry, request, response) {
    const id = typeof request.headers["x-request-id"] === "string" && REQUEST_ID.test(request.headers["x-request-id"]) ? request.headers["x-request-id"] : randomUUID();
    for (const [name, value] of entry.headers) response.setHeader(name, value);
    response.setHeader("X-Request-Id", id);
    response.setHeader("X-Accel-Expires", microCacheUntil(Date.now()));
    response.setHeader("X-Kiosque-Cache", "HIT");
    if (response.hasHeader("x-nextjs-cache")) response.setHeader("x-nextjs-cache", "HIT");
    if (etagMatches(request.headers["if-none-match"], entry.etag)) {
      for (const name of ["content-type", "content-security-policy"]) response.removeHeader(name);
      response.writeHead(304);
      response.end();
      return;
    }
    const encoding = entry.bodies.gzip ? chooseEncoding(request.headers["accept-encoding"]) : "identity";
    const body = entry.bodies[encoding];
    if (encoding !== "identity") response.setHeader("Content-Encoding", encoding);
    response.setHeader("Content-Length", body.length);
    response.writeHead(entry.statusCode);
    if (request.method === "HEAD") response.end();
    else response.end(body);
  }

  /**
   * Answers the request from the cache (true), or prepares its response to be kept once Next.js has
   * answered it (false: the caller passes the request on).
   */
  function handle(request, response) {
    if (!isCandidate(request)) return false;
    const key = request.url;
    const now = Date.now();
    response.setHeader("X-Accel-Expires", microCacheUntil(now));
    const entry = lookup(key, now);
    if (entry) {
      stats.hits++;
      send(entry, request, response);
      return true;
    }
    stats.misses++;
    // A HEAD's answer has no body to keep; a GET is held and kept.
    if (request.method === "GET") capture(key, response);
    return false;
  }

  /** Holds a GET's answer to its end, sends it as Next.js made it, and keeps it when it may be. */
  function capture(key, response) {
    const startedIn = generation;
    holdResponse(response, {
      hold: () => true,
      onEnd(body, send) {
        response.setHeader("X-Kiosque-Cache", "MISS");
        const sent = send(body);
        // Kept once the head is written: the status is final only then (scripts/next-server-preload.cjs
        // turns a withdrawn article's answer into 410, and an unreachable database's into 503, there).
        const headers = response.getHeaders();
        if (response.statusCode === 200 && generation === startedIn && headers["set-cookie"] === undefined && headers["content-type"] !== undefined && body.length > 0) {
          try {
            const identity = decodeBody(body, String(headers["content-encoding"] ?? "identity").toLowerCase());
            store(key, makeEntry(response.statusCode, headers, identity, Date.now()));
          } catch {
            // A body that cannot be read back is sent, not kept.
          }
        }
        return sent;
      },
    });
  }

  return {
    handle,
    clear,
    stats: () => ({ ...stats, entries: entries.size, bytes: entries.bytes, generation }),
  };
}

module.exports = { createPageCache, chooseEncoding, isCandidate, lifetimeMs, microCacheUntil, ROUTER_HEADERS };
