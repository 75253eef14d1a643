import "server-only";
import type { Prisma, ShareChannel } from "../generated/prisma/client";

/** Today in Europe/Paris as a calendar day: the figures are read by people who live on that clock. */
export function parisDay(now: Date = new Date()): Date {
  const day = new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Paris", year: "numeric", month: "2-digit", day: "2-digit" }).format(now);
  return new Date(`${day}T00:00:00Z`);
}

/**
 * Counts one recommendation of a page by a channel, today: one atomic upsert, so concurrent
 * counts on several instances add up. Nothing about the reader is stored.
 */
export async function recordShare(
  db: Pick<Prisma.TransactionClient, "$executeRaw">,
  page: { key: string; articleId: string | null },
  channel: ShareChannel,
  now: Date = new Date(),
): Promise<void> {
  await db.$executeRaw`
    INSERT INTO "ShareCount" ("day", "page", "channel", "count", "articleId")
    VALUES (${parisDay(now)}::date, ${page.key}, ${channel}::"ShareChannel", 1, ${page.articleId})
    ON CONFLICT ("day", "page", "channel") DO UPDATE SET "count" = "ShareCount"."count" + 1`;
}
