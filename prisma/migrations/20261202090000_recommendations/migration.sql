-- "Recommander cette page": the mail outbox, the public limits' counters, the share counts, two settings.
-- CreateEnum
CREATE TYPE "MailKind" AS ENUM ('RECOMMENDATION', 'PASSWORD_LINK');

-- CreateEnum
CREATE TYPE "MailStatus" AS ENUM ('PENDING', 'SENT', 'FAILED');

-- CreateEnum
CREATE TYPE "ShareChannel" AS ENUM ('FORM', 'COPY', 'MAILTO', 'SHARE_SHEET', 'LINKEDIN', 'X', 'FACEBOOK', 'MASTODON', 'BLUESKY', 'WHATSAPP');

-- AlterTable
ALTER TABLE "SiteSettings" ADD COLUMN     "recommendationDailyCap" INTEGER NOT NULL DEFAULT 200,
ADD COLUMN     "recommendationsEnabled" BOOLEAN NOT NULL DEFAULT true;

-- CreateTable
CREATE TABLE "OutboxMail" (
    "id" BIGSERIAL NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "kind" "MailKind" NOT NULL,
    "messageId" TEXT NOT NULL,
    "sealed" TEXT,
    "recipientHint" TEXT NOT NULL,
    "status" "MailStatus" NOT NULL DEFAULT 'PENDING',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "nextAttemptAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "claimedUntil" TIMESTAMP(3),
    "claimedBy" TEXT,
    "lastError" TEXT,
    "sentAt" TIMESTAMP(3),

    CONSTRAINT "OutboxMail_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RateCounter" (
    "key" TEXT NOT NULL,
    "count" INTEGER NOT NULL,
    "expiresAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "RateCounter_pkey" PRIMARY KEY ("key")
);

-- CreateTable
CREATE TABLE "ShareCount" (
    "day" DATE NOT NULL,
    "page" TEXT NOT NULL,
    "channel" "ShareChannel" NOT NULL,
    "count" INTEGER NOT NULL,
    "articleId" TEXT,

    CONSTRAINT "ShareCount_pkey" PRIMARY KEY ("day","page","channel")
);

-- CreateIndex
CREATE UNIQUE INDEX "OutboxMail_messageId_key" ON "OutboxMail"("messageId");

-- CreateIndex
CREATE INDEX "OutboxMail_status_nextAttemptAt_idx" ON "OutboxMail"("status", "nextAttemptAt");

-- CreateIndex
CREATE INDEX "RateCounter_expiresAt_idx" ON "RateCounter"("expiresAt");

-- CreateIndex
CREATE INDEX "ShareCount_articleId_day_idx" ON "ShareCount"("articleId", "day");

-- AddForeignKey
ALTER TABLE "ShareCount" ADD CONSTRAINT "ShareCount_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article"("id") ON DELETE CASCADE ON UPDATE CASCADE;


-- Checks Prisma's datamodel cannot express (kept out of schema.prisma: its WASM engine crashes on them).
ALTER TABLE "SiteSettings" ADD CONSTRAINT "SiteSettings_recommendationDailyCap_check" CHECK ("recommendationDailyCap" >= 0);
ALTER TABLE "ShareCount" ADD CONSTRAINT "ShareCount_count_check" CHECK ("count" > 0);
ALTER TABLE "RateCounter" ADD CONSTRAINT "RateCounter_count_check" CHECK ("count" > 0);
ALTER TABLE "OutboxMail" ADD CONSTRAINT "OutboxMail_attempts_check" CHECK ("attempts" >= 0);
