-- Public listings (home, /actualites, categories, feeds, sitemaps) read the public articles newest
-- first. With `status IN ('PUBLISHED', 'SCHEDULED')` the (status, publishedAt) indexes cannot give
-- that order, so each first render sorted the whole archive (about 25 ms at 20,000 articles) and
-- counted it with a sequential scan (15 ms). Partial indexes holding exactly the public rows, in
-- listing order, serve the page, its OFFSET (index-only, see lib/public/articles.ts) and the count.
-- Prisma's schema cannot express a partial index: they live here only (scripts/migration-diff.sh
-- leaves them out of its diff) (docs/decisions/0017-page-cache.md, "Cost that does not grow with the archive").
CREATE INDEX "Article_public_published_idx" ON "Article" ("publishedAt" DESC, "id" DESC) WHERE "deletedAt" IS NULL AND "status" IN ('PUBLISHED', 'SCHEDULED');

CREATE INDEX "Article_public_category_published_idx" ON "Article" ("categoryId", "publishedAt" DESC, "id" DESC) WHERE "deletedAt" IS NULL AND "status" IN ('PUBLISHED', 'SCHEDULED');
