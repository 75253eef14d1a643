// The Content-Security-Policy of every response, required by scripts/next-server-preload.cjs.
//
// Scripts run without 'unsafe-inline', on cached pages too. The App Router writes its flight data
// as inline scripts that differ on every page, and a per-request nonce would make every page
// dynamic. Instead, each HTML page's inline scripts are hashed as the page leaves the server
// (a cached page's bytes are the same at each request, so its policy is too; the hashes are
// remembered by the page's own hash) and listed in its policy: the browser runs those scripts and
// no other inline one. See docs/decisions/0016-content-security-policy.md.
"use strict";

const { createHash } = require("node:crypto");
const { decodeBody } = require("./decode-body.cjs");
const { holdResponse, isHtml } = require("./held-response.cjs");

const INLINE_SCRIPT = /<script\b(?![^>]*\ssrc\s*=)[^>]*>([\s\S]*?)<\/script\s*>/gi;

function basePolicy(https) {
  return [
    "default-src 'self'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    // Style attributes (React, DSFR) cannot be hashed; styles cannot run code.
    "style-src 'self' 'unsafe-inline'",
    "connect-src 'self'",
    // The back office shows a mail's HTML in a sandboxed srcdoc frame.
    "frame-src 'self'",
    "worker-src 'self'",
    "manifest-src 'self'",
    "media-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    // Forms post to the site; the no-JavaScript Mastodon form is answered by a redirect to the
    // reader's own instance, which form-action also governs.
    "form-action 'self' https:",
    "frame-ancestors 'none'",
    ...(https ? ["upgrade-insecure-requests"] : []),
  ];
}

/** The policy for a response body: an HTML page gets the hashes of its inline scripts. */
function policyFor(html, https) {
  const hashes = new Set();
  if (html) {
    for (const match of html.matchAll(INLINE_SCRIPT)) {
      const body = match[1];
      if (body.length === 0) continue;
      hashes.add(`'sha256-${createHash("sha256").update(body, "utf8").digest("base64")}'`);
    }
  }
  const scripts = ["script-src 'self'", ...hashes].join(" ");
  return [...basePolicy(https), scripts].join("; ");
}

// Policies of recent pages by their bytes' hash: a cached page is hashed once per process.
const remembered = new Map();
const REMEMBER = 500;

function policyForBody(body, encoding, https) {
  const key = createHash("sha1").update(body).digest("base64");
  let policy = remembered.get(key);
  if (!policy) {
    policy = policyFor(decodeBody(body, encoding).toString("utf8"), https);
    if (remembered.size >= REMEMBER) remembered.delete(remembered.keys().next().value);
    remembered.set(key, policy);
  }
  return policy;
}

/**
 * Holds an HTML response until its last byte, then sends it whole with its policy; any other
 * response gets the base policy at once. Applied to each response before Next.js handles it.
 */
function applyContentSecurityPolicy(response, https) {
  holdResponse(response, {
    hold() {
      // A 304 refreshes the headers a browser or a proxy stored with the page: a policy computed from
      // its empty body would replace the page's hashes and stop its scripts. Nor is a HEAD's body the page's.
      if (response.statusCode === 304 || response.req?.method === "HEAD") return false;
      if (isHtml(response)) return true;
      if (!response.getHeader("content-security-policy")) response.setHeader("Content-Security-Policy", policyFor("", https));
      return false;
    },
    onEnd(body, send) {
      try {
        const contentEncoding = String(response.getHeader("content-encoding") ?? "").toLowerCase();
        response.setHeader("Content-Security-Policy", policyForBody(body, contentEncoding, https));
      } catch {
        // A body that cannot be read: the strictest policy, never a broken response.
        response.setHeader("Content-Security-Policy", policyFor("", https));
      }
      return send(body);
    },
  });
}

module.exports = { applyContentSecurityPolicy, policyFor };
