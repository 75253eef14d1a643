import "server-only";
import { prisma } from "../db";
import type { Prisma } from "../generated/prisma/client";

/**
 * Failed sign-ins counted in PostgreSQL, so that a limit holds across restarts and across every
 * instance on the database: each failure is one atomic upsert, and whichever instance records the
 * failure that reaches the limit sets the lock all of them read.
 *
 * Two keys per attempt: the account (by address, known or not, so the answer never tells whether
 * an account exists) and the client's address (an IPv6 client by its /64, which a single
 * subscriber usually holds whole).
 */
export type ThrottlePolicy = { maxFailures: number; windowMs: number; lockMs: number };

export const ACCOUNT_POLICY: ThrottlePolicy = { maxFailures: 5, windowMs: 15 * 60_000, lockMs: 15 * 60_000 };
export const ADDRESS_POLICY: ThrottlePolicy = { maxFailures: 30, windowMs: 15 * 60_000, lockMs: 15 * 60_000 };

export const accountKey = (email: string) => `account:${email.trim().toLowerCase()}`;

export function addressKey(ip: string): string {
  if (!ip.includes(":")) return `ip:${ip}`;
  // The first four groups of the expanded address: its /64.
  const [head = "", tail = ""] = ip.split("::");
  const headGroups = head ? head.split(":") : [];
  const tailGroups = tail ? tail.split(":") : [];
  const groups = ip.includes("::")
    ? [...headGroups, ...Array<string>(8 - headGroups.length - tailGroups.length).fill("0"), ...tailGroups]
    : ip.split(":");
  return `ip:${groups
    .slice(0, 4)
    .map((group) => group.replace(/^0+(?=.)/, "").toLowerCase())
    .join(":")}::/64`;
}

/** When the first of `keys` that is locked opens again, or null when none is locked. */
export async function lockedUntil(keys: string[], now: Date = new Date()): Promise<Date | null> {
  const rows = await prisma.authThrottle.findMany({
    where: { key: { in: keys }, lockedUntil: { gt: now } },
    select: { lockedUntil: true },
    orderBy: { lockedUntil: "desc" },
    take: 1,
  });
  return rows[0]?.lockedUntil ?? null;
}

/**
 * Counts one failure for `key`. Returns the lock's end when this failure is the one that reached
 * the limit (the caller records a lock-out), null otherwise. The count starts again after a lock.
 */
export async function recordFailure(key: string, policy: ThrottlePolicy, now: Date = new Date()): Promise<Date | null> {
  const windowStart = new Date(now.getTime() - policy.windowMs);
  const lockEnd = new Date(now.getTime() + policy.lockMs);
  const [row] = await prisma.$queryRaw<{ failures: number; locked: boolean }[]>`
    INSERT INTO "AuthThrottle" ("key", "failures", "windowStartedAt", "lockedUntil", "updatedAt")
    VALUES (${key}, 1, ${now}, ${policy.maxFailures <= 1 ? lockEnd : null}, ${now})
    ON CONFLICT ("key") DO UPDATE SET
      "failures" = CASE
        WHEN "AuthThrottle"."windowStartedAt" < ${windowStart} THEN 1
        WHEN "AuthThrottle"."failures" + 1 >= ${policy.maxFailures} THEN 0
        ELSE "AuthThrottle"."failures" + 1 END,
      "windowStartedAt" = CASE
        WHEN "AuthThrottle"."windowStartedAt" < ${windowStart} OR "AuthThrottle"."failures" + 1 >= ${policy.maxFailures} THEN ${now}
        ELSE "AuthThrottle"."windowStartedAt" END,
      "lockedUntil" = CASE
        WHEN "AuthThrottle"."windowStartedAt" >= ${windowStart} AND "AuthThrottle"."failures" + 1 >= ${policy.maxFailures} THEN ${lockEnd}
        ELSE "AuthThrottle"."lockedUntil" END,
      "updatedAt" = ${now}
    RETURNING "failures", ("lockedUntil" = ${lockEnd}) AS "locked"`;
  return row?.locked ? lockEnd : null;
}

/**
 * A successful sign-in, or an admin's unlock: the account starts afresh. Pass the transaction of
 * the change that lifts the lock, so that the unlock and its audit entry commit together.
 */
export async function clearFailures(key: string, db: Pick<Prisma.TransactionClient, "authThrottle"> = prisma): Promise<void> {
  await db.authThrottle.deleteMany({ where: { key } });
}

/** Rows nobody has touched for a day are over: the windows and locks are far shorter. */
export async function pruneThrottle(now: Date = new Date()): Promise<number> {
  const { count } = await prisma.authThrottle.deleteMany({
    where: { updatedAt: { lt: new Date(now.getTime() - 24 * 3_600_000) }, OR: [{ lockedUntil: null }, { lockedUntil: { lt: now } }] },
  });
  return count;
}
