import { beforeEach, describe, expect, it } from "vitest";
import { PAGE_TTL_SECONDS } from "@/lib/cache-tags";
import { prisma } from "@/lib/db";
import { lookupArticle } from "@/lib/public/articles";
import { publicCacheWindow, publicTtlSeconds } from "@/lib/public/schedule";
import { createArticle } from "../factories";

beforeEach(async () => {
  await prisma.article.deleteMany();
});

describe("scheduled publishing without any write", () => {
  it("caches for the full TTL when nothing is scheduled", async () => {
    await createArticle({ status: "PUBLISHED" });
    await createArticle({ status: "DRAFT", publishedAt: new Date(Date.now() + 60_000) });
    expect(await publicTtlSeconds()).toBe(PAGE_TTL_SECONDS);
  });

  it("ends every public cache when the next scheduled article becomes due", async () => {
    const now = new Date(Date.now() + 1_000);
    await createArticle({ status: "SCHEDULED", publishedAt: new Date(now.getTime() + 120_000) });
    await createArticle({ status: "SCHEDULED", publishedAt: new Date(now.getTime() + 7_200_000) });
    expect(await publicTtlSeconds(now)).toBe(120);
  });

  it("keeps a floor so that a near-due article does not make pages uncacheable", async () => {
    const now = new Date(Date.now() + 1_000);
    await createArticle({ status: "SCHEDULED", publishedAt: new Date(now.getTime() + 1_000) });
    expect(await publicTtlSeconds(now)).toBe(5);
  });

  it("moves on to the next time once the first has passed, without a write", async () => {
    const first = new Date(Date.now() + 60_000);
    const second = new Date(Date.now() + 600_000);
    await createArticle({ status: "SCHEDULED", publishedAt: first });
    await createArticle({ status: "SCHEDULED", publishedAt: second });
    const later = new Date(first.getTime() + 1_000);
    expect(await publicTtlSeconds(later)).toBe(Math.ceil((second.getTime() - later.getTime()) / 1000));
  });

  it("gives public cache entries a new key once a scheduled time has passed, so none written before it is served after", async () => {
    const first = new Date(Date.now() + 60_000);
    const second = new Date(Date.now() + 600_000);
    await createArticle({ status: "SCHEDULED", publishedAt: first });
    await createArticle({ status: "SCHEDULED", publishedAt: second });
    const before = await publicCacheWindow(new Date(first.getTime() - 2_000));
    const after = await publicCacheWindow(new Date(first.getTime() + 1_000));
    expect(before).toEqual({ key: `until:${first.toISOString()}`, revalidate: 5 });
    // Read right after the due time, the entry written just before would still look fresh to Next
    // (its revalidate is now the long one): its key no longer matches.
    expect(after.key).toBe(`until:${second.toISOString()}`);
    expect(after.revalidate).toBeGreaterThan(500);
    expect(await publicCacheWindow(new Date(second.getTime() + 1_000))).toEqual({ key: "until:none", revalidate: PAGE_TTL_SECONDS });
  });

  it("shows a scheduled article once its time has come, not before", async () => {
    const article = await createArticle({ status: "SCHEDULED", publishedAt: new Date(Date.now() + 1_000) });
    expect(await lookupArticle(article.slug)).toEqual({ kind: "missing" });
    await new Promise((resolve) => setTimeout(resolve, 1_100));
    expect((await lookupArticle(article.slug)).kind).toBe("found");
  });
});
