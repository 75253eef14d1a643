import { createWriteStream } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { pipeline } from "node:stream/promises";
import { setImmediate as nextTurn } from "node:timers/promises";
import { describe, expect, it } from "vitest";
import { GENERATED_HEADER, generatedExport, generatedExportCounts } from "@/tests/fixtures/wordpress";
import { newWxrReadCounters, readWxr, readWxrFile } from ".";

/**
 * The reader must not run ahead of its consumer: these tests count, they never time. A slow consumer
 * (one event-loop turn per item, time enough for any background reading to show) takes a 5,000-post
 * export, while the source notes which of its chunks holds each item.
 */
describe("readWxr on a 5,000-post export", () => {
  it("reads every item, and never parses more than a few items ahead of a slow consumer", async () => {
    const counters = newWxrReadCounters();
    /** For each post id, the number (from 1) of the chunk its `<wp:post_id>` is in. */
    const chunkOf = new Map<number, number>();
    let chunksPulled = 0;
    async function* watched(): AsyncGenerator<string> {
      for await (const chunk of generatedExport(5000, { seed: 42 })) {
        chunksPulled++;
        for (const match of chunk.matchAll(/<wp:post_id>(\d+)<\/wp:post_id>/g)) chunkOf.set(Number(match[1]), chunksPulled);
        yield chunk;
      }
    }

    const kinds = { site: 0, author: 0, term: 0, post: 0, attachment: 0 };
    const ids: number[] = [];
    let furthestAhead = 0;
    for await (const event of readWxr(watched(), { counters })) {
      if (event.kind !== "item") {
        kinds[event.kind]++;
        continue;
      }
      const { item } = event;
      kinds[item.postType as "post" | "attachment"]++;
      ids.push(item.postId);
      // The item's chunk, and at most the next one (the item may end there), have been read: no more.
      furthestAhead = Math.max(furthestAhead, chunksPulled - chunkOf.get(item.postId)!);
      await nextTurn();
    }

    // In order and none lost: post n is 1000 + 2n, and every tenth post is followed by its image, 1001 + 2n.
    expect(ids).toEqual(Array.from({ length: 5000 }, (_, n) => (n % 10 === 0 ? [1000 + 2 * n, 1001 + 2 * n] : [1000 + 2 * n])).flat());
    const expected = generatedExportCounts(5000);
    expect(kinds).toEqual({ site: 1, author: GENERATED_HEADER.authors!.length, term: GENERATED_HEADER.terms!.length, post: 5000, attachment: expected.attachments });
    expect(expected.attachments).toBe(500);
    expect(counters.itemsParsed).toBe(5500);
    expect(counters.itemsYielded).toBe(5500);
    expect(counters.chunksRead).toBe(chunksPulled);
    expect(chunksPulled).toBeGreaterThan(100);
    expect(furthestAhead).toBeLessThanOrEqual(1);
    // A 4 KiB slice holds at most a handful of these items (the smallest are about 1,500 characters).
    expect(counters.maxItemsAhead).toBeLessThanOrEqual(4);
  });

  it("reads the same export from a file, and only its first chunk for a consumer that stops at the first item", async () => {
    const folder = await mkdtemp(path.join(tmpdir(), "kiosque-wxr-"));
    try {
      const file = path.join(folder, "export.xml");
      await pipeline(generatedExport(5000, { seed: 42 }), createWriteStream(file));
      const counters = newWxrReadCounters();
      let posts = 0;
      for await (const event of readWxrFile(file, { counters })) if (event.kind === "item" && event.item.postType === "post") posts++;
      expect(posts).toBe(5000);
      expect(counters.maxItemsAhead).toBeLessThanOrEqual(4);

      const early = newWxrReadCounters();
      for await (const event of readWxrFile(file, { counters: early })) if (event.kind === "item") break;
      expect(early.itemsYielded).toBe(1);
      expect(early.chunksRead).toBe(1);
    } finally {
      await rm(folder, { recursive: true, force: true });
    }
  });
});

describe("generatedExport", () => {
  async function text(count: number, options?: Parameters<typeof generatedExport>[1]): Promise<string> {
    let all = "";
    for await (const chunk of generatedExport(count, options)) all += chunk;
    return all;
  }

  it("is the same for the same seed, different for another", async () => {
    expect(await text(30, { seed: 7 })).toBe(await text(30, { seed: 7 }));
    expect(await text(30, { seed: 8 })).not.toBe(await text(30, { seed: 7 }));
  });

  it("has classic and Gutenberg bodies, drafts, tags, and attachments only when asked", async () => {
    const items = [];
    for await (const event of readWxr(generatedExport(60, { seed: 3, withAttachments: false }))) if (event.kind === "item") items.push(event.item);
    expect(items).toHaveLength(60);
    expect(items.every((item) => item.postType === "post")).toBe(true);
    expect(items.some((item) => item.content.startsWith("<!-- wp:"))).toBe(true);
    expect(items.some((item) => !item.content.startsWith("<!-- wp:"))).toBe(true);
    expect(items.some((item) => item.status === "draft" && item.postDateGmt === "0000-00-00 00:00:00" && item.postName === "")).toBe(true);
    expect(items.some((item) => item.categories.some((term) => term.taxonomy === "post_tag"))).toBe(true);
    expect(items.every((item) => item.categories[0]?.taxonomy === "category")).toBe(true);
    expect(generatedExportCounts(60, { withAttachments: false })).toEqual({ posts: 60, attachments: 0 });
  });
});
