import http from "node:http";
import type { AddressInfo } from "node:net";
import { createRequire } from "node:module";
import zlib from "node:zlib";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";

type PageCache = {
  handle(request: http.IncomingMessage, response: http.ServerResponse): boolean;
  clear(): void;
  stats(): { hits: number; misses: number; entries: number; bytes: number };
};
const require = createRequire(import.meta.url);
const { createPageCache, chooseEncoding, isCandidate } = require("./page-cache.cjs") as {
  createPageCache(options?: { maxBytes?: number }): PageCache;
  chooseEncoding(acceptEncoding: string | undefined): string;
  isCandidate(request: { method: string; url: string; headers: Record<string, string> }): boolean;
};

const globals = globalThis as { __kiosqueNextPublicationAt?: number | null };

/** What Next.js would answer behind the cache: a page per path, gzip when asked, counted. */
type Behind = { renders: number; body: (path: string) => string; extraHeaders: Record<string, string>; status: number; slow?: Promise<void>; decidedStatus?: number };

let behind: Behind;
let cache: PageCache;
let server: http.Server;
let base: string;

beforeAll(async () => {
  server = http.createServer(async (request, response) => {
    // As scripts/next-server-preload.cjs does for a withdrawn article: the status a render decided,
    // applied when the head is written.
    if (behind.decidedStatus) {
      const writeHead = response.writeHead;
      const decided = behind.decidedStatus;
      response.writeHead = function (this: http.ServerResponse, _status: number, ...rest: unknown[]) {
        this.statusCode = decided;
        return (writeHead as (...args: unknown[]) => http.ServerResponse).call(this, decided, ...rest);
      } as typeof response.writeHead;
    }
    if (cache.handle(request, response)) return;
    behind.renders++;
    if (behind.slow) await behind.slow;
    const html = Buffer.from(behind.body(request.url ?? ""));
    response.setHeader("Content-Type", "text/html; charset=utf-8");
    response.setHeader("Content-Security-Policy", "script-src 'self'");
    response.setHeader("Vary", "RSC, Next-Router-State-Tree");
    for (const [name, value] of Object.entries(behind.extraHeaders)) response.setHeader(name, value);
    if (/gzip/.test(String(request.headers["accept-encoding"] ?? ""))) {
      response.setHeader("Content-Encoding", "gzip");
      response.writeHead(behind.status);
      response.write(zlib.gzipSync(html));
      response.end();
    } else {
      response.writeHead(behind.status);
      response.end(html);
    }
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

beforeEach(() => {
  cache = createPageCache();
  behind = { renders: 0, body: (path) => `<!doctype html><title>${path}</title>${"<p>Actualité de l’école</p>".repeat(200)}`, extraHeaders: {}, status: 200 };
  globals.__kiosqueNextPublicationAt = null;
});

afterEach(() => {
  delete globals.__kiosqueNextPublicationAt;
});

const get = (path: string, headers: Record<string, string> = {}, method = "GET") => fetch(`${base}${path}`, { method, headers });

describe("the page cache in front of Next.js", () => {
  it("renders a public page once, then answers it itself with the same body and headers, in each encoding", async () => {
    const first = await get("/actualites/un-article");
    expect(first.headers.get("x-kiosque-cache")).toBe("MISS");
    const firstBody = await first.text();
    for (const encoding of ["br", "gzip", "identity"]) {
      const again = await get("/actualites/un-article", { "Accept-Encoding": encoding });
      expect(again.status).toBe(200);
      expect(again.headers.get("x-kiosque-cache")).toBe("HIT");
      expect(again.headers.get("content-encoding")).toBe(encoding === "identity" ? null : encoding);
      expect(again.headers.get("content-security-policy")).toBe("script-src 'self'");
      expect(again.headers.get("vary")).toBe("RSC, Next-Router-State-Tree, Accept-Encoding");
      expect(again.headers.get("x-request-id")).toMatch(/^[0-9a-f-]{36}$/);
      expect(await again.text()).toBe(firstBody);
    }
    expect(behind.renders).toBe(1);
  });

  it("tells a proxy's micro-cache to keep each answer, stored or not, to the end of the current second only", async () => {
    const secondsAround = async (path: string) => {
      const before = Math.floor(Date.now() / 1000);
      const response = await get(path);
      const after = Math.floor(Date.now() / 1000);
      const until = Number(/^@(\d+)$/.exec(response.headers.get("x-accel-expires") ?? "")?.[1]);
      expect(until).toBeGreaterThanOrEqual(before);
      expect(until).toBeLessThanOrEqual(after);
      return response.headers.get("x-kiosque-cache");
    };
    expect(await secondsAround("/actualites")).toBe("MISS");
    // A stored answer gets the second it is sent in, never the one it was rendered in.
    await new Promise((resolve) => setTimeout(resolve, 1_100));
    expect(await secondsAround("/actualites")).toBe("HIT");
    expect((await get("/admin")).headers.get("x-accel-expires")).toBeNull();
  });

  it("answers a matching If-None-Match with 304, and a HEAD without a body", async () => {
    await get("/");
    const hit = await get("/");
    const etag = hit.headers.get("etag");
    expect(etag).toBeTruthy();
    const revalidated = await get("/", { "If-None-Match": etag! });
    expect(revalidated.status).toBe(304);
    const head = await get("/", {}, "HEAD");
    expect(head.status).toBe(200);
    expect(head.headers.get("x-kiosque-cache")).toBe("HIT");
    expect(await head.text()).toBe("");
    expect(behind.renders).toBe(1);
  });

  it("renders again after clear(), as every invalidation of the site does", async () => {
    behind.body = () => "<p>avant</p>";
    await get("/rubriques/formation");
    behind.body = () => "<p>après</p>";
    expect(await (await get("/rubriques/formation")).text()).toBe("<p>avant</p>");
    cache.clear();
    expect(await (await get("/rubriques/formation")).text()).toBe("<p>après</p>");
    expect(behind.renders).toBe(2);
  });

  it("never keeps a render that began before an invalidation", async () => {
    let finish!: () => void;
    behind.slow = new Promise<void>((resolve) => (finish = resolve));
    behind.body = () => "<p>lu avant la publication</p>";
    const straddling = get("/actualites");
    await new Promise((resolve) => setTimeout(resolve, 50));
    cache.clear();
    finish();
    expect(await (await straddling).text()).toBe("<p>lu avant la publication</p>");
    behind.slow = undefined;
    behind.body = () => "<p>publié</p>";
    expect(await (await get("/actualites")).text()).toBe("<p>publié</p>");
  });

  it("keeps no page past the next scheduled publication", async () => {
    globals.__kiosqueNextPublicationAt = Date.now() - 1;
    await get("/");
    expect(cache.stats().entries).toBe(1);
    // An entry lives at least 5 s when its end is unknown or passed; here it has already ended.
    globals.__kiosqueNextPublicationAt = Date.now() + 100;
    cache.clear();
    await get("/");
    const realNow = Date.now;
    try {
      Date.now = () => realNow() + 6_000;
      await get("/");
    } finally {
      Date.now = realNow;
    }
    expect(behind.renders).toBe(3);
  });

  it("keeps neither an error, a redirect, an answer setting a cookie, nor an address that is not a public page", async () => {
    behind.status = 404;
    await get("/actualites/inconnu");
    await get("/actualites/inconnu");
    behind.status = 200;
    behind.extraHeaders = { "Set-Cookie": "a=b" };
    await get("/nous-contacter");
    await get("/nous-contacter");
    behind.extraHeaders = {};
    for (const path of ["/admin", "/recommander", "/api/partages", "/medias/a.webp", "/_next/static/a.js"]) {
      await get(path);
      await get(path);
    }
    expect(behind.renders).toBe(14);
    expect(cache.stats().entries).toBe(0);
  });

  it("keeps no page whose status is decided as its head is written, as a withdrawn article's 410", async () => {
    behind.decidedStatus = 410;
    for (let i = 0; i < 2; i++) {
      const response = await get("/actualites/retiree");
      expect(response.status).toBe(410);
      expect(response.headers.get("x-kiosque-cache")).toBe("MISS");
    }
    expect(behind.renders).toBe(2);
  });

  it("leaves client navigations and server actions to Next.js", async () => {
    await get("/");
    await get("/", { RSC: "1" });
    await get("/?_rsc=abc");
    await get("/", { "Next-Action": "x" });
    expect(behind.renders).toBe(4);
  });

  it("keeps each query string apart, within its memory bound", async () => {
    cache = createPageCache({ maxBytes: 200_000 });
    behind.body = (path) => `<p>${path}</p>${"x".repeat(20_000)}`;
    for (let page = 1; page <= 30; page++) await get(`/actualites?page=${page}`);
    expect(await (await get("/actualites?page=30")).text()).toContain("page=30");
    expect(cache.stats().bytes).toBeLessThanOrEqual(200_000);
    expect(cache.stats().entries).toBeLessThan(30);
  });
});

describe("its rules", () => {
  it("prefers brotli, then gzip, and honours q=0", () => {
    expect(chooseEncoding("gzip, deflate, br")).toBe("br");
    expect(chooseEncoding("gzip;q=1.0, br;q=0")).toBe("gzip");
    expect(chooseEncoding("")).toBe("identity");
    expect(chooseEncoding(undefined)).toBe("identity");
    expect(chooseEncoding("deflate")).toBe("identity");
  });

  it("takes public pages, feeds and sitemaps only", () => {
    const request = (url: string, method = "GET", headers: Record<string, string> = {}) => ({ url, method, headers });
    for (const url of ["/", "/actualites", "/actualites?page=3", "/actualites/un-article", "/rubriques/formation", "/mots-cles/police/rss.xml", "/recherche?q=police", "/flux/rss.xml", "/sitemap.xml", "/sitemaps/actualites-2026.xml"]) {
      expect(isCandidate(request(url)), url).toBe(true);
    }
    for (const url of ["/admin", "/admin/articles", "/recommander", "/partager/mastodon", "/api/auth/session", "/medias/x.webp", "/actualites/a/partage.png", "/actualites/a/b"]) {
      expect(isCandidate(request(url)), url).toBe(false);
    }
    expect(isCandidate(request("/", "POST"))).toBe(false);
  });
});
