// Public pages written as files for nginx (KIOSQUE_STATIC_PAGES_DIR), required by
// scripts/next-server-preload.cjs and fed by scripts/page-cache.cjs.
//
// nginx's micro-cache costs a key lookup, a cache file's header to parse and the stored headers at
// each answer: about 75 % of what the same page costs served as a file. So, as WP Super Cache does
// for WordPress, each page the page cache keeps is also written, whole, where nginx serves it as a
// file (deploy/nginx/kiosque.conf: `try_files`, falling back to the instances). The folder holds
// `current`, a link to one generation `g-…`; every invalidation points `current` to a new, empty
// generation in one rename and removes the old ones, so that every instance sharing the folder
// empties it as it empties its own memory. A page is written only through `current`, and only a
// page of a render that began after the last invalidation this instance knows of (the page cache's
// rule): an instance not yet told of a write may write a page it rendered before it, until it is
// told, within milliseconds, and empties the folder again. nginx keeps files open to the end of
// the second (open_file_cache_valid 1s): a publication shows within a second, as with the
// micro-cache. See docs/decisions/0017-page-cache.md.
//
// The Content-Security-Policy of a page lists the hashes of its inline scripts, and nginx cannot
// read headers from a file: the page's policy is written into it as a <meta>, and nginx adds the
// directives a <meta> cannot carry (frame-ancestors) as a header. Both policies apply.
"use strict";

const { randomUUID } = require("node:crypto");
const fs = require("node:fs");
const path = require("node:path");
const zlib = require("node:zlib");
const { policyFor } = require("./content-security-policy.cjs");

// Addresses written: the path alone (never a query), lower case letters, digits and hyphens.
const PAGE_PATH = /^\/(?:[a-z0-9-]+(?:\/[a-z0-9-]+)*)?$/;
const GENERATION = /^g-[a-z0-9-]+$/;
const HOUR_MS = 3_600_000;

/**
 * The file nginx serves for a URL, inside a generation folder, or null when it is never written:
 * the address and `.html` (nginx's `$uri.html`, no pattern to match at each request; the home page
 * is `.html`). An address with a trailing slash, a capital or any other character finds no file.
 */
function fileFor(url) {
  if (typeof url !== "string" || !PAGE_PATH.test(url)) return null;
  return `${url.slice(1)}.html`;
}

/** The page with its policy in a <meta>, first in its head after the character set. */
function withMetaPolicy(html, https) {
  const policy = policyFor(html, https)
    .split("; ")
    .filter((directive) => !directive.startsWith("frame-ancestors"))
    .join("; ");
  const meta = `<meta http-equiv="Content-Security-Policy" content="${policy.replace(/"/g, "&quot;")}"/>`;
  const charset = /<meta charSet="utf-8"\/>/i.exec(html);
  if (charset) return `${html.slice(0, charset.index + charset[0].length)}${meta}${html.slice(charset.index + charset[0].length)}`;
  return html.replace(/<head>/i, `<head>${meta}`);
}

/**
 * `maxBytes`: what one instance writes between two invalidations, at most (a crawler walking twenty
 * years of archive would otherwise write all of it); pages beyond go through the micro-cache.
 */
function createStaticPages({ dir, https = false, now = () => Date.now(), onError = () => {}, maxBytes = 256 * 1024 * 1024 }) {
  const current = path.join(dir, "current");
  let expiry = null; // { at, timer }
  let written = 0;

  /** Points `current` to a new, empty generation, then removes the others. */
  function clear() {
    if (expiry) clearTimeout(expiry.timer);
    expiry = null;
    written = 0;
    try {
      // Nothing written since the last one (an invalidation is applied several times, by each
      // instance): the current generation stays.
      if (fs.readdirSync(current).length === 0) return;
    } catch {
      // No generation yet.
    }
    try {
      fs.mkdirSync(dir, { recursive: true });
      const generation = `g-${now().toString(36)}-${randomUUID().slice(0, 8)}`;
      fs.mkdirSync(path.join(dir, generation));
      const link = path.join(dir, `.current-${randomUUID()}`);
      fs.symlinkSync(generation, link);
      fs.renameSync(link, current);
      for (const name of fs.readdirSync(dir)) {
        if (!GENERATION.test(name) || name === generation) continue;
        // Another instance may have just made this one current: it is kept.
        if (fs.readlinkSync(current) === name) continue;
        fs.rm(path.join(dir, name), { recursive: true, force: true }, () => {});
      }
    } catch (error) {
      onError(error);
    }
  }

  /** Empties the folder at the end of the earliest entry written (a scheduled publication's time). */
  function expireAt(at) {
    if (expiry && expiry.at <= at) return;
    if (expiry) clearTimeout(expiry.timer);
    const timer = setTimeout(clear, Math.max(0, at - now()));
    timer.unref?.();
    expiry = { at, timer };
  }

  /** Writes a kept page (status 200, HTML, from the page cache) where nginx serves it. */
  function write(url, entry) {
    const file = fileFor(url);
    if (!file || entry.statusCode !== 200) return false;
    const type = entry.headers.find(([name]) => name === "content-type")?.[1];
    if (!/^text\/html\b/i.test(String(type ?? ""))) return false;
    try {
      const html = withMetaPolicy(entry.bodies.identity.toString("utf8"), https);
      const target = path.join(current, file);
      fs.mkdirSync(path.dirname(target), { recursive: true });
      const suffix = `.${randomUUID()}.tmp`;
      const bytes = Buffer.from(html, "utf8");
      if (written + bytes.length > maxBytes) return false;
      // The compressed copy first: nginx's gzip_static serves it only beside its page.
      fs.writeFileSync(`${target}.gz${suffix}`, zlib.gzipSync(bytes, { level: 9 }));
      fs.renameSync(`${target}.gz${suffix}`, `${target}.gz`);
      fs.writeFileSync(`${target}${suffix}`, bytes);
      fs.renameSync(`${target}${suffix}`, target);
      written += bytes.length;
      expireAt(Math.min(entry.expiresAt, now() + HOUR_MS));
      return true;
    } catch (error) {
      // A generation removed meanwhile by another instance: the page is simply not written.
      if (error?.code !== "ENOENT") onError(error);
      return false;
    }
  }

  return { write, clear, fileFor };
}

module.exports = { createStaticPages, fileFor, withMetaPolicy };
