-- CreateEnum
CREATE TYPE "WordPressImportStatus" AS ENUM ('RUNNING', 'DONE', 'FAILED');

-- AlterEnum
ALTER TYPE "RevisionKind" ADD VALUE 'IMPORT';

-- AlterTable
ALTER TABLE "Article" ADD COLUMN     "wordpressGuid" TEXT,
ADD COLUMN     "wordpressHash" TEXT,
ADD COLUMN     "wordpressId" INTEGER;

-- AlterTable
ALTER TABLE "Media" ADD COLUMN     "wordpressId" INTEGER;

-- AlterTable
ALTER TABLE "User" ADD COLUMN     "wordpressLogin" TEXT;

-- CreateTable
CREATE TABLE "LegacyUrl" (
    "path" TEXT NOT NULL,
    "articleId" TEXT,
    "categoryId" TEXT,
    "tagId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "LegacyUrl_pkey" PRIMARY KEY ("path")
);

-- CreateTable
CREATE TABLE "WordPressImport" (
    "id" TEXT NOT NULL,
    "fileName" TEXT NOT NULL,
    "fileSha256" TEXT NOT NULL,
    "dryRun" BOOLEAN NOT NULL,
    "status" "WordPressImportStatus" NOT NULL DEFAULT 'RUNNING',
    "total" INTEGER NOT NULL DEFAULT 0,
    "processed" INTEGER NOT NULL DEFAULT 0,
    "report" JSONB,
    "error" TEXT,
    "startedById" TEXT,
    "startedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "heartbeatAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "finishedAt" TIMESTAMP(3),

    CONSTRAINT "WordPressImport_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "LegacyUrl_articleId_idx" ON "LegacyUrl"("articleId");

-- CreateIndex
CREATE INDEX "LegacyUrl_categoryId_idx" ON "LegacyUrl"("categoryId");

-- CreateIndex
CREATE INDEX "LegacyUrl_tagId_idx" ON "LegacyUrl"("tagId");

-- CreateIndex
CREATE INDEX "WordPressImport_startedAt_idx" ON "WordPressImport"("startedAt" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "Article_wordpressId_key" ON "Article"("wordpressId");

-- CreateIndex
CREATE UNIQUE INDEX "Media_wordpressId_key" ON "Media"("wordpressId");

-- CreateIndex
CREATE UNIQUE INDEX "User_wordpressLogin_key" ON "User"("wordpressLogin");

-- AddForeignKey
ALTER TABLE "LegacyUrl" ADD CONSTRAINT "LegacyUrl_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LegacyUrl" ADD CONSTRAINT "LegacyUrl_categoryId_fkey" FOREIGN KEY ("categoryId") REFERENCES "Category"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LegacyUrl" ADD CONSTRAINT "LegacyUrl_tagId_fkey" FOREIGN KEY ("tagId") REFERENCES "Tag"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WordPressImport" ADD CONSTRAINT "WordPressImport_startedById_fkey" FOREIGN KEY ("startedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;


-- One target per old address, and a path as lib/wordpress/legacy-path.ts writes it.
ALTER TABLE "LegacyUrl" ADD CONSTRAINT "LegacyUrl_one_target_check" CHECK (num_nonnulls("articleId", "categoryId", "tagId") = 1);
ALTER TABLE "LegacyUrl" ADD CONSTRAINT "LegacyUrl_path_check" CHECK ("path" LIKE '/%' AND length("path") <= 2048);
ALTER TABLE "WordPressImport" ADD CONSTRAINT "WordPressImport_progress_check" CHECK ("processed" >= 0 AND "total" >= 0);
