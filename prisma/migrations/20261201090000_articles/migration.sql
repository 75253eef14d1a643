-- The back office, part 2: writing and publishing articles. Working copies of public articles,
-- revisions, who is editing, the trash, the media an article uses, focal points.
-- Generated with scripts/migration-diff.sh, then the end written by hand. No semicolon inside a
-- statement (see 20261126120000_search).
-- CreateEnum
CREATE TYPE "RevisionKind" AS ENUM ('SAVE', 'SUBMIT', 'PUBLISH', 'SCHEDULE', 'UPDATE', 'RESTORE', 'UNPUBLISH', 'ARCHIVE');

-- AlterTable
ALTER TABLE "Article" ADD COLUMN     "deletedAt" TIMESTAMP(3),
ADD COLUMN     "firstPublishedAt" TIMESTAMP(3),
ADD COLUMN     "submittedAt" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "Media" ADD COLUMN     "decorative" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "focalX" DOUBLE PRECISION NOT NULL DEFAULT 0.5,
ADD COLUMN     "focalY" DOUBLE PRECISION NOT NULL DEFAULT 0.5,
ADD COLUMN     "sha256" TEXT;

-- AlterTable
ALTER TABLE "SiteSettings" ADD COLUMN     "defaultImageCredit" TEXT NOT NULL DEFAULT '';

-- CreateTable
CREATE TABLE "ArticleWorkingCopy" (
    "articleId" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "excerpt" TEXT NOT NULL,
    "body" JSONB NOT NULL,
    "slug" TEXT NOT NULL,
    "categoryId" TEXT NOT NULL,
    "heroImageId" TEXT,
    "tagIds" TEXT[],
    "submittedAt" TIMESTAMP(3),
    "updatedById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ArticleWorkingCopy_pkey" PRIMARY KEY ("articleId")
);

-- CreateTable
CREATE TABLE "ArticleRevision" (
    "id" BIGSERIAL NOT NULL,
    "articleId" TEXT NOT NULL,
    "kind" "RevisionKind" NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "authorId" TEXT,
    "authorName" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "excerpt" TEXT NOT NULL,
    "body" JSONB NOT NULL,
    "slug" TEXT NOT NULL,
    "categoryId" TEXT,
    "categoryName" TEXT NOT NULL,
    "heroImageId" TEXT,
    "tagIds" TEXT[],
    "tagNames" TEXT[],
    "note" TEXT NOT NULL DEFAULT '',

    CONSTRAINT "ArticleRevision_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ArticleEditor" (
    "articleId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "startedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "heartbeatAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ArticleEditor_pkey" PRIMARY KEY ("articleId","userId")
);

-- CreateTable
CREATE TABLE "ArticleMedia" (
    "articleId" TEXT NOT NULL,
    "mediaId" TEXT NOT NULL,
    "inWorkingCopy" BOOLEAN NOT NULL,

    CONSTRAINT "ArticleMedia_pkey" PRIMARY KEY ("articleId","mediaId","inWorkingCopy")
);

-- CreateIndex
CREATE INDEX "ArticleRevision_articleId_createdAt_idx" ON "ArticleRevision"("articleId", "createdAt" DESC);

-- CreateIndex
CREATE INDEX "ArticleEditor_heartbeatAt_idx" ON "ArticleEditor"("heartbeatAt");

-- CreateIndex
CREATE INDEX "ArticleMedia_mediaId_idx" ON "ArticleMedia"("mediaId");

-- CreateIndex
CREATE INDEX "Article_deletedAt_idx" ON "Article"("deletedAt");

-- CreateIndex
CREATE INDEX "Media_createdAt_idx" ON "Media"("createdAt" DESC);

-- CreateIndex
CREATE INDEX "Media_sha256_idx" ON "Media"("sha256");

-- AddForeignKey
ALTER TABLE "ArticleWorkingCopy" ADD CONSTRAINT "ArticleWorkingCopy_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ArticleWorkingCopy" ADD CONSTRAINT "ArticleWorkingCopy_categoryId_fkey" FOREIGN KEY ("categoryId") REFERENCES "Category"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ArticleWorkingCopy" ADD CONSTRAINT "ArticleWorkingCopy_heroImageId_fkey" FOREIGN KEY ("heroImageId") REFERENCES "Media"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ArticleRevision" ADD CONSTRAINT "ArticleRevision_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ArticleRevision" ADD CONSTRAINT "ArticleRevision_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ArticleEditor" ADD CONSTRAINT "ArticleEditor_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ArticleEditor" ADD CONSTRAINT "ArticleEditor_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ArticleMedia" ADD CONSTRAINT "ArticleMedia_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ArticleMedia" ADD CONSTRAINT "ArticleMedia_mediaId_fkey" FOREIGN KEY ("mediaId") REFERENCES "Media"("id") ON DELETE RESTRICT ON UPDATE CASCADE;


-- A working copy's slug follows the one slug rule too (lib/slug.ts).
ALTER TABLE "ArticleWorkingCopy" ADD CONSTRAINT "ArticleWorkingCopy_slug_check" CHECK (char_length("slug") <= 200 AND "slug" ~ '^[a-z0-9]+(-[a-z0-9]+)*$');

-- A focal point lies in the image.
ALTER TABLE "Media" ADD CONSTRAINT "Media_focal_point_check" CHECK ("focalX" >= 0 AND "focalX" <= 1 AND "focalY" >= 0 AND "focalY" <= 1);

-- Articles that have been public keep that memory: their URL answers 410 Gone once withdrawn.
UPDATE "Article" SET "firstPublishedAt" = "publishedAt"
WHERE "publishedAt" IS NOT NULL AND ("status" IN ('PUBLISHED', 'ARCHIVED') OR ("status" = 'SCHEDULED' AND "publishedAt" <= now()));

-- The media existing articles use: their hero image and the images of their body.
INSERT INTO "ArticleMedia" ("articleId", "mediaId", "inWorkingCopy")
SELECT "id", "heroImageId", false FROM "Article" WHERE "heroImageId" IS NOT NULL
UNION
SELECT a."id", m."id", false
FROM "Article" a
CROSS JOIN LATERAL jsonb_path_query(a."body", 'strict $.**?(@.type == "image").attrs.mediaId') AS ref(media_id)
JOIN "Media" m ON m."id" = ref.media_id #>> '{}'
ON CONFLICT DO NOTHING;

-- New images are credited as the school's own until someone types another credit.
UPDATE "SiteSettings" SET "defaultImageCredit" = '© ' || "shortName" WHERE "defaultImageCredit" = '';
