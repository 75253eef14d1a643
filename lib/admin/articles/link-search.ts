import "server-only";
import { z } from "zod";
import { requirePermission } from "../../auth/authorize";
import type { Actor } from "../../auth/session";
import { prisma } from "../../db";
import { Prisma } from "../../generated/prisma/client";
import { paths } from "../../paths";
import { publicPredicate } from "../../search/search-articles";

/** How many articles the link form lists at once: enough to choose, few enough to read. */
export const LINK_SEARCH_LIMIT = 8;

export const linkSearchSchema = z.object({
  q: z.string({ message: "Recherche : texte attendu." }).max(100, "Recherche : 100 caractères au plus."),
});

export type LinkTarget = { title: string; slug: string; href: string; publishedAt: string };

/** Typographic and straight apostrophes are one character for the search ("l’école" finds "l'école"). */
const APOSTROPHES = "’ʼ‘`´";

function words(q: string): string[] {
  return q
    .replace(new RegExp(`[${APOSTROPHES}]`, "g"), "'")
    .split(/\s+/)
    .map((word) => word.trim())
    .filter((word) => word.length > 0)
    .slice(0, 8);
}

/**
 * Public articles whose title holds every word typed, in any order, whatever the case and the
 * accents ("ecole" finds "L’École"), newest first: the targets of a link to another article
 * ("voir notre article précédent"). Only public articles: a link must not lead to a page readers
 * cannot open. The link goes to the article's current address (paths.article).
 */
export async function searchArticleTitles(actor: Actor | null, input: { q: string }, now: Date = new Date()): Promise<LinkTarget[]> {
  requirePermission(actor, "article.read");
  const terms = words(input.q);
  if (terms.join("").length < 2) return [];
  const conditions = terms.map((term) => {
    const pattern = `%${term.replace(/[\\%_]/g, (character) => `\\${character}`)}%`;
    return Prisma.sql`unaccent(lower(translate(a.title, ${APOSTROPHES}, ${"'".repeat(APOSTROPHES.length)}))) LIKE unaccent(lower(${pattern})) ESCAPE '\\'`;
  });
  const rows = await prisma.$queryRaw<{ title: string; slug: string; publishedAt: Date }[]>`
    SELECT a.title, a.slug, a."publishedAt"
    FROM "Article" a
    WHERE ${publicPredicate(now)} AND ${Prisma.join(conditions, " AND ")}
    ORDER BY a."publishedAt" DESC, a.id DESC
    LIMIT ${LINK_SEARCH_LIMIT}`;
  return rows.map((row) => ({ title: row.title, slug: row.slug, href: paths.article(row.slug), publishedAt: new Date(row.publishedAt).toISOString() }));
}
