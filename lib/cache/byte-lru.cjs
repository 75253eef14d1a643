// A least-recently-used map bounded in bytes, each value giving its own size (`bytes`): the page
// cache's pages (scripts/page-cache.cjs) and the resized pictures (lib/cache/cache-handler.cjs).
// Plain CommonJS: both are loaded outside Next.js's bundles.
"use strict";

/** A value larger than an eighth of the bound is not kept: it would push out too much. */
function createByteLru(maxBytes) {
  const entries = new Map();
  let bytes = 0;

  function remove(key) {
    const entry = entries.get(key);
    if (!entry) return;
    entries.delete(key);
    bytes -= entry.bytes;
  }

  return {
    /** The value, now the most recently used (a Map keeps insertion order: the first is the oldest). */
    get(key) {
      const entry = entries.get(key);
      if (!entry) return undefined;
      entries.delete(key);
      entries.set(key, entry);
      return entry;
    },
    set(key, value) {
      if (value.bytes > maxBytes / 8) return false;
      remove(key);
      entries.set(key, value);
      bytes += value.bytes;
      while (bytes > maxBytes) remove(entries.keys().next().value);
      return true;
    },
    delete: remove,
    clear() {
      entries.clear();
      bytes = 0;
    },
    get size() {
      return entries.size;
    },
    get bytes() {
      return bytes;
    },
  };
}

module.exports = { createByteLru };
