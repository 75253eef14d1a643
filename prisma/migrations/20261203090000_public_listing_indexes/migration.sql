-- Public listings (home, /actualites, categories, feeds, sitemaps) read the public articles newest
-- first. With `status IN ('PUBLISHED', 'SCHEDULED')` the (status, publishedAt) indexes cannot give
-- that order, so each first render sorted the whole archive (about 25 ms at 20,000 articles) and
-- counted it with a sequential scan (15 ms). These indexes hold the rows out of the trash in listing
-- order, with their status, so that the page, its OFFSET (index-only, see lib/public/articles.ts)
-- and the count are read from them. Their condition is only what every public query writes
-- literally (`"deletedAt" IS NULL`): the statuses reach PostgreSQL as parameters, which a cached
-- generic plan cannot match against a partial index's condition.
-- Prisma's schema cannot express a partial index: they live here only (scripts/migration-diff.sh
-- leaves them out of its diff; docs/decisions/0017-page-cache.md).
CREATE INDEX "Article_public_published_idx" ON "Article" ("publishedAt" DESC, "id" DESC) INCLUDE ("status") WHERE "deletedAt" IS NULL;

CREATE INDEX "Article_public_category_published_idx" ON "Article" ("categoryId", "publishedAt" DESC, "id" DESC) INCLUDE ("status") WHERE "deletedAt" IS NULL;
