import "server-only";
import { prisma } from "../db";
import { paths } from "../paths";
import { normaliseLegacyPath } from "./legacy-path";

/**
 * Where an old site's address now lives (app/(site)/[...chemin] and app/(site)/ancienne-adresse
 * answer it with one 308), or null. The target is read at each request, not stored: an article
 * renamed since its import still gets its current address. An article that was never public here
 * has none (its old address answers 404, as the post did not exist for readers).
 */
function hasBeenPublic(article: { firstPublishedAt: Date | null; status: string; publishedAt: Date | null }): boolean {
  if (article.firstPublishedAt) return true;
  // A scheduled article is public from its date on, before anything records it.
  return (article.status === "PUBLISHED" || article.status === "SCHEDULED") && article.publishedAt !== null && article.publishedAt <= new Date();
}

export async function resolveLegacyUrl(pathname: string, search = ""): Promise<string | null> {
  const path = normaliseLegacyPath(pathname, search);
  if (!path) return null;
  const row = await prisma.legacyUrl.findUnique({
    where: { path },
    select: {
      article: { select: { slug: true, firstPublishedAt: true, status: true, publishedAt: true } },
      category: { select: { slug: true } },
      tag: { select: { slug: true } },
    },
  });
  if (row?.article) return hasBeenPublic(row.article) ? paths.article(row.article.slug) : null;
  if (row?.category) return paths.category(row.category.slug);
  if (row?.tag) return paths.tag(row.tag.slug);
  return null;
}
