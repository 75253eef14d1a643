import "server-only";
import { recordAudit, type AuditEntry } from "../../audit/record";
import { revokePasswordLinks } from "../../auth/password-links";
import { createChallenge } from "../../auth/challenges";
import type { Actor } from "../../auth/session";
import { ACCOUNT_POLICY, accountKey, clearFailures, lockedUntil, recordFailure } from "../../auth/throttle";
import { formatManualKey, totpUri } from "../../auth/totp-codes";
import { confirmTotpEnrollment, disableTwoFactor, pendingTotpSecret, renewRecoveryCodes, verifySecondFactorCode } from "../../auth/two-factor";
import { prisma } from "../../db";
import type { Prisma } from "../../generated/prisma/client";
import { formatTimeFr } from "../../format/time";
import { hashPassword, verifyPassword } from "../../password";
import { getSettings } from "../../public/site";
import type { RequestContext } from "../../request-context";
import { revalidateAuthorChange } from "../../revalidate";
import { FieldError, RuleError } from "../errors";
import type { DisableTwoFactorInput, NameInput, PasswordChangeInput, TotpCodeInput } from "./schema";
import { requireSelf } from "./self";

/**
 * "My account": what every member of staff may do to their own account, and nothing else. Each
 * command takes the actor and acts on the actor's row; none takes a user id.
 */

const self = (actor: Actor): NonNullable<AuditEntry["target"]> => ({ type: "user", id: actor.id, label: actor.email });

/**
 * Who holds a session may try passwords and codes here without the sign-in page's throttle: a
 * stolen session must not become an offline-speed guessing oracle. Wrong answers count on the
 * account's sign-in counter, and a locked account refuses these checks too.
 */
async function refuseWhileLocked(actor: Actor): Promise<void> {
  const until = await lockedUntil([accountKey(actor.email)]);
  if (until) {
    throw new RuleError(`Trop d’essais erronés : par sécurité, cette action est bloquée jusqu’à ${formatTimeFr(until)}. Réessayez ensuite.`);
  }
}

async function countWrongAnswer(actor: Actor, context: RequestContext, during: string): Promise<void> {
  const lock = await recordFailure(accountKey(actor.email), ACCOUNT_POLICY);
  if (lock) await recordAudit({ action: "auth.locked_out", actor, details: { by: "account", during, until: lock.toISOString() }, ip: context.ip });
}

async function checkCurrentPassword(actor: Actor, password: string, context: RequestContext, during: string): Promise<void> {
  await refuseWhileLocked(actor);
  const { passwordHash } = await prisma.user.findUniqueOrThrow({ where: { id: actor.id }, select: { passwordHash: true } });
  if (!passwordHash || !(await verifyPassword(passwordHash, password))) {
    await countWrongAnswer(actor, context, during);
    throw new FieldError("currentPassword", "Mot de passe actuel : ce n’est pas le bon mot de passe.");
  }
}

/**
 * The end of every session but the one about to be opened: the version every session carries
 * goes up, and sign-ins half done (a password typed, a code awaited) are dropped, or one begun
 * before this call could finish after it with a fresh session. Unused password links go too: a
 * reset link sent before would otherwise let its holder choose a password after this one.
 */
async function endSessions(tx: Prisma.TransactionClient, userId: string, data: Prisma.UserUpdateInput = {}): Promise<void> {
  await tx.user.update({ where: { id: userId }, data: { ...data, sessionVersion: { increment: 1 } } });
  await tx.authChallenge.deleteMany({ where: { userId } });
  await revokePasswordLinks(userId, tx);
}

/** The name on one's articles (byline, JSON-LD, feeds) and in the back office. */
export async function changeOwnName(actor: Actor | null, input: NameInput, context: RequestContext): Promise<{ changed: boolean }> {
  requireSelf(actor);
  const outcome = await prisma.$transaction(async (tx) => {
    const before = await tx.user.findUniqueOrThrow({ where: { id: actor.id }, select: { name: true, _count: { select: { articles: true } } } });
    if (before.name === input.name) return { changed: false, hasArticles: false };
    await tx.user.update({ where: { id: actor.id }, data: { name: input.name } });
    await recordAudit({ action: "user.updated", actor, target: self(actor), details: { name: [before.name, input.name] }, ip: context.ip }, tx);
    return { changed: true, hasArticles: before._count.articles > 0 };
  });
  if (outcome.hasArticles) revalidateAuthorChange();
  return { changed: outcome.changed };
}

/**
 * A new password, given the current one. Every session ends, this one included (they share the
 * version); the grant returned lets the caller open a fresh session for this browser at once.
 */
