// A response body back to its bytes, from its Content-Encoding (scripts/content-security-policy.cjs
// hashes a page's scripts from it; scripts/page-cache.cjs keeps it). An encoding it does not know
// throws: the caller then keeps nothing, or applies its strictest choice.
"use strict";

const zlib = require("node:zlib");

function decodeBody(body, encoding) {
  switch (encoding) {
    case "gzip":
      return zlib.gunzipSync(body);
    case "br":
      return zlib.brotliDecompressSync(body);
    case "deflate":
      return zlib.inflateSync(body);
    case "":
    case "identity":
      return body;
    default:
      throw new Error(`encodage inconnu : ${encoding}`);
  }
}

module.exports = { decodeBody };
