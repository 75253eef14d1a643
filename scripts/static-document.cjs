// Public pages sent as documents, without Next.js's scripts; required by scripts/next-server-preload.cjs.
//
// A reader's page needs almost no JavaScript: the DSFR's own script drives the header's menus and
// modals, and a small script of ours the share panel (components/browser/public-page.ts). Hydrating
// the page with React, Next's router and the page's flight data cost 187 KB of compressed
// JavaScript, a second of main-thread work on a phone, and half the bytes of the HTML. So the
// public pages that the page cache may keep (the same list: scripts/page-cache.cjs) and the 404
// page lose Next's scripts, its script preloads and its flight data, and get those two scripts
// instead (named with their content's hash in public/assets/manifest.json, written by
// scripts/build-browser-assets.mjs). Links are plain links: each page is a whole document, served
// from the page cache. Pages with a form of their own (the recommendation form, the back office)
// keep Next.js's scripts. See docs/decisions/0019-public-pages-without-hydration.md.
"use strict";

const { readFileSync } = require("node:fs");
const path = require("node:path");
const zlib = require("node:zlib");
const { decodeBody } = require("./decode-body.cjs");
const { holdResponse, isHtml } = require("./held-response.cjs");
const { ERROR_SHELL } = require("./not-found-document.cjs");
const { isCandidate } = require("./page-cache.cjs");

const NEXT_SCRIPT = /<script\b[^>]*\ssrc="\/_next\/[^"]*"[^>]*>\s*<\/script\s*>/gi;
const SCRIPT_PRELOAD = /<link\b(?=[^>]*\srel="(?:preload|modulepreload)")(?=[^>]*\sas="script")[^>]*>/gi;
const INLINE_SCRIPT = /<script\b(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script\s*>/gi;
// The flight data (self.__next_f) and Turbopack's list of chunks: Next's, read by its scripts only.
const NEXT_INLINE = /^\s*\(?(?:self\.__next_f\b|\(globalThis\["TURBOPACK"\])/;
const STATUSES = new Set([200, 404, 410]);
const ROUTER_ONLY_HEADERS = ["link", "x-nextjs-prerender", "x-nextjs-stale-time"];

/** The scripts a public page gets instead of Next's, or null when they were not built. */
function readManifest(file = path.join(process.cwd(), "public", "assets", "manifest.json")) {
  try {
    const manifest = JSON.parse(readFileSync(file, "utf8"));
    if (typeof manifest.dsfrModule !== "string" || typeof manifest.dsfrNoModule !== "string" || typeof manifest.site !== "string") return null;
    return manifest;
  } catch {
    return null;
  }
}

/** Deferred, and fetched after what the first paint needs (styles, fonts, the largest image). */
function scriptsFor(manifest) {
  return (
    `<script type="module" fetchpriority="low" src="${manifest.dsfrModule}"></script>` +
    `<script nomodule="" src="${manifest.dsfrNoModule}"></script>` +
    `<script type="module" fetchpriority="low" src="${manifest.site}"></script>`
  );
}

/** The page without Next.js's scripts, with ours at the end of its head. Unchanged if it has no head. */
function staticDocument(html, manifest) {
  const headEnd = html.indexOf("</head>");
  // Already sent this way (the 404 page, asked of this server by scripts/not-found-document.cjs).
  if (headEnd === -1 || ERROR_SHELL.test(html.slice(0, 64)) || html.includes(manifest.site)) return html;
  const withOurs = `${html.slice(0, headEnd)}${scriptsFor(manifest)}${html.slice(headEnd)}`;
  return withOurs
    .replace(NEXT_SCRIPT, "")
    .replace(SCRIPT_PRELOAD, "")
    .replace(INLINE_SCRIPT, (script, body) => (NEXT_INLINE.test(body) ? "" : script));
}

/** Whether a request's answer is a public page sent without Next.js's scripts. */
function isStaticDocumentRequest(request) {
  if (request.method !== "GET" || typeof request.url !== "string") return false;
  return request.url === "/_not-found" || isCandidate(request);
}

function encode(body, encoding) {
  switch (encoding) {
    case "gzip":
      return zlib.gzipSync(body, { level: 6 });
    case "br":
      return zlib.brotliCompressSync(body, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 5 } });
    case "deflate":
      return zlib.deflateSync(body);
    default:
      return body;
  }
}

function createStaticDocuments({ manifest = readManifest() } = {}) {
  /** Watches the response of a public page and sends it without Next.js's scripts. */
  function apply(request, response) {
    if (!manifest || !isStaticDocumentRequest(request)) return;
    holdResponse(response, {
      hold: () => STATUSES.has(response.statusCode) && isHtml(response),
      onEnd(body, send) {
        try {
          const encoding = String(response.getHeader("content-encoding") ?? "identity").toLowerCase();
          const html = decodeBody(body, encoding).toString("utf8");
          // Headers for Next.js's router and its early hints: a document without the router needs
          // none, and each costs every answer (the page cache's and nginx's) its bytes.
          for (const name of ROUTER_ONLY_HEADERS) response.removeHeader(name);
          const stripped = staticDocument(html, manifest);
          if (stripped === html) return send(body);
          const encoded = encode(Buffer.from(stripped, "utf8"), encoding);
          response.removeHeader("content-length");
          return send(encoded);
        } catch {
          // A body that cannot be read is sent as Next.js made it: a page that hydrates.
          return send(body);
        }
      },
    });
  }
  return { apply, enabled: manifest !== null };
}

module.exports = { createStaticDocuments, staticDocument, isStaticDocumentRequest, readManifest };
