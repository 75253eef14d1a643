import "server-only";
import { prisma } from "../db";
import type { AuthChallengeKind } from "../generated/prisma/enums";
import { hashToken, isTokenShaped, newToken } from "./tokens";

/**
 * The steps of a sign-in in progress, in PostgreSQL so that any instance can take the next one.
 * SECOND_FACTOR: the password was right, a code is awaited (5 minutes, 5 tries). GRANT: every
 * factor was right; the Credentials provider exchanges it, once, for a session (1 minute).
 */
const LIFETIME_MS: Record<AuthChallengeKind, number> = { SECOND_FACTOR: 5 * 60_000, GRANT: 60_000 };
export const MAX_SECOND_FACTOR_ATTEMPTS = 5;

export async function createChallenge(userId: string, kind: AuthChallengeKind, now: Date = new Date()): Promise<string> {
  const { token, hash } = newToken();
  await prisma.authChallenge.create({
    data: { tokenHash: hash, userId, kind, expiresAt: new Date(now.getTime() + LIFETIME_MS[kind]) },
  });
  // Expired steps of abandoned sign-ins go with the next one.
  await prisma.authChallenge.deleteMany({ where: { expiresAt: { lt: now } } });
  return token;
}

/** The user a live SECOND_FACTOR step belongs to, without consuming it. */
export async function pendingSecondFactor(token: unknown, now: Date = new Date()): Promise<{ userId: string } | null> {
  if (!isTokenShaped(token)) return null;
  const row = await prisma.authChallenge.findFirst({
    where: { tokenHash: hashToken(token), kind: "SECOND_FACTOR", expiresAt: { gt: now }, attempts: { lt: MAX_SECOND_FACTOR_ATTEMPTS } },
    select: { userId: true },
  });
  return row;
}

/** One more wrong code for this step; at the limit the step is over and the password must be typed again. */
export async function recordWrongCode(token: string): Promise<void> {
  await prisma.authChallenge.updateMany({ where: { tokenHash: hashToken(token), kind: "SECOND_FACTOR" }, data: { attempts: { increment: 1 } } });
}

/** Consumes a live step of `kind` atomically: two requests with one token cannot both succeed. */
export async function consumeChallenge(token: unknown, kind: AuthChallengeKind, now: Date = new Date()): Promise<{ userId: string } | null> {
  if (!isTokenShaped(token)) return null;
  const rows = await prisma.$queryRaw<{ userId: string }[]>`
    DELETE FROM "AuthChallenge"
    WHERE "tokenHash" = ${hashToken(token)} AND "kind" = ${kind}::"AuthChallengeKind" AND "expiresAt" > ${now}
      AND "attempts" < ${MAX_SECOND_FACTOR_ATTEMPTS}
    RETURNING "userId"`;
  return rows[0] ?? null;
}
