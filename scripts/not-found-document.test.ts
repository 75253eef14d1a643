import http from "node:http";
import type { AddressInfo } from "node:net";
import { createRequire } from "node:module";
import zlib from "node:zlib";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";

type Request = { method: string; url: string; headers: Record<string, string | undefined> };
const require = createRequire(import.meta.url);
const { createNotFoundDocument, isDocumentRequest } = require("./not-found-document.cjs") as {
  createNotFoundDocument(options?: { generation?: () => number }): { apply(request: http.IncomingMessage, response: http.ServerResponse): void };
  isDocumentRequest(request: Request): boolean;
};

// What Next.js 16 answers to a page's notFound(), and to /_not-found (app/global-not-found.tsx).
const SHELL = '<!DOCTYPE html><html id="__next_error__"><head></head><body><div hidden=""></div><script>self.__next_f=[]</script></body></html>';
const notFoundPage = (n: number) => `<!DOCTYPE html><html lang="fr"><head><title>Page non trouvée</title></head><body><header>École</header><main><h1>Page non trouvée</h1><p>rendu ${n}</p></main></body></html>`;

let generation = 0;
let renders = 0;
let server: http.Server;
let base: string;

beforeAll(async () => {
  const layer = createNotFoundDocument({ generation: () => generation });
  server = http.createServer((request, response) => {
    layer.apply(request, response);
    const gzip = /gzip/.test(request.headers["accept-encoding"] ?? "");
    const send = (status: number, html: string, type = "text/html; charset=utf-8") => {
      response.setHeader("Content-Type", type);
      response.setHeader("Cache-Control", "private, no-cache, no-store, max-age=0, must-revalidate");
      if (gzip) response.setHeader("Content-Encoding", "gzip");
      response.writeHead(status);
      // Streamed in two writes, as React does.
      const bytes = gzip ? zlib.gzipSync(html) : Buffer.from(html);
      response.write(bytes.subarray(0, 10));
      response.end(bytes.subarray(10));
    };
    const path = (request.url ?? "").split("?")[0];
    if (path === "/_not-found") {
      renders++;
      return send(404, notFoundPage(renders));
    }
    if (path === "/connu") return send(200, "<!DOCTYPE html><html lang=\"fr\"><body><h1>Connu</h1></body></html>");
    if (path === "/json-absent") return send(404, "{}", "application/json");
    if (path === "/admin/inconnu") return send(404, SHELL);
    return send(404, SHELL);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

beforeEach(() => {
  generation++;
  renders = 0;
});

const get = (path: string, headers: Record<string, string> = {}) => fetch(base + path, { headers });

describe("the 404 document", () => {
  it("replaces Next.js's empty error document by the server-rendered 404 page, keeping the status", async () => {
    for (const encoding of ["identity", "gzip"]) {
      const response = await get("/actualites/inconnu", { "accept-encoding": encoding });
      expect(response.status).toBe(404);
      expect(response.headers.get("content-encoding")).toBeNull();
      expect(response.headers.get("cache-control")).toContain("no-store");
      const body = await response.text();
      expect(body).toContain("<h1>Page non trouvée</h1>");
      expect(body).not.toContain("__next_error__");
    }
  });

  it("renders the 404 page once for a burst of unknown addresses, and again after an invalidation", async () => {
    const bodies = await Promise.all(Array.from({ length: 20 }, (_, i) => get(`/inconnu-${i}`).then((r) => r.text())));
    expect(new Set(bodies).size).toBe(1);
    expect(renders).toBe(1);
    generation++;
    expect(await (await get("/encore-inconnu")).text()).toContain("rendu 2");
  });

  it("leaves alone what is not a document's empty 404", async () => {
    expect(await (await get("/connu")).text()).toContain("<h1>Connu</h1>");
    expect(await (await get("/json-absent")).text()).toBe("{}");
    // The browser's router and the back office read the flight data of the empty document.
    expect(await (await get("/actualites/inconnu", { rsc: "1" })).text()).toBe(SHELL);
    expect(await (await get("/actualites/inconnu?_rsc=abc")).text()).toBe(SHELL);
    expect(await (await get("/admin/inconnu")).text()).toBe(SHELL);
    expect(renders).toBe(0);
  });

  it("tells a document request from the router's", () => {
    expect(isDocumentRequest({ method: "GET", url: "/x", headers: {} })).toBe(true);
    expect(isDocumentRequest({ method: "HEAD", url: "/x", headers: {} })).toBe(false);
    expect(isDocumentRequest({ method: "POST", url: "/x", headers: {} })).toBe(false);
    expect(isDocumentRequest({ method: "GET", url: "/x", headers: { "next-router-prefetch": "1" } })).toBe(false);
    expect(isDocumentRequest({ method: "GET", url: "/medias/a.jpg", headers: {} })).toBe(false);
    expect(isDocumentRequest({ method: "GET", url: "/administration", headers: {} })).toBe(true);
  });
});