export async function changeOwnPassword(actor: Actor | null, input: PasswordChangeInput, context: RequestContext): Promise<{ grant: string }> {
  requireSelf(actor);
  await checkCurrentPassword(actor, input.currentPassword, context, "password_change");
  if (input.password === input.currentPassword) throw new FieldError("password", "Choisissez un mot de passe différent de l’actuel.");
  const passwordHash = await hashPassword(input.password);
  await prisma.$transaction(async (tx) => {
    await endSessions(tx, actor.id, { passwordHash, passwordChangedAt: new Date() });
    await recordAudit({ action: "auth.password_changed", actor, target: self(actor), ip: context.ip }, tx);
  });
  await clearFailures(accountKey(actor.email));
  return { grant: await createChallenge(actor.id, "GRANT") };
}

/** Every session of the account ends at its next request; the caller ends this one's cookie. */
export async function signOutEverywhere(actor: Actor | null, _input: unknown, context: RequestContext): Promise<void> {
  // Ending one's sessions only ever takes access away: allowed before enrolment too.
  requireSelf(actor, { allowPendingTwoFactor: true });
  await prisma.$transaction(async (tx) => {
    await endSessions(tx, actor.id);
    await recordAudit({ action: "auth.sign_out_everywhere", actor, target: self(actor), ip: context.ip }, tx);
  });
}

export type TwoFactorEnrollment = { issuer: string; account: string; manualKey: string; uri: string };

/**
 * What an authenticator app needs to enrol: the pending secret (the same until confirmed, so a
 * reload shows the same QR code), as an otpauth:// URI and as a key to type by hand.
 */
export async function startTwoFactorEnrollment(actor: Actor | null): Promise<TwoFactorEnrollment> {
  requireSelf(actor, { allowPendingTwoFactor: true });
  if (actor.twoFactorEnabled) throw new RuleError("La double authentification est déjà activée sur votre compte.");
  const secret = await pendingTotpSecret(actor.id);
  const issuer = (await getSettings()).shortName;
  return { issuer, account: actor.email, manualKey: formatManualKey(secret), uri: totpUri(secret, issuer, actor.email) };
}

/** The first code from the app turns two-factor authentication on. The recovery codes are shown once. */
export async function confirmTwoFactor(actor: Actor | null, input: TotpCodeInput, context: RequestContext): Promise<{ codes: string[] }> {
  requireSelf(actor, { allowPendingTwoFactor: true });
  if (actor.twoFactorEnabled) throw new RuleError("La double authentification est déjà activée sur votre compte.");
  // Not throttled: whoever holds this session can read the secret on the page anyway.
  const codes = await confirmTotpEnrollment(actor.id, input.code);
  if (!codes) {
    throw new FieldError(
      "code",
      "Code à 6 chiffres : ce code n’est pas valide. Saisissez le code affiché en ce moment par l’application (si cela se reproduit, vérifiez l’heure du téléphone).",
    );
  }
  await recordAudit({ action: "auth.two_factor_enabled", actor, target: self(actor), ip: context.ip });
  return { codes };
}

/** Ten new recovery codes, the old ones void; a code from the app proves the phone is at hand. */
export async function renewOwnRecoveryCodes(actor: Actor | null, input: TotpCodeInput, context: RequestContext): Promise<{ codes: string[] }> {
  requireSelf(actor, { allowPendingTwoFactor: true });
  if (!actor.twoFactorEnabled) throw new RuleError("La double authentification n’est pas activée sur votre compte.");
  await refuseWhileLocked(actor);
  // The schema admits six digits only, which never match a recovery code: none is consumed here.
  if ((await verifySecondFactorCode(actor.id, input.code)) !== "totp") {
    await countWrongAnswer(actor, context, "recovery_codes_renewal");
    throw new FieldError("code", "Code à 6 chiffres : ce code n’est pas valide, ou il vient déjà de servir. Saisissez le code suivant de votre application.");
  }
  const codes = await renewRecoveryCodes(actor.id);
  await recordAudit({ action: "auth.recovery_codes_renewed", actor, target: self(actor), ip: context.ip });
  return { codes };
}

export const MANDATORY_TWO_FACTOR_MESSAGE =
  "Les réglages du site exigent la double authentification pour les administrateurs : vous ne pouvez pas la désactiver sur votre compte.";

/** Turns two-factor authentication off, given the current password; never for an admin when the settings require it. */
export async function disableOwnTwoFactor(actor: Actor | null, input: DisableTwoFactorInput, context: RequestContext): Promise<void> {
  requireSelf(actor, { allowPendingTwoFactor: true });
  if (!actor.twoFactorEnabled) throw new RuleError("La double authentification n’est pas activée sur votre compte.");
  if (actor.role === "ADMIN") {
    // Read afresh: the cached flag of the session check may be a moment old.
    const settings = await prisma.siteSettings.findUnique({ where: { id: 1 }, select: { requireAdminTwoFactor: true } });
    if (settings?.requireAdminTwoFactor) throw new RuleError(MANDATORY_TWO_FACTOR_MESSAGE);
  }
  await checkCurrentPassword(actor, input.currentPassword, context, "two_factor_disable");
  await disableTwoFactor(actor.id);
  await recordAudit({ action: "auth.two_factor_disabled", actor, target: self(actor), ip: context.ip });
}
