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
