import { describe, expect, it } from "vitest";
import { noteDropped, readAfterWrites } from "./cache-guard";

describe("readAfterWrites", () => {
  it("reads once when none of its tags is dropped during the read", async () => {
    let reads = 0;
    const load = readAfterWrites(async (slug: string) => `${slug} v${++reads}`, ["article:un"]);
    noteDropped(["article:un"]);
    expect(await load("un")).toBe("un v1");
    expect(reads).toBe(1);
  });

  it("reads again when a write dropped one of its tags while it was reading", async () => {
    let reads = 0;
    const load = readAfterWrites(async () => {
      reads++;
      if (reads === 1) noteDropped(["articles"]);
      return reads;
    }, ["autre", "articles"]);
    expect(await load()).toBe(2);
  });

  it("ignores drops of other tags, and gives up after three reads", async () => {
    let reads = 0;
    const other = readAfterWrites(async () => {
      noteDropped(["settings"]);
      return ++reads;
    }, ["sites"]);
    expect(await other()).toBe(1);
    reads = 0;
    const busy = readAfterWrites(async () => {
      noteDropped(["sites"]);
      return ++reads;
    }, ["sites"]);
    expect(await busy()).toBe(3);
  });
});
