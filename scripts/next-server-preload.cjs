// Preloaded (node --require) into the `next start` process by scripts/start.ts.
//
// Next.js 16.4 sends `Location` (and `x-nextjs-stale-time`) twice on the first, uncached render of
// an ISR page that redirects (vercel/next.js#82117): it sets the header while rendering, then
// appends the cached copy. Browsers cope, but proxies merge the pair into "/a, /a", a broken
// redirect. Appending a value a single-valued header already holds is skipped here.
const { ServerResponse } = require("node:http");

const SINGLE_VALUED = new Set(["location", "x-nextjs-stale-time"]);
const appendHeader = ServerResponse.prototype.appendHeader;

ServerResponse.prototype.appendHeader = function appendHeaderOnce(name, value) {
  if (SINGLE_VALUED.has(String(name).toLowerCase())) {
    const current = this.getHeader(name);
    if (current !== undefined && String(current) === String(value)) return this;
  }
  return appendHeader.call(this, name, value);
};

// Every request gets an id, logged with any error it meets (instrumentation.ts) and sent back as
// X-Request-Id; a well-formed id set by a proxy in front is kept. And the peer's address is
// recorded in a header of our own, overwriting any a client sent: X-Forwarded-For is the client's
// to write unless a trusted proxy sets it (lib/request-context.ts decides, with TRUSTED_PROXY_HOPS).
const http = require("node:http");
const { randomUUID } = require("node:crypto");

/**
 * A layer: `apply(request, response)` runs on each request before the layers set up earlier in
 * this file (and Next.js) see it, after those set up later.
 */
function beforeEachRequest(apply) {
  const emitBehind = http.Server.prototype.emit;
  http.Server.prototype.emit = function emitThroughLayer(event, request, response) {
    if (event === "request" && request && response) apply(request, response);
    return emitBehind.apply(this, arguments);
  };
}

const REQUEST_ID = /^[A-Za-z0-9._:-]{8,128}$/;
const emit = http.Server.prototype.emit;

http.Server.prototype.emit = function emitWithRequestContext(event, request, response) {
  if (event === "request" && request && request.headers) {
    const incoming = request.headers["x-request-id"];
    const id = typeof incoming === "string" && REQUEST_ID.test(incoming) ? incoming : randomUUID();
    request.headers["x-request-id"] = id;
    request.headers["x-kiosque-peer-address"] = request.socket?.remoteAddress ?? "";
    // The path asked for, so that the sign-in page can send a signed-out visitor back to it.
    request.headers["x-kiosque-url"] = typeof request.url === "string" ? request.url : "";
    if (response && !response.headersSent) response.setHeader("X-Request-Id", id);
  }
  return emit.apply(this, arguments);
};

