import "server-only";
import { isPublicNow } from "../articles/status";
import { prisma } from "../db";
import { paths } from "../paths";
import { normaliseLegacyPath, splitLegacySuffix } from "./legacy-path";

/** Public once (its address then answers 410 if withdrawn), or now: a scheduled article from its date on. */
function hasBeenPublic(article: Parameters<typeof isPublicNow>[0] & { firstPublishedAt: Date | null }): boolean {
  return article.firstPublishedAt !== null || isPublicNow(article);
}

/**
 * Where an old site's address now lives (app/(site)/[...chemin] and app/(site)/ancienne-adresse
 * answer it with one 308), or null. The target is read at each request, not stored: an article
 * renamed since its import still gets its current address. An article that was never public here
 * has none (its old address answers 404, as the post did not exist for readers). WordPress's feeds
 * (`/feed`, an archive's `/feed`) lead to the same feeds here, its later pages (`/page/2`) to the
 * same page of the listing, so that subscribers and old links keep working.
 */
export async function resolveLegacyUrl(pathname: string, search = ""): Promise<string | null> {
  const path = normaliseLegacyPath(pathname, search);
  if (!path) return null;
  if (path.startsWith("/?feed=")) return path === "/?feed=atom" ? paths.feeds.atom() : paths.feeds.rss();
  const exact = await lookup(path);
  if (exact) return exact.href;
  // An archive's feed or later page (/category/x/feed, /tag/y/page/2, /feed): the same here.
  const { base, feed, page } = splitLegacySuffix(path);
  if (!feed && !page) return null;
  if (base === "") return feed ? (feed === "atom" ? paths.feeds.atom() : paths.feeds.rss()) : `${paths.news()}?page=${page}`;
  const archive = await lookup(base);
  if (!archive) return null;
  if (archive.kind === "article") return archive.href;
  if (feed) {
    const slug = archive.slug;
    if (archive.kind === "category") return feed === "atom" ? paths.feeds.categoryAtom(slug) : paths.feeds.categoryRss(slug);
    return feed === "atom" ? paths.feeds.tagAtom(slug) : paths.feeds.tagRss(slug);
  }
  return page! > 1 ? `${archive.href}?page=${page}` : archive.href;
}

type Target = { kind: "article" | "category" | "tag"; slug: string; href: string };

async function lookup(path: string): Promise<Target | null> {
  const row = await prisma.legacyUrl.findUnique({
    where: { path },
    select: {
      article: { select: { slug: true, firstPublishedAt: true, status: true, publishedAt: true, deletedAt: true } },
      category: { select: { slug: true } },
      tag: { select: { slug: true } },
    },
  });
  if (row?.article) return hasBeenPublic(row.article) ? { kind: "article", slug: row.article.slug, href: paths.article(row.article.slug) } : null;
  if (row?.category) return { kind: "category", slug: row.category.slug, href: paths.category(row.category.slug) };
  if (row?.tag) return { kind: "tag", slug: row.tag.slug, href: paths.tag(row.tag.slug) };
  return null;
}
