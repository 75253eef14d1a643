import "server-only";
import { open, seal } from "../crypto/secret-box";
import { prisma } from "../db";
import type { Prisma } from "../generated/prisma/client";
import { getEncryptionKey } from "../secrets";
import { hashRecoveryCode, looksLikeRecoveryCode, matchTotp, newRecoveryCodes, newTotpSecret } from "./totp-codes";

/**
 * Two-factor authentication in the database: TOTP secrets sealed with the encryption key, the
 * last accepted step (a code is accepted once), and recovery codes kept hashed.
 */

/** The secret being enrolled: created on first call, the same until confirmed (a reload shows the same QR code). */
export async function pendingTotpSecret(userId: string): Promise<string> {
  const user = await prisma.user.findUniqueOrThrow({ where: { id: userId }, select: { totpPendingSecret: true } });
  if (user.totpPendingSecret) return open(user.totpPendingSecret, getEncryptionKey());
  // Two first visits at once (two tabs) must end with one secret, the same on both screens.
  await prisma.user.updateMany({ where: { id: userId, totpPendingSecret: null }, data: { totpPendingSecret: seal(newTotpSecret(), getEncryptionKey()) } });
  const stored = await prisma.user.findUniqueOrThrow({ where: { id: userId }, select: { totpPendingSecret: true } });
  if (!stored.totpPendingSecret) throw new Error("Secret de double authentification introuvable après sa création.");
  return open(stored.totpPendingSecret, getEncryptionKey());
}

/**
 * Accepts `code` for the step it was made for, once: the step is recorded with a conditional
 * update, so the same code replayed (even on another instance, even at the same moment) fails.
 */
async function acceptTotp(userId: string, sealedSecret: string, code: string, now: number): Promise<boolean> {
  const step = matchTotp(open(sealedSecret, getEncryptionKey()), code, now);
  if (step === null) return false;
  const { count } = await prisma.user.updateMany({
    where: { id: userId, OR: [{ totpLastStep: null }, { totpLastStep: { lt: step } }] },
    data: { totpLastStep: step },
  });
  return count === 1;
}

/** Turns the pending secret into the account's, given a first valid code. Returns the recovery codes, shown once. */
export async function confirmTotpEnrollment(userId: string, code: string, now: number = Date.now()): Promise<string[] | null> {
  const user = await prisma.user.findUniqueOrThrow({ where: { id: userId }, select: { totpPendingSecret: true } });
  if (!user.totpPendingSecret || !(await acceptTotp(userId, user.totpPendingSecret, code, now))) return null;
  const codes = newRecoveryCodes();
  await prisma.$transaction([
    prisma.user.update({
      where: { id: userId },
      data: { totpSecret: user.totpPendingSecret, totpPendingSecret: null, totpEnabledAt: new Date(now) },
    }),
    prisma.recoveryCode.deleteMany({ where: { userId } }),
    prisma.recoveryCode.createMany({ data: codes.map((code) => ({ userId, codeHash: hashRecoveryCode(code) })) }),
  ]);
  return codes;
}

/** A TOTP code, or else a recovery code (consumed). Which one matched, or null. */
export async function verifySecondFactorCode(userId: string, code: string, now: number = Date.now()): Promise<"totp" | "recovery" | null> {
  const user = await prisma.user.findUnique({ where: { id: userId }, select: { totpSecret: true, totpEnabledAt: true } });
  if (!user?.totpSecret || !user.totpEnabledAt) return null;
  if (await acceptTotp(userId, user.totpSecret, code, now)) return "totp";
  if (!looksLikeRecoveryCode(code)) return null;
  const { count } = await prisma.recoveryCode.updateMany({
    where: { userId, codeHash: hashRecoveryCode(code), usedAt: null },
    data: { usedAt: new Date(now) },
  });
  return count === 1 ? "recovery" : null;
}

export async function renewRecoveryCodes(userId: string): Promise<string[]> {
  const codes = newRecoveryCodes();
  await prisma.$transaction([
    prisma.recoveryCode.deleteMany({ where: { userId } }),
    prisma.recoveryCode.createMany({ data: codes.map((code) => ({ userId, codeHash: hashRecoveryCode(code) })) }),
  ]);
  return codes;
}

export async function remainingRecoveryCodes(userId: string): Promise<number> {
  return prisma.recoveryCode.count({ where: { userId, usedAt: null } });
}

/**
 * Removes two-factor authentication from an account (the person's own choice, or an admin's after
 * a lost phone). Pass the transaction of the change that asks for it, so that its audit entry
 * commits with it; alone, it runs in a transaction of its own.
 */
export async function disableTwoFactor(userId: string, tx?: Prisma.TransactionClient): Promise<void> {
  if (!tx) return prisma.$transaction((own) => disableTwoFactor(userId, own));
  await tx.user.update({
    where: { id: userId },
    data: { totpSecret: null, totpPendingSecret: null, totpEnabledAt: null, totpLastStep: null },
  });
  await tx.recoveryCode.deleteMany({ where: { userId } });
}
