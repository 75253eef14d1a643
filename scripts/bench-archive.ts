/** The benchmark's archive: generated published articles, written straight into a site's database. */
import { sql } from "./bench-site";

/** Published archive articles, copied from the demo's (body, category, tags), spread over the past years. */
export async function addArchive(databaseUrl: string, upTo: number): Promise<void> {
  const [{ count }] = (await sql(databaseUrl, `SELECT count(*)::int AS count FROM "Article" WHERE slug LIKE 'archive-%'`)) as [{ count: number }];
  if (count >= upTo) return;
  await sql(
    databaseUrl,
    `WITH sources AS (
       SELECT array_agg(id ORDER BY id) AS ids FROM "Article" WHERE status = 'PUBLISHED' AND "deletedAt" IS NULL AND slug NOT LIKE 'archive-%'
     ), made AS (
       INSERT INTO "Article" (id, slug, title, excerpt, body, status, "publishedAt", "firstPublishedAt", "authorId", "categoryId", "createdAt", "updatedAt")
       SELECT 'archive' || g, 'archive-' || g, a.title || ' — archive ' || g, a.excerpt, a.body, 'PUBLISHED',
              now() - interval '3 days' - g * interval '4 hours', now() - interval '3 days' - g * interval '4 hours', a."authorId", a."categoryId", now(), now()
       FROM generate_series($1::int + 1, $2::int) AS g, sources
       JOIN LATERAL (SELECT * FROM "Article" WHERE id = sources.ids[1 + g % array_length(sources.ids, 1)]) a ON true
       RETURNING id, 'archive' || 0 AS unused
     )
     SELECT count(*) FROM made`,
    [count, upTo],
  );
  await sql(
    databaseUrl,
    `INSERT INTO "ArticleTag" ("articleId", "tagId")
     SELECT a.id, t."tagId" FROM "Article" a
     JOIN LATERAL (SELECT regexp_replace(a.title, '^.* — archive ', '')::int AS g) n ON true
     JOIN (SELECT array_agg(id ORDER BY id) AS ids FROM "Article" WHERE status = 'PUBLISHED' AND "deletedAt" IS NULL AND slug NOT LIKE 'archive-%') s ON true
     JOIN "ArticleTag" t ON t."articleId" = s.ids[1 + n.g % array_length(s.ids, 1)]
     WHERE a.slug LIKE 'archive-%' AND NOT EXISTS (SELECT 1 FROM "ArticleTag" x WHERE x."articleId" = a.id)`,
  );
  // An archive written over years has been vacuumed: index-only scans see it as such.
  await sql(databaseUrl, "VACUUM ANALYZE");
}
