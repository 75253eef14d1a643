import http from "node:http";
import type { AddressInfo } from "node:net";
import { createRequire } from "node:module";
import zlib from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

type Manifest = { dsfrModule: string; dsfrNoModule: string; site: string };
const require = createRequire(import.meta.url);
const { createStaticDocuments, staticDocument } = require("./static-document.cjs") as {
  createStaticDocuments(options: { manifest: Manifest | null }): { apply(request: http.IncomingMessage, response: http.ServerResponse): void; enabled: boolean };
  staticDocument(html: string, manifest: Manifest): string;
};

const MANIFEST: Manifest = { dsfrModule: "/assets/dsfr.module.min.abc.js", dsfrNoModule: "/assets/dsfr.nomodule.min.def.js", site: "/assets/kiosque.123.js" };

// The shape of what Next.js 16 sends for a public page (scripts/static-document.cjs's input).
const PAGE = [
  '<!DOCTYPE html><html lang="fr"><head><meta charSet="utf-8"/>',
  '<link rel="stylesheet" href="/_next/static/chunks/a.css" data-precedence="next"/>',
  '<link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/web.js"/>',
  '<script src="/_next/static/chunks/main.js" async=""></script>',
  '<script src="/_next/static/chunks/polyfills.js" noModule=""></script>',
  "<title>Article</title>",
  '<script>window.ssrWasPerformedWithIsDark = "system" === "dark";</script>',
  "</head><body><main><h1>Article</h1>",
  '<script type="application/ld+json">{"@type":"NewsArticle"}</script>',
  '<div hidden id="S:0"><p>Plus tard</p></div><script>$RC("B:0","S:0")</script>',
  "</main>",
  '<script id="_R_">(globalThis["TURBOPACK"] || (globalThis["TURBOPACK"] = [])).push({"otherChunks":[]});</script>',
  "<script>(self.__next_f=self.__next_f||[]).push([0])</script>",
  '<script>self.__next_f.push([1,"1:\\"$Sreact.fragment\\""])</script>',
  "</body></html>",
].join("");

describe("a public page without Next.js's scripts", () => {
  it("loses Next's scripts, script preloads and flight data, and gets the DSFR's and Kiosque's at the end of its head", () => {
    const html = staticDocument(PAGE, MANIFEST);
    expect(html).not.toMatch(/<script[^>]*src="\/_next\//);
    expect(html).not.toContain('as="script"');
    expect(html).not.toContain("__next_f");
    expect(html).not.toContain("TURBOPACK");
    expect(html).toContain(
      '<script type="module" fetchpriority="low" src="/assets/dsfr.module.min.abc.js"></script><script nomodule="" src="/assets/dsfr.nomodule.min.def.js"></script><script type="module" fetchpriority="low" src="/assets/kiosque.123.js"></script></head>',
    );
    // What is not Next's stays: styles, the colour scheme's script, structured data, React's
    // streaming of a late part of the page.
    expect(html).toContain('<link rel="stylesheet" href="/_next/static/chunks/a.css"');
    expect(html).toContain("ssrWasPerformedWithIsDark");
    expect(html).toContain('<script type="application/ld+json">');
    expect(html).toContain('<script>$RC("B:0","S:0")</script>');
  });

  it("is the same when done twice, and leaves Next.js's error document alone", () => {
    const once = staticDocument(PAGE, MANIFEST);
    expect(staticDocument(once, MANIFEST)).toBe(once);
    const shell = '<!DOCTYPE html><html id="__next_error__"><head></head><body><script src="/_next/static/chunks/main.js" async=""></script></body></html>';
    expect(staticDocument(shell, MANIFEST)).toBe(shell);
  });
});

describe("the layer in front of Next.js", () => {
  let server: http.Server;
  let base: string;

  beforeAll(async () => {
    const layer = createStaticDocuments({ manifest: MANIFEST });
    server = http.createServer((request, response) => {
      layer.apply(request, response);
      const path = (request.url ?? "").split("?")[0];
      const status = path === "/actualites/en-panne" ? 500 : 200;
      const gzip = /gzip/.test(request.headers["accept-encoding"] ?? "");
      response.setHeader("Content-Type", path === "/flux/rss.xml" ? "application/rss+xml" : "text/html; charset=utf-8");
      if (gzip) response.setHeader("Content-Encoding", "gzip");
      response.setHeader("Link", '</_next/static/media/font.woff2>; rel=preload; as="font"');
      response.setHeader("x-nextjs-stale-time", "300");
      response.writeHead(status);
      const bytes = gzip ? zlib.gzipSync(PAGE) : Buffer.from(PAGE);
      response.write(bytes.subarray(0, 100));
      response.end(bytes.subarray(100));
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  const page = async (path: string, headers: Record<string, string> = {}) => {
    const response = await fetch(base + path, { headers });
    return { response, html: await response.text() };
  };

  it("sends public pages without Next's scripts, compressed as Next.js compressed them", async () => {
    for (const path of ["/", "/actualites", "/actualites/un-article", "/rubriques/formation", "/_not-found"]) {
      for (const encoding of ["gzip", "identity"]) {
        const { response, html } = await page(path, { "accept-encoding": encoding });
        expect(response.headers.get("content-encoding") ?? "identity", path).toBe(encoding);
        expect(html, path).not.toContain("__next_f");
        expect(html, path).toContain(MANIFEST.site);
        // The router's headers go with it.
        expect(response.headers.get("link"), path).toBeNull();
        expect(response.headers.get("x-nextjs-stale-time"), path).toBeNull();
      }
    }
  });

  it("leaves alone the pages that keep React, the router's payloads, errors and what is not HTML", async () => {
    for (const [path, headers] of [
      ["/recommander?page=%2F", {}],
      ["/admin", {}],
      ["/actualites/un-article", { rsc: "1" }],
      ["/actualites/en-panne", {}],
      ["/flux/rss.xml", {}],
    ] as const) {
      const { html } = await page(path, headers);
      expect(html, path).toBe(PAGE);
    }
  });

  it("does nothing when the scripts were not built", () => {
    expect(createStaticDocuments({ manifest: null }).enabled).toBe(false);
  });
});
