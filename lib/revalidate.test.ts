import { describe, expect, it, vi } from "vitest";

const revalidateTag = vi.fn();
vi.mock("next/cache", () => ({ revalidateTag }));
const afterResponse: (() => Promise<void>)[] = [];
vi.mock("next/server", () => ({ after: (task: () => Promise<void>) => afterResponse.push(task) }));

describe("revalidateArticleChange", () => {
  it("drops the article, its former slugs, its lists, categories and tags at once", async () => {
    const { revalidateArticleChange } = await import("./revalidate");
    const done = revalidateArticleChange({
      slug: "nouveau-titre",
      previousSlugs: ["ancien-titre"],
      categorySlugs: ["partenariats", "international"],
      tagSlugs: ["securite-privee"],
    });
    expect(done).toEqual([
      "articles",
      "article:nouveau-titre",
      "article:ancien-titre",
      "category:partenariats",
      "category:international",
      "tag:securite-privee",
    ]);
    expect(revalidateTag.mock.calls).toEqual(done.map((tag) => [tag, { expire: 0 }]));
  });

  it("drops the same tags again once the requests in flight have ended, and once more later", async () => {
    const { revalidateArticleChange, LAST_DROP_MS } = await import("./revalidate");
    revalidateTag.mockClear();
    afterResponse.length = 0;
    let endRequests = () => {};
    const inFlight = new Promise<void>((resolve) => (endRequests = resolve));
    Object.assign(globalThis, { __kiosqueRequestsInFlight: () => inFlight });
    vi.useFakeTimers();
    try {
      const done = revalidateArticleChange({ slug: "un-article" });
      expect(revalidateTag).toHaveBeenCalledTimes(done.length);
      expect(afterResponse).toHaveLength(1);
      const later = afterResponse[0]!();
      await vi.advanceTimersByTimeAsync(5_000);
      expect(revalidateTag).toHaveBeenCalledTimes(done.length);
      endRequests();
      await vi.advanceTimersByTimeAsync(0);
      expect(revalidateTag.mock.calls.slice(done.length)).toEqual(done.map((tag) => [tag, { expire: 0 }]));
      await vi.advanceTimersByTimeAsync(LAST_DROP_MS);
      await later;
      expect(revalidateTag).toHaveBeenCalledTimes(3 * done.length);
    } finally {
      vi.useRealTimers();
      delete (globalThis as { __kiosqueRequestsInFlight?: unknown }).__kiosqueRequestsInFlight;
    }
  });
});

describe("invalidation of everything else a write can change", () => {
  it("names the tags of each kind of change", async () => {
    const { revalidateAuthorChange, revalidateCategoryChange, revalidateSettings, revalidateSites, revalidateTagChange } = await import("./revalidate");
    revalidateTag.mockClear();
    expect(revalidateSettings()).toEqual(["settings"]);
    expect(revalidateSites()).toEqual(["sites"]);
    expect(revalidateCategoryChange(["ancienne", "nouvelle", "ancienne"])).toEqual(["articles", "category:ancienne", "category:nouvelle"]);
    expect(revalidateTagChange(["europe", "union-europeenne"])).toEqual(["articles", "tag:europe", "tag:union-europeenne"]);
    expect(revalidateAuthorChange()).toEqual(["articles"]);
    expect(revalidateTag).toHaveBeenCalledTimes(9);
    for (const call of revalidateTag.mock.calls) expect(call[1]).toEqual({ expire: 0 });
  });
});

describe("revalidateMediaChange", () => {
  it("drops the media facts, and the articles showing the medium as their hero image when there are some", async () => {
    const { revalidateMediaChange } = await import("./revalidate");
    expect(revalidateMediaChange()).toEqual(["media"]);
    expect(revalidateMediaChange(["remise-des-diplomes"])).toEqual(["media", "articles", "article:remise-des-diplomes"]);
  });
});
