// The 404 page as a document, required by scripts/next-server-preload.cjs.
//
// Next.js 16 answers a page's notFound() with an empty error document (`<html id="__next_error__">`,
// vercel/next.js#62228): the 404 page exists only in the flight data and is drawn by the browser.
// A reader without JavaScript, a crawler and the page cache's copy would get a blank page. An
// unmatched URL does not have this defect: Next.js answers it from its /_not-found route
// (app/global-not-found.tsx), rendered on the server. So the empty document of a 404 is replaced by
// that one, asked of this same server. The status, and every header but the body's own, are kept.
"use strict";

const http = require("node:http");
const { decodeBody } = require("./decode-body.cjs");
const { holdResponse, isHtml } = require("./held-response.cjs");

const { ROUTER_HEADERS } = require("./page-cache.cjs");

const ERROR_SHELL = /^<!DOCTYPE html><html id="__next_error__"/i;
// The back office draws its own 404 (app/admin/(espace)/not-found.tsx) for signed-in staff.
const OWN_DOCUMENTS = /^\/(?:admin|api|_next|medias)(?:\/|$)/;
const REPLACEMENT_PATH = "/_not-found";
// One render serves the 404s of this many milliseconds: a flood of unknown addresses costs one
// render of the 404 page per period, not one per request.
const KEEP_MS = 10_000;

/** Whether a request's 404 could be Next.js's empty document, to be replaced. */
function isDocumentRequest(request) {
  if (request.method !== "GET" || typeof request.url !== "string") return false;
  if (request.url.includes("_rsc=") || OWN_DOCUMENTS.test(request.url)) return false;
  // A client-side navigation, a prefetch or a server action: the browser reads its flight data.
  return !ROUTER_HEADERS.some((name) => request.headers[name] !== undefined);
}

/** Asks this server for /_not-found, uncompressed, as the request's own host. */
function fetchNotFoundDocument(request) {
  const socket = request.socket;
  return new Promise((resolve, reject) => {
    const ask = http.get(
      {
        host: socket.localAddress === "::" ? "::1" : socket.localAddress,
        port: socket.localPort,
        path: REPLACEMENT_PATH,
        headers: { host: request.headers.host ?? "localhost", "accept-encoding": "identity", "x-forwarded-proto": request.headers["x-forwarded-proto"] ?? "http" },
        timeout: 10_000,
      },
      (answer) => {
        const chunks = [];
        answer.on("data", (chunk) => chunks.push(chunk));
        answer.on("end", () => {
          const body = Buffer.concat(chunks);
          const usable = answer.statusCode === 404 && /^text\/html\b/i.test(String(answer.headers["content-type"] ?? "")) && !ERROR_SHELL.test(body.toString("utf8", 0, 64));
          if (usable) resolve(body);
          else reject(new Error(`/_not-found a répondu ${answer.statusCode}`));
        });
        answer.on("error", reject);
      },
    );
    ask.on("timeout", () => ask.destroy(new Error("/_not-found n’a pas répondu à temps")));
    ask.on("error", reject);
  });
}

/**
 * Replaces the empty document of a GET's 404 by the server-rendered 404 page. `generation()` is the
 * page cache's: any invalidation (a change of the school's name, for one) renders the page again.
 */
function createNotFoundDocument({ generation = () => 0, fetchDocument = fetchNotFoundDocument } = {}) {
  let kept = null; // { body, generation, until }
  let pending = null;

  function documentFor(request) {
    const now = Date.now();
    const current = generation();
    if (kept && kept.generation === current && kept.until > now) return Promise.resolve(kept.body);
    pending ??= fetchDocument(request)
      .then((body) => {
        kept = { body, generation: current, until: Date.now() + KEEP_MS };
        return body;
      })
      .finally(() => {
        pending = null;
      });
    return pending;
  }

  /** Watches the response; a 404 that turns out to be the empty document is answered again. */
  function apply(request, response) {
    if (!isDocumentRequest(request)) return;
    holdResponse(response, {
      hold: () => response.statusCode === 404 && isHtml(response),
      onEnd(body, send) {
        let empty = false;
        try {
          const encoding = String(response.getHeader("content-encoding") ?? "").toLowerCase();
          empty = ERROR_SHELL.test(decodeBody(body, encoding).toString("utf8", 0, 64));
        } catch {
          // A body that cannot be read is sent as it is.
        }
        if (!empty) return send(body);
        documentFor(request).then(
          (page) => {
            response.removeHeader("content-encoding");
            response.removeHeader("content-length");
            response.removeHeader("transfer-encoding");
            send(page);
          },
          () => send(body),
        );
        return true;
      },
    });
  }

  return { apply };
}

module.exports = { createNotFoundDocument, isDocumentRequest, ERROR_SHELL };
