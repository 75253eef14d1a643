import { existsSync, mkdtempSync, readFileSync, readdirSync, readlinkSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import os from "node:os";
import path from "node:path";
import { gunzipSync } from "node:zlib";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";

type Entry = { statusCode: number; headers: [string, string][]; bodies: { identity: Buffer }; expiresAt: number };
type StaticPages = { write(url: string, entry: Entry): boolean; clear(): void };
const require = createRequire(import.meta.url);
const { createStaticPages, fileFor } = require("./static-pages.cjs") as {
  createStaticPages(options: { dir: string; https?: boolean; now?: () => number; maxBytes?: number }): StaticPages;
  fileFor(url: string): string | null;
};

// What the page cache keeps of a public page sent without Next.js's scripts.
const PAGE =
  '<!DOCTYPE html><html lang="fr"><head><meta charSet="utf-8"/><title>Article</title><script>document.documentElement.dataset.theme="light"</script></head><body><h1>Article</h1><script type="module" src="/assets/kiosque.abc.js"></script></body></html>';
const entry = (overrides: Partial<Entry> = {}): Entry => ({
  statusCode: 200,
  headers: [["content-type", "text/html; charset=utf-8"]],
  bodies: { identity: Buffer.from(PAGE) },
  expiresAt: Date.now() + 60_000,
  ...overrides,
});

let dir: string;
let pages: StaticPages;
const served = (url: string) => path.join(dir, "current", fileFor(url)!);

beforeEach(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), "kiosque-pages-"));
  pages = createStaticPages({ dir });
  pages.clear();
});
afterEach(() => {
  vi.useRealTimers();
  rmSync(dir, { recursive: true, force: true });
});

describe("public pages written for nginx", () => {
  it("writes a kept page and its gzip copy where nginx looks, with its policy in a <meta>", () => {
    expect(pages.write("/actualites/un-article", entry())).toBe(true);
    expect(pages.write("/", entry())).toBe(true);
    for (const url of ["/actualites/un-article", "/"]) {
      const html = readFileSync(served(url), "utf8");
      expect(gunzipSync(readFileSync(`${served(url)}.gz`)).toString("utf8")).toBe(html);
      // First in the head after the character set, and listing the page's inline script.
      expect(html).toMatch(/^<!DOCTYPE html><html lang="fr"><head><meta charSet="utf-8"\/><meta http-equiv="Content-Security-Policy" content="default-src 'self';[^"]*script-src 'self' 'sha256-[^"]+'"\/><title>/);
      // nginx says frame-ancestors, which a <meta> cannot.
      expect(html).not.toContain("frame-ancestors");
      expect(html).toContain("<h1>Article</h1>");
    }
  });

  it("writes only a 200 HTML page at a plain address: no query, no other character, no trailing slash", () => {
    expect(fileFor("/")).toBe(".html");
    expect(fileFor("/actualites")).toBe("actualites.html");
    expect(fileFor("/actualites/un-article")).toBe("actualites/un-article.html");
    for (const url of ["/actualites?page=2", "/actualites/", "/Actualites", "/actualites/../x", "/a%2Fb", "/flux/rss.xml", "//x"]) {
      expect(pages.write(url, entry()), url).toBe(false);
    }
    expect(pages.write("/actualites/retire", entry({ statusCode: 410 }))).toBe(false);
    expect(pages.write("/flux", entry({ headers: [["content-type", "application/rss+xml"]] }))).toBe(false);
    expect(readdirSync(path.join(dir, "current"))).toEqual([]);
  });

  it("empties everything at each invalidation, in one rename, and leaves no old generation behind", async () => {
    pages.write("/actualites/un-article", entry());
    const before = readlinkSync(path.join(dir, "current"));
    pages.clear();
    expect(readlinkSync(path.join(dir, "current"))).not.toBe(before);
    expect(existsSync(served("/actualites/un-article"))).toBe(false);
    await vi.waitFor(() => expect(readdirSync(dir).filter((name) => name.startsWith("g-"))).toEqual([readlinkSync(path.join(dir, "current"))]));
  });

  it("keeps its generation when an invalidation finds nothing written since the last one", () => {
    const before = readlinkSync(path.join(dir, "current"));
    pages.clear();
    createStaticPages({ dir }).clear();
    expect(readlinkSync(path.join(dir, "current"))).toBe(before);
  });

  it("is emptied by another instance sharing the folder", () => {
    const other = createStaticPages({ dir });
    pages.write("/actualites/un-article", entry());
    other.clear();
    expect(existsSync(served("/actualites/un-article"))).toBe(false);
    // And what this one writes next lands in the generation nginx now reads.
    pages.write("/actualites/un-article", entry());
    expect(existsSync(served("/actualites/un-article"))).toBe(true);
  });

  it("empties itself when the earliest page written ends: a scheduled article becomes due", () => {
    vi.useFakeTimers();
    const start = Date.now();
    pages.write("/", entry({ expiresAt: start + 5_000 }));
    pages.write("/actualites", entry({ expiresAt: start + 60_000 }));
    vi.advanceTimersByTime(4_900);
    expect(existsSync(served("/"))).toBe(true);
    vi.advanceTimersByTime(200);
    expect(existsSync(served("/"))).toBe(false);
    expect(existsSync(served("/actualites"))).toBe(false);
  });

  it("writes no more than its bound between two invalidations", () => {
    pages.write("/mesure", entry());
    const size = readFileSync(served("/mesure")).length;
    const bounded = createStaticPages({ dir, maxBytes: 2 * size + 1 });
    const written = ["/a", "/b", "/c", "/d", "/e"].filter((url) => bounded.write(url, entry()));
    expect(written).toEqual(["/a", "/b"]);
    bounded.clear();
    expect(bounded.write("/d", entry())).toBe(true);
  });
});
