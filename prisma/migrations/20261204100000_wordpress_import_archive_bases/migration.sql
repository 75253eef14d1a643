-- AlterTable
ALTER TABLE "WordPressImport" ADD COLUMN     "categoryBase" TEXT NOT NULL DEFAULT 'category',
ADD COLUMN     "tagBase" TEXT NOT NULL DEFAULT 'tag';


-- As lib/wordpress/import/archive-bases.ts's ARCHIVE_BASE.
ALTER TABLE "WordPressImport" ADD CONSTRAINT "WordPressImport_bases_check" CHECK ("categoryBase" ~ '^[a-z0-9_-]+(/[a-z0-9_-]+)*$' AND "tagBase" ~ '^[a-z0-9_-]+(/[a-z0-9_-]+)*$');