// A status a page decides while rendering (lib/response-status.ts): 410 Gone for an article that
// was public and has been withdrawn. Next.js lets a page answer 404 or a redirect only, and serves
// cached pages without rendering them again: so the status a render decides is remembered for its
// path, in this process, beside the page cache of this process (emptied at every start), until the
// next render of that path says otherwise. See docs/decisions/0009-articles.md.
{
  const { AsyncLocalStorage } = require("node:async_hooks");
  // lib/database/unavailable-digest.ts's value (this file is plain CommonJS, loaded before the app).
  const RETRY_AFTER_SECONDS = 30;
  const UNAVAILABLE_PAGE = require("./unavailable-page.cjs");
  // Whatever writes first (a streamed write, or a whole body given to end()) settles the status
  // through writeHead below; a document answered 503 then gets the French page instead.
  const write = ServerResponse.prototype.write;
  const end = ServerResponse.prototype.end;
  const settle = (response) => {
    if (!response.headersSent && response.__kiosqueStatusState?.databaseUnavailable) response.writeHead(response.statusCode);
    return response.__kiosqueReplaceBody === true;
  };
  ServerResponse.prototype.write = function writeOrReplace(chunk, encoding, callback) {
    if (!settle(this)) return write.apply(this, arguments);
    const done = typeof encoding === "function" ? encoding : callback;
    if (typeof done === "function") process.nextTick(done);
    return true;
  };
  ServerResponse.prototype.end = function endOrReplace(chunk, encoding, callback) {
    if (!settle(this)) return end.apply(this, arguments);
    if (this.__kiosqueReplaced) return end.call(this, typeof chunk === "function" ? chunk : typeof encoding === "function" ? encoding : callback);
    this.__kiosqueReplaced = true;
    const done = [chunk, encoding, callback].find((arg) => typeof arg === "function");
    return end.call(this, UNAVAILABLE_PAGE, "utf8", done);
  };
  const decided = new AsyncLocalStorage();
  globalThis.__kiosqueResponseStatus = decided;
  const remembered = new Map();
  const pathOf = (url) => (typeof url === "string" ? url.split("?")[0] : "");

  const writeHead = ServerResponse.prototype.writeHead;
  ServerResponse.prototype.writeHead = function writeHeadWithDecidedStatus(statusCode, ...rest) {
    const state = this.__kiosqueStatusState;
    // The request met an unreachable database (lib/database/unavailable.ts marks it): whatever the
    // render made of it — the error page's 500, a server action's French message, a sign-in
    // redirect — the answer is 503 with Retry-After, never cached, and nothing is remembered.
    if (state && state.databaseUnavailable && typeof statusCode === "number") {
      statusCode = 503;
      this.statusCode = 503;
      this.setHeader("Retry-After", String(RETRY_AFTER_SECONDS));
      this.setHeader("Cache-Control", "no-store");
      this.removeHeader("location");
      // A document (not a router or server action payload, which the browser's error boundary and
      // forms read): the French page replaces Next.js's error shell.
      if (String(this.getHeader("content-type") ?? "").startsWith("text/html") && state.method !== "HEAD") {
        this.setHeader("Content-Type", "text/html; charset=utf-8");
        this.removeHeader("Content-Encoding");
        this.setHeader("Content-Length", Buffer.byteLength(UNAVAILABLE_PAGE));
        this.__kiosqueReplaceBody = true;
      }
      return writeHead.call(this, statusCode, ...rest);
    }
    if (state && typeof statusCode === "number" && statusCode < 300) {
      const path = pathOf(state.url);
      if (state.rendered) {
        if (state.status) remembered.set(path, state.status);
        else remembered.delete(path);
      }
      const status = remembered.get(path);
      if (status) {
        statusCode = status;
        this.statusCode = status;
      }
    }
    return writeHead.call(this, statusCode, ...rest);
  };

  // The requests being answered. lib/revalidate.ts drops a write's cache tags again once all those
  // in flight when it dropped them have ended: a render that read before the write and stored its
  // page after the drop is otherwise kept by Next.js as fresh. The caller's own request is left out.
  const inFlight = new Set();
  globalThis.__kiosqueRequestsInFlight = () => {
    const own = decided.getStore();
    return Promise.all([...inFlight].filter((state) => state !== own).map((state) => state.ended));
  };

  const emitWithStatus = http.Server.prototype.emit;
  http.Server.prototype.emit = function emitDecidingStatus(event, request, response) {
    if (event !== "request" || !response) return emitWithStatus.apply(this, arguments);
    // startedAt: lib/cache/cache-handler.cjs keeps no entry that this request read before a drop.
    const state = { url: request.url, method: request.method, rendered: false, status: null, startedAt: performance.now() };
    state.ended = new Promise((resolve) => response.once("close", resolve)).then(() => inFlight.delete(state));
    inFlight.add(state);
    response.__kiosqueStatusState = state;
    const args = arguments;
    return decided.run(state, () => emitWithStatus.apply(this, args));
  };
}

// A page's 404 is Next.js's empty error document: the server-rendered 404 page replaces it
// (scripts/not-found-document.cjs). Inside the layers below, which see the page that is sent.
{
  const { createNotFoundDocument } = require("./not-found-document.cjs");
  const notFoundDocument = createNotFoundDocument({ generation: () => globalThis.__kiosquePageCache?.stats().generation ?? 0 });
  beforeEachRequest(notFoundDocument.apply);
}

