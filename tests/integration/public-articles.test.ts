import { beforeEach, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { getArticlePage, getLatestArticles, lookupArticle } from "@/lib/public/articles";
import { getPublicCategories } from "@/lib/public/taxonomies";
import { createArticle, createCategory, createUser, resetContent } from "../factories";

const DAY = 86_400_000;
const ago = (days: number) => new Date(Date.now() - days * DAY);

describe("public reads return only published content", () => {
  let hidden: Record<string, string>;
  let visibleSlugs: string[];

  beforeEach(async () => {
    await resetContent();
    const author = await createUser();
    const category = await createCategory();
    const base = { authorId: author.id, categoryId: category.id };
    const published = await createArticle({ ...base, slug: "publie", publishedAt: ago(3) });
    const dueScheduled = await createArticle({ ...base, slug: "programme-echu", status: "SCHEDULED", publishedAt: ago(1) });
    visibleSlugs = [dueScheduled.slug, published.slug];
    hidden = {
      draft: (await createArticle({ ...base, slug: "brouillon", status: "DRAFT" })).slug,
      review: (await createArticle({ ...base, slug: "en-relecture", status: "IN_REVIEW" })).slug,
      future: (await createArticle({ ...base, slug: "programme-futur", status: "SCHEDULED", publishedAt: new Date(Date.now() + DAY) })).slug,
      archived: (await createArticle({ ...base, slug: "archive", status: "ARCHIVED", publishedAt: ago(10) })).slug,
      // A published status with a future date is not public before its date either.
      publishedFuture: (await createArticle({ ...base, slug: "publie-futur", publishedAt: new Date(Date.now() + DAY) })).slug,
    };
  });

  it("lists only published and due scheduled articles, newest first", async () => {
    const latest = await getLatestArticles(50);
    expect(latest.map((a) => a.slug)).toEqual(visibleSlugs);
    const page = await getArticlePage({ page: 1, perPage: 50 });
    expect(page?.items.map((a) => a.slug)).toEqual(visibleSlugs);
    expect(page?.total).toBe(2);
  });

  it.each(["draft", "review", "future", "publishedFuture"])("answers missing for a %s article", async (key) => {
    expect(await lookupArticle(hidden[key]!)).toEqual({ kind: "missing" });
  });

  it("answers gone (410) for an article that was public and is archived", async () => {
    expect(await lookupArticle(hidden.archived!)).toEqual({ kind: "gone" });
  });

  it("finds a published article with its author, category and neighbours", async () => {
    const result = await lookupArticle("publie");
    expect(result.kind).toBe("found");
    if (result.kind !== "found") return;
    expect(result.article.title).toMatch(/^Article /);
    expect(result.article.previous).toBeNull();
    // The neighbour is the due scheduled article, never a hidden one.
    expect(result.article.next?.slug).toBe("programme-echu");
  });

  it("counts only categories that have public articles", async () => {
    const empty = await createCategory({ slug: "vide" });
    await createArticle({ categoryId: empty.id, status: "DRAFT" });
    const slugs = (await getPublicCategories()).map((c) => c.slug);
    expect(slugs).not.toContain("vide");
    expect(slugs).toHaveLength(1);
  });
});

describe("pagination bounds", () => {
  beforeEach(async () => {
    await resetContent();
    const author = await createUser();
    const category = await createCategory({ slug: "formation" });
    const other = await createCategory({ slug: "international" });
    for (let i = 0; i < 25; i++) {
      await createArticle({ authorId: author.id, categoryId: i < 20 ? category.id : other.id, publishedAt: ago(i + 1), slug: `a-${i}` });
    }
  });

  it("splits into pages and answers null beyond the last one", async () => {
    const first = await getArticlePage({ page: 1, perPage: 10 });
    expect(first).toMatchObject({ page: 1, pageCount: 3, total: 25 });
    expect(first?.items[0]?.slug).toBe("a-0");
    const last = await getArticlePage({ page: 3, perPage: 10 });
    expect(last?.items.map((a) => a.slug)).toEqual(["a-20", "a-21", "a-22", "a-23", "a-24"]);
    expect(await getArticlePage({ page: 4, perPage: 10 })).toBeNull();
    expect(await getArticlePage({ page: 0, perPage: 10 })).toBeNull();
    expect(await getArticlePage({ page: 1.5, perPage: 10 })).toBeNull();
  });

  it("filters by category", async () => {
    const page = await getArticlePage({ page: 1, perPage: 10, categorySlug: "international" });
    expect(page?.total).toBe(5);
    expect(page?.items.every((a) => a.category.slug === "international")).toBe(true);
    expect(await getArticlePage({ page: 2, perPage: 10, categorySlug: "international" })).toBeNull();
  });

  it("keeps page 1 of an empty listing", async () => {
    await resetContent();
    expect(await getArticlePage({ page: 1, perPage: 10 })).toEqual({ items: [], page: 1, pageCount: 1, total: 0 });
  });
});

describe("former slugs", () => {
  beforeEach(resetContent);

  it("redirects every former slug straight to the current one (chains collapsed)", async () => {
    const article = await createArticle({ slug: "titre-c" });
    await prisma.slugRedirect.createMany({
      data: [
        { oldSlug: "titre-a", articleId: article.id },
        { oldSlug: "titre-b", articleId: article.id },
      ],
    });
    expect(await lookupArticle("titre-a")).toEqual({ kind: "redirect", slug: "titre-c" });
    expect(await lookupArticle("titre-b")).toEqual({ kind: "redirect", slug: "titre-c" });
    expect((await lookupArticle("titre-c")).kind).toBe("found");
  });

  it("does not redirect to an article the reader may not see", async () => {
    const draft = await createArticle({ slug: "brouillon-actuel", status: "DRAFT" });
    await prisma.slugRedirect.create({ data: { oldSlug: "ancien-brouillon", articleId: draft.id } });
    expect(await lookupArticle("ancien-brouillon")).toEqual({ kind: "missing" });
  });

  it("never queries for a malformed slug", async () => {
    expect(await lookupArticle("../etc/passwd")).toEqual({ kind: "missing" });
    expect(await lookupArticle("A".repeat(300))).toEqual({ kind: "missing" });
    expect(await lookupArticle("inconnu")).toEqual({ kind: "missing" });
  });
});

describe("tag pages", () => {
  beforeEach(resetContent);

  it("list only the public articles of a tag, and only tags that have one", async () => {
    const { getPublicTags, getTag } = await import("@/lib/public/taxonomies");
    const [visibleTag, draftOnlyTag] = await Promise.all([
      prisma.tag.create({ data: { slug: "securite-privee", name: "sécurité privée" } }),
      prisma.tag.create({ data: { slug: "brouillon-seul", name: "brouillon seul" } }),
    ]);
    const published = await createArticle({ slug: "avec-etiquette" });
    const draft = await createArticle({ slug: "brouillon-etiquete", status: "DRAFT" });
    await createArticle({ slug: "sans-etiquette" });
    await prisma.articleTag.createMany({
      data: [
        { articleId: published.id, tagId: visibleTag.id },
        { articleId: draft.id, tagId: visibleTag.id },
        { articleId: draft.id, tagId: draftOnlyTag.id },
      ],
    });
    expect((await getPublicTags()).map((tag) => tag.slug)).toEqual(["securite-privee"]);
    expect(await getTag("brouillon-seul")).toBeNull();
    const page = await getArticlePage({ page: 1, perPage: 10, tagSlug: "securite-privee" });
    expect(page?.items.map((a) => a.slug)).toEqual(["avec-etiquette"]);
  });
});

describe("the trash", () => {
  beforeEach(resetContent);

  it("takes an article off every public read: its page, the lists, the categories and the search", async () => {
    const { searchArticlesUncached } = await import("@/lib/search/search-articles");
    const category = await createCategory({ slug: "corbeille", name: "Corbeille" });
    const article = await createArticle({ categoryId: category.id, title: "Biathlon des commissaires" });
    expect((await lookupArticle(article.slug)).kind).toBe("found");
    await prisma.article.update({ where: { id: article.id }, data: { deletedAt: new Date() } });
    expect((await lookupArticle(article.slug)).kind).not.toBe("found");
    expect(await getLatestArticles(10)).toEqual([]);
    expect((await getArticlePage({ page: 1, perPage: 10 }))?.total).toBe(0);
    expect(await getPublicCategories()).toEqual([]);
    expect((await searchArticlesUncached("biathlon", 1, 10, null, null))?.total ?? 0).toBe(0);
  });
});
