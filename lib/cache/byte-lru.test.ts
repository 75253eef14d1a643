import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";

type Lru = { get(key: string): { bytes: number } | undefined; set(key: string, value: { bytes: number }): boolean; delete(key: string): void; clear(): void; size: number; bytes: number };
const require = createRequire(import.meta.url);
const { createByteLru } = require("./byte-lru.cjs") as { createByteLru(maxBytes: number): Lru };

describe("a least-recently-used map bounded in bytes", () => {
  it("pushes out the least recently used first, and counts what it holds", () => {
    const lru = createByteLru(100);
    lru.set("a", { bytes: 10 });
    lru.set("b", { bytes: 10 });
    lru.get("a");
    for (const key of ["c", "d", "e", "f", "g", "h", "i", "j"]) lru.set(key, { bytes: 10 });
    lru.set("k", { bytes: 10 });
    expect(lru.get("b")).toBeUndefined();
    expect(lru.get("a")).toEqual({ bytes: 10 });
    expect(lru.size).toBe(10);
    expect(lru.bytes).toBe(100);
  });

  it("keeps nothing larger than an eighth of its bound, replaces a key's value, and empties", () => {
    const lru = createByteLru(80);
    expect(lru.set("gros", { bytes: 11 })).toBe(false);
    lru.set("a", { bytes: 5 });
    lru.set("a", { bytes: 7 });
    expect(lru.bytes).toBe(7);
    lru.delete("a");
    expect(lru.bytes).toBe(0);
    lru.set("b", { bytes: 5 });
    lru.clear();
    expect([lru.size, lru.bytes]).toEqual([0, 0]);
  });
});