// Public pages are sent without Next.js's scripts, with the DSFR's and ours instead
// (scripts/static-document.cjs): outside the 404 document's layer, whose page it strips too, and
// inside the policy's and the page cache's, which see and keep the page that is sent.
{
  const { createStaticDocuments } = require("./static-document.cjs");
  const staticDocuments = createStaticDocuments();
  if (!staticDocuments.enabled) console.warn("[kiosque] public/assets/manifest.json manque : les pages publiques gardent les scripts de Next.js (npm run build le crée).");
  beforeEachRequest(staticDocuments.apply);
}

// Security headers decided at run time, where SITE_URL is known: the Content-Security-Policy with
// the hashes of each page's inline scripts (scripts/content-security-policy.cjs), and HSTS when
// the site is served over https. The static ones are in next.config.ts.
{
  const { applyContentSecurityPolicy } = require("./content-security-policy.cjs");
  const https = /^https:/i.test(process.env.SITE_URL ?? "");
  beforeEachRequest((_request, response) => {
    applyContentSecurityPolicy(response, https);
    if (https) response.setHeader("Strict-Transport-Security", "max-age=63072000; includeSubDomains");
  });
}

// The page cache (scripts/page-cache.cjs): a public page kept whole answers here, before
// everything above; a miss is held to its end, below everything above, and kept.
{
  const { createPageCache } = require("./page-cache.cjs");
  const megabytes = Number(process.env.KIOSQUE_PAGE_CACHE_MB ?? 64);
  // Pages written as files for nginx (deploy/nginx/kiosque.conf), emptied at start, page cache or
  // not: the database may have changed while no instance was running.
  let files = null;
  if (process.env.KIOSQUE_STATIC_PAGES_DIR) {
    const { createStaticPages } = require("./static-pages.cjs");
    files = createStaticPages({
      dir: process.env.KIOSQUE_STATIC_PAGES_DIR,
      https: /^https:/i.test(process.env.SITE_URL ?? ""),
      onError: (error) => process.stderr.write(`[kiosque] pages pour nginx : ${error instanceof Error ? error.message : String(error)}\n`),
    });
    files.clear();
  }
  if (megabytes > 0) {
    const pageCache = createPageCache({ maxBytes: megabytes * 1024 * 1024, files });
    globalThis.__kiosquePageCache = pageCache;
    const emitBehind = http.Server.prototype.emit;
    http.Server.prototype.emit = function emitFromPageCache(event, request, response) {
      if (event === "request" && response && pageCache.handle(request, response)) return true;
      return emitBehind.apply(this, arguments);
    };
  }
}

// Tests only (KIOSQUE_QUERY_LOG=<file>): every database query is counted against the request that
// caused it, and each request appends one JSON line { id, method, path, status, queries } to the file
// when it ends, so that a browser test can prove that a page served from cache cost no query.
// Outermost, so that a page answered by the page cache is counted too.
if (process.env.KIOSQUE_QUERY_LOG) {
  const { AsyncLocalStorage } = require("node:async_hooks");
  const { appendFileSync } = require("node:fs");
  const pg = require("pg");
  const perRequest = new AsyncLocalStorage();
  const query = pg.Client.prototype.query;
  pg.Client.prototype.query = function countedQuery() {
    const counter = perRequest.getStore();
    if (counter) counter.queries += 1;
    return query.apply(this, arguments);
  };
  const logFile = process.env.KIOSQUE_QUERY_LOG;
  const emitWithContext = http.Server.prototype.emit;
  http.Server.prototype.emit = function emitCountingQueries(event, request, response) {
    if (event !== "request" || !response) return emitWithContext.apply(this, arguments);
    const counter = { queries: 0 };
    response.once("finish", () => {
      const line = { id: request.headers["x-request-id"], method: request.method, path: request.url, status: response.statusCode, queries: counter.queries };
      appendFileSync(logFile, `${JSON.stringify(line)}\n`);
    });
    const args = arguments;
    return perRequest.run(counter, () => emitWithContext.apply(this, args));
  };
}
