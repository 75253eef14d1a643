import "server-only";
import { createHmac } from "node:crypto";
import { prisma } from "./db";
import type { Prisma } from "./generated/prisma/client";
import { getEncryptionKey } from "./secrets";

/**
 * Fixed-window limits on public actions ("Envoyer à un proche", the share beacon), counted in
 * PostgreSQL so that they hold across restarts and every instance. A counter's key is an HMAC of
 * its scope, its normalised value and its window: the table never holds an address or an IP in
 * clear, and rows are deleted once their window has passed (`pruneRateCounters`).
 */
export type Limit = {
  /** what is limited, e.g. "recommend:ip:hour" */
  scope: string;
  /** the normalised value the limit applies to (an IP's key, an address, a page); "" for a global cap */
  value: string;
  max: number;
  windowMs: number;
};

export class RateLimitedError extends Error {
  constructor(
    readonly scope: string,
    readonly retryAfterMs: number,
  ) {
    super(`Limite atteinte : ${scope}`);
    this.name = "RateLimitedError";
  }
}

let hmacKey: string | undefined;

function counterKey(limit: Limit, windowStart: number): string {
  hmacKey ??= createHmac("sha256", getEncryptionKey()).update("kiosque:rate-limit").digest("base64url");
  return createHmac("sha256", hmacKey).update(`${limit.scope}\u0000${limit.value}\u0000${windowStart}`).digest("base64url");
}

/**
 * Counts one hit against every limit, inside `tx`. Throws RateLimitedError when one is exceeded:
 * the caller's transaction then rolls back, with every counter it raised, so a refused attempt
 * costs no one a slot and what the limit guards (a queued mail) never exists without its count.
 * Counters are raised in key order, so concurrent callers cannot deadlock; each upsert locks its
 * row until commit, so a burst on one key lets exactly `max` through.
 */
export async function consumeLimits(tx: Pick<Prisma.TransactionClient, "$queryRaw">, limits: Limit[], now: Date = new Date()): Promise<void> {
  const rows = limits
    .map((limit) => {
      const windowStart = Math.floor(now.getTime() / limit.windowMs) * limit.windowMs;
      return { limit, key: counterKey(limit, windowStart), expiresAt: new Date(windowStart + limit.windowMs) };
    })
    .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  for (const { limit, key, expiresAt } of rows) {
    const [row] = await tx.$queryRaw<{ count: number }[]>`
      INSERT INTO "RateCounter" ("key", "count", "expiresAt") VALUES (${key}, 1, ${expiresAt})
      ON CONFLICT ("key") DO UPDATE SET "count" = "RateCounter"."count" + 1
      RETURNING "count"`;
    if ((row?.count ?? 0) > limit.max) throw new RateLimitedError(limit.scope, expiresAt.getTime() - now.getTime());
  }
}

/** The same outside any other write: true when the hit was counted, false when a limit refused it. */
export async function tryConsumeLimits(limits: Limit[], now: Date = new Date()): Promise<boolean> {
  try {
    await prisma.$transaction((tx) => consumeLimits(tx, limits, now));
    return true;
  } catch (error) {
    if (error instanceof RateLimitedError) return false;
    throw error;
  }
}

/** Counters whose window has passed are of no use to anyone: delete them. */
export async function pruneRateCounters(now: Date = new Date()): Promise<number> {
  const { count } = await prisma.rateCounter.deleteMany({ where: { expiresAt: { lte: now } } });
  return count;
}

/**
 * An address as the limits see it: lower case, without dots or a "+tag" in its local part, so
 * that "Jeanne.Martin+1@Example.fr" and "jeannemartin@example.fr" share one counter. (Only for
 * counting: mail goes to the address as typed.)
 */
export function addressForLimits(address: string): string {
  const at = address.lastIndexOf("@");
  if (at < 0) return address.trim().toLowerCase();
  const local = address.slice(0, at).toLowerCase().split("+")[0]!.replaceAll(".", "");
  return `${local}@${address.slice(at + 1).toLowerCase()}`;
}
