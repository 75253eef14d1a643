import { describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { SLUG_MAX_LENGTH } from "@/lib/slug";
import { createArticle, createCategory, createUser } from "../factories";

/** The database holds the one slug rule of lib/slug.ts too, whatever writes to it. */
describe("the database enforces the slug rule", () => {
  const bad = ["Majuscules", "a--b", "-a", "é", "a b", "x".repeat(SLUG_MAX_LENGTH + 1)];

  it.each(bad)("refuses the article slug %j", async (slug) => {
    await expect(createArticle({ slug })).rejects.toThrow();
  });

  it.each(bad)("refuses the category, tag and former slugs %j", async (slug) => {
    const category = await createCategory();
    const tag = await prisma.tag.create({ data: { slug: `t-${Date.now()}`, name: "t" } });
    const article = await createArticle({ categoryId: category.id });
    await expect(prisma.category.create({ data: { slug, name: "x" } })).rejects.toThrow();
    await expect(prisma.tag.create({ data: { slug, name: "x" } })).rejects.toThrow();
    await expect(prisma.slugRedirect.create({ data: { oldSlug: slug, articleId: article.id } })).rejects.toThrow();
    await expect(prisma.categorySlugRedirect.create({ data: { oldSlug: slug, categoryId: category.id } })).rejects.toThrow();
    await expect(prisma.tagSlugRedirect.create({ data: { oldSlug: slug, tagId: tag.id } })).rejects.toThrow();
  });

  it("accepts a slug of exactly the maximum length", async () => {
    const slug = "x".repeat(SLUG_MAX_LENGTH);
    await expect(createCategory({ slug })).resolves.toMatchObject({ slug });
  });
});

describe("the database keeps one account per address", () => {
  it("stores addresses lower-case only", async () => {
    await expect(createUser({ email: "Agent@Ecole.example" })).rejects.toThrow();
    await expect(createUser({ email: "agent@ecole.example" })).resolves.toBeTruthy();
  });

  it("has a single settings row", async () => {
    await expect(prisma.siteSettings.create({ data: { id: 2, siteName: "x", shortName: "x" } })).rejects.toThrow();
  });
});
