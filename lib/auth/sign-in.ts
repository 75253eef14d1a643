import "server-only";
import { recordAudit } from "../audit/record";
import { prisma } from "../db";
import { hashPassword, verifyPassword } from "../password";
import { consumeChallenge, createChallenge, pendingSecondFactor, recordWrongCode } from "./challenges";
import { ACCOUNT_POLICY, accountKey, ADDRESS_POLICY, addressKey, clearFailures, lockedUntil, recordFailure } from "./throttle";
import { verifySecondFactorCode } from "./two-factor";

/**
 * The sign-in steps, outside next-auth so that each is a plain function with tests: password
 * (throttled, constant time), then the second factor when the account has one, and last a
 * single-use grant that the Credentials provider exchanges for the session cookie.
 */
export type SignInOutcome =
  | { kind: "grant"; grant: string }
  | { kind: "second-factor"; challenge: string }
  | { kind: "invalid" }
  | { kind: "locked"; until: Date };

// Every refused password costs one argon2id verification, even for an unknown address or an
// account without password, so that the answer time does not tell them apart.
let dummyHash: Promise<string> | undefined;
const dummy = () => (dummyHash ??= hashPassword("kiosque-dummy-password-for-constant-time"));

type Known = { id: string; email: string; name: string };

// The same writes whatever the reason, so that no path is measurably shorter.
async function refuse(email: string, ip: string, reason: "unknown" | "password" | "disabled", actor: Known | null): Promise<SignInOutcome> {
  const [accountLock, addressLock] = await Promise.all([
    recordFailure(accountKey(email), ACCOUNT_POLICY),
    recordFailure(addressKey(ip), ADDRESS_POLICY),
  ]);
  await recordAudit({ action: "auth.sign_in_failed", actor, actorLabel: email, details: { reason }, ip });
  const lock = accountLock ?? addressLock;
  if (lock) {
    await recordAudit({ action: "auth.locked_out", actor, actorLabel: email, details: { by: accountLock ? "account" : "address", until: lock.toISOString() }, ip });
  }
  return { kind: "invalid" };
}

export async function checkPassword(input: { email: string; password: string; ip: string }): Promise<SignInOutcome> {
  const email = input.email.trim().toLowerCase();
  const until = await lockedUntil([accountKey(email), addressKey(input.ip)]);
  if (until) return { kind: "locked", until };

  const user = await prisma.user.findUnique({
    where: { email },
    select: { id: true, email: true, name: true, passwordHash: true, disabledAt: true, totpEnabledAt: true },
  });
  const matches = await verifyPassword(user?.passwordHash ?? (await dummy()), input.password);
  if (!user || !user.passwordHash) return refuse(email, input.ip, "unknown", user);
  if (!matches) return refuse(email, input.ip, "password", user);
  if (user.disabledAt) return refuse(email, input.ip, "disabled", user);

  if (user.totpEnabledAt) return { kind: "second-factor", challenge: await createChallenge(user.id, "SECOND_FACTOR") };
  await clearFailures(accountKey(email));
  return { kind: "grant", grant: await createChallenge(user.id, "GRANT") };
}

export type SecondFactorOutcome = { kind: "grant"; grant: string } | { kind: "invalid" } | { kind: "expired" } | { kind: "locked"; until: Date };

/** The code step: a TOTP code or a recovery code, for the account whose password was right. */
export async function checkSecondFactor(input: { challenge: string; code: string; ip: string }): Promise<SecondFactorOutcome> {
  const pending = await pendingSecondFactor(input.challenge);
  if (!pending) return { kind: "expired" };
  const user = await prisma.user.findUnique({ where: { id: pending.userId }, select: { id: true, email: true, name: true, disabledAt: true } });
  if (!user || user.disabledAt) return { kind: "expired" };
  const until = await lockedUntil([accountKey(user.email), addressKey(input.ip)]);
  if (until) return { kind: "locked", until };

  const method = await verifySecondFactorCode(user.id, input.code);
  if (!method) {
    await recordWrongCode(input.challenge);
    const [accountLock] = await Promise.all([recordFailure(accountKey(user.email), ACCOUNT_POLICY), recordFailure(addressKey(input.ip), ADDRESS_POLICY)]);
    await recordAudit({ action: "auth.sign_in_failed", actor: user, details: { reason: "second-factor" }, ip: input.ip });
    if (accountLock) await recordAudit({ action: "auth.locked_out", actor: user, details: { by: "account", until: accountLock.toISOString() }, ip: input.ip });
    return { kind: "invalid" };
  }
  if (!(await consumeChallenge(input.challenge, "SECOND_FACTOR"))) return { kind: "expired" };
  if (method === "recovery") await recordAudit({ action: "auth.recovery_code_used", actor: user, target: { type: "user", id: user.id, label: user.email }, ip: input.ip });
  await clearFailures(accountKey(user.email));
  return { kind: "grant", grant: await createChallenge(user.id, "GRANT") };
}

export type SessionUser = { id: string; sessionVersion: number };

/**
 * What the Credentials provider calls: the grant for the session it opens, or null. Records the
 * sign-in, so that an entry exists for every session ever opened.
 */
export async function exchangeGrant(grant: unknown, ip: string): Promise<SessionUser | null> {
  const consumed = await consumeChallenge(grant, "GRANT");
  if (!consumed) return null;
  const user = await prisma.user.findUnique({
    where: { id: consumed.userId },
    select: { id: true, email: true, name: true, disabledAt: true, sessionVersion: true },
  });
  if (!user || user.disabledAt) return null;
  await prisma.user.update({ where: { id: user.id }, data: { lastSignInAt: new Date() } });
  await recordAudit({ action: "auth.sign_in", actor: user, ip });
  return { id: user.id, sessionVersion: user.sessionVersion };
}
