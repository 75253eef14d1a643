import { describe, expect, it, vi } from "vitest";

const revalidateTag = vi.fn();
vi.mock("next/cache", () => ({ revalidateTag }));

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
});
