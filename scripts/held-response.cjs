// Holding a Node response until its last byte, for the HTTP layers of scripts/next-server-preload.cjs
// that need the whole body before anything leaves: the Content-Security-Policy (it hashes the
// page's scripts) and the page cache (it keeps the page).
"use strict";

const toBuffer = (chunk, encoding) => (Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk, typeof encoding === "string" ? encoding : "utf8"));

/**
 * Replaces the response's writeHead, flushHeaders, write and end. `hold()` is asked once, at the
 * first of them (the headers set so far are visible to it): false lets the response through
 * untouched. Otherwise nothing is sent until end(), which gives the whole body to
 * `onEnd(body, send)`; `send(body)` writes the head and that body, and the callback end() was given
 * runs when the response finishes. From then on every call goes straight through: Node's implicit
 * header (a response ended without writeHead) calls this.writeHead, which must not be held again.
 */
function holdResponse(response, { hold, onEnd }) {
  const writeHead = response.writeHead;
  const write = response.write;
  const end = response.end;
  const flushHeaders = response.flushHeaders;
  let holding = null; // decided at the first writeHead, flushHeaders, write or end
  let statusMessage;
  const chunks = [];

  const decide = () => (holding ??= Boolean(hold()));

  response.writeHead = function writeHeadHeld(statusCode, ...rest) {
    // Headers given here must be seen before deciding (the content type among them).
    const headers = rest.find((arg) => arg && typeof arg === "object");
    if (headers && !Array.isArray(headers)) for (const [name, value] of Object.entries(headers)) if (value !== undefined) response.setHeader(name, value);
    if (typeof rest[0] === "string") statusMessage = rest[0];
    if (typeof statusCode === "number") response.statusCode = statusCode;
    if (!decide()) return writeHead.call(this, statusCode, ...(statusMessage ? [statusMessage] : []));
    return this;
  };
  response.flushHeaders = function flushHeadersUnlessHeld() {
    if (!decide()) return flushHeaders.call(this);
  };
  response.write = function writeHeld(chunk, encoding, callback) {
    if (!decide()) return write.apply(this, arguments);
    if (chunk != null) chunks.push(toBuffer(chunk, encoding));
    const done = typeof encoding === "function" ? encoding : callback;
    if (typeof done === "function") process.nextTick(done);
    return true;
  };
  response.end = function endHeld(chunk, encoding, callback) {
    if (!decide()) return end.apply(this, arguments);
    if (typeof chunk === "function") {
      callback = chunk;
      chunk = undefined;
    } else if (typeof encoding === "function") {
      callback = encoding;
      encoding = undefined;
    }
    if (chunk != null) chunks.push(toBuffer(chunk, encoding));
    holding = false;
    response.writeHead = writeHead;
    response.write = write;
    response.end = end;
    response.flushHeaders = flushHeaders;
    const send = (body) => {
      if (body.length > 0 && !response.hasHeader("content-length") && !response.hasHeader("transfer-encoding")) response.setHeader("Content-Length", body.length);
      writeHead.call(response, response.statusCode, ...(statusMessage ? [statusMessage] : []));
      return end.call(response, body, callback);
    };
    return onEnd(Buffer.concat(chunks), send);
  };
}

/** Whether the response, as its headers stand, is an HTML page. */
const isHtml = (response) => /^text\/html\b/i.test(String(response.getHeader("content-type") ?? ""));

module.exports = { holdResponse, isHtml };
