import "server-only";
import { pruneThrottle } from "../auth/throttle";
import { prisma } from "../db";
import { pruneRateCounters } from "../rate-limit";

/** A sent mail's content (address, password link) is kept a week, for an admin asked "did it leave?". */
export const ERASE_SENT_CONTENT_AFTER_MS = 7 * 24 * 3_600_000;
/** Then the row itself, sent or given up, after three months. */
export const DELETE_MAIL_AFTER_MS = 90 * 24 * 3_600_000;

export type HousekeepingOutcome = { rateCounters: number; throttles: number; erased: number; deleted: number };

/**
 * What nobody needs any more, deleted in every instance's background loop (each statement is
 * idempotent, so several instances doing it at once only repeat each other): expired limit
 * counters, old sign-in throttles, the sealed content of mails sent a week ago, and mails sent or
 * given up three months ago. Pending mails are never touched, however old.
 */
export async function housekeeping(now: Date = new Date()): Promise<HousekeepingOutcome> {
  const rateCounters = await pruneRateCounters(now);
  const throttles = await pruneThrottle(now);
  const { count: deleted } = await prisma.outboxMail.deleteMany({
    where: { status: { in: ["SENT", "FAILED"] }, createdAt: { lt: new Date(now.getTime() - DELETE_MAIL_AFTER_MS) } },
  });
  const { count: erased } = await prisma.outboxMail.updateMany({
    where: { status: "SENT", sealed: { not: null }, sentAt: { lt: new Date(now.getTime() - ERASE_SENT_CONTENT_AFTER_MS) } },
    data: { sealed: null },
  });
  return { rateCounters, throttles, erased, deleted };
}
