import "server-only";
import { recordAudit } from "../audit/record";
import { prisma } from "../db";
import type { Prisma } from "../generated/prisma/client";
import type { UserTokenPurpose } from "../generated/prisma/enums";
import { hashPassword } from "../password";
import { paths } from "../paths";
import { absoluteUrl } from "../urls";
import { newPasswordField } from "./schemas";
import { accountKey, clearFailures } from "./throttle";
import { hashToken, isTokenShaped, newToken } from "./tokens";

/**
 * Single-use links to choose a password: an invitation for a new person, a reset for someone who
 * forgot theirs. The token travels in the URL only; the database keeps its SHA-256 hash, so that a
 * copy of the database opens no account. A used link is kept (marked used) so that a second visit
 * can say so rather than "unknown".
 */
export const PASSWORD_LINK_LIFETIME_MS = 48 * 3_600_000;

export type PasswordLinkPurpose = UserTokenPurpose;

export type PasswordLink = { url: string; expiresAt: Date; purpose: PasswordLinkPurpose };

type Db = Pick<Prisma.TransactionClient, "userToken">;

/**
 * A new link for `userId`. Their unused links stop working at once: only the latest one handed
 * out is valid. Pass the transaction of the change that asks for it (a creation, an admin's reset).
 */
export async function createPasswordLink(
  input: { userId: string; purpose: PasswordLinkPurpose; createdById: string | null },
  db: Db = prisma,
  now: Date = new Date(),
): Promise<PasswordLink> {
  const { token, hash } = newToken();
  const expiresAt = new Date(now.getTime() + PASSWORD_LINK_LIFETIME_MS);
  await db.userToken.deleteMany({ where: { userId: input.userId, usedAt: null } });
  await db.userToken.create({
    data: { tokenHash: hash, userId: input.userId, purpose: input.purpose, expiresAt, createdById: input.createdById },
  });
  return { url: absoluteUrl(paths.admin.choosePassword(token)), expiresAt, purpose: input.purpose };
}

/** Drops every unused link of a person (a disabled account must not be reopened by an old link). */
export async function revokePasswordLinks(userId: string, db: Db = prisma): Promise<number> {
  const { count } = await db.userToken.deleteMany({ where: { userId, usedAt: null } });
  return count;
}

export type LinkFailure = "unknown" | "expired" | "used";

export type LinkInspection =
  | { status: "valid"; name: string; purpose: PasswordLinkPurpose; expiresAt: Date }
  | { status: LinkFailure };

/**
 * What the "choose your password" page shows, without consuming anything: mail scanners and
 * link previews open URLs before the person does, and must not burn the link.
 */
export async function inspectLink(token: unknown, now: Date = new Date()): Promise<LinkInspection> {
  if (!isTokenShaped(token)) return { status: "unknown" };
  const row = await prisma.userToken.findUnique({
    where: { tokenHash: hashToken(token) },
    select: { purpose: true, expiresAt: true, usedAt: true, user: { select: { name: true, disabledAt: true } } },
  });
  // A disabled account's link is answered like an unknown one: it tells nothing about the account.
  if (!row || row.user.disabledAt) return { status: "unknown" };
  if (row.usedAt) return { status: "used" };
  if (row.expiresAt <= now) return { status: "expired" };
  return { status: "valid", name: row.user.name, purpose: row.purpose, expiresAt: row.expiresAt };
}

export type ConsumeOutcome = { ok: true; userId: string; email: string; name: string } | { ok: false; reason: LinkFailure };

/**
 * Sets the password a link was made for, once. The token is marked used by a conditional update
 * in the same transaction as the password, so two submissions of one link (two tabs, a double
 * click, two instances) cannot both succeed. Every open session of the account ends, and a lock
 * after failed sign-ins is lifted: the person has just proved they hold the link.
 */
export async function consumeLink(
  token: unknown,
  newPassword: string,
  options: { ip?: string | null; now?: Date } = {},
): Promise<ConsumeOutcome> {
  const now = options.now ?? new Date();
  // The action validated it already; this guards any other caller.
  if (!newPasswordField.safeParse(newPassword).success) throw new Error("consumeLink: the new password does not meet the policy.");
  const checked = await inspectLink(token, now);
  if (checked.status !== "valid" || !isTokenShaped(token)) return { ok: false, reason: checked.status === "valid" ? "unknown" : checked.status };

  // argon2id costs tens of milliseconds: hashed before the transaction, which then holds its locks briefly.
  const passwordHash = await hashPassword(newPassword);
  const tokenHash = hashToken(token);
  const outcome = await prisma.$transaction(async (tx): Promise<ConsumeOutcome> => {
    const [claimed] = await tx.$queryRaw<{ userId: string; purpose: PasswordLinkPurpose }[]>`
      UPDATE "UserToken" SET "usedAt" = ${now}
      WHERE "tokenHash" = ${tokenHash} AND "usedAt" IS NULL AND "expiresAt" > ${now}
      RETURNING "userId", "purpose"::text AS "purpose"`;
    if (!claimed) return { ok: false, reason: "used" };
    const current = await tx.user.findUnique({ where: { id: claimed.userId }, select: { disabledAt: true } });
    if (!current || current.disabledAt) return { ok: false, reason: "unknown" };
    const user = await tx.user.update({
      where: { id: claimed.userId },
      data: { passwordHash, passwordChangedAt: now, sessionVersion: { increment: 1 } },
      select: { id: true, email: true, name: true },
    });
    await tx.userToken.deleteMany({ where: { userId: user.id, usedAt: null } });
    await clearFailures(accountKey(user.email), tx);
    await recordAudit(
      {
        action: "auth.password_set",
        actor: user,
        target: { type: "user", id: user.id, label: user.email },
        details: { purpose: claimed.purpose },
        ip: options.ip ?? null,
      },
      tx,
    );
    return { ok: true, userId: user.id, email: user.email, name: user.name };
  });
  if (outcome.ok || outcome.reason !== "used") return outcome;
  // The claim failed: say why now (used meanwhile, expired meanwhile, or replaced).
  const after = await inspectLink(token, now);
  return { ok: false, reason: after.status === "valid" ? "used" : after.status };
}
