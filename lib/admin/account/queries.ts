import "server-only";
import type { Actor } from "../../auth/session";
import { remainingRecoveryCodes } from "../../auth/two-factor";
import { prisma } from "../../db";
import { requireSelf } from "./self";

/** The signed-in person's own account, as "my account" shows it. */
export async function getOwnAccount(actor: Actor | null) {
  requireSelf(actor);
  const user = await prisma.user.findUniqueOrThrow({
    where: { id: actor.id },
    select: { name: true, email: true, role: true, passwordChangedAt: true, lastSignInAt: true, totpEnabledAt: true },
  });
  return user;
}

/** Where the person's two-factor authentication stands, and whether the settings let them turn it off. */
export async function getOwnTwoFactorStatus(actor: Actor | null) {
  requireSelf(actor, { allowPendingTwoFactor: true });
  const [user, settings] = await Promise.all([
    prisma.user.findUniqueOrThrow({ where: { id: actor.id }, select: { totpEnabledAt: true } }),
    prisma.siteSettings.findUnique({ where: { id: 1 }, select: { requireAdminTwoFactor: true } }),
  ]);
  return {
    enabledAt: user.totpEnabledAt,
    remainingRecoveryCodes: user.totpEnabledAt ? await remainingRecoveryCodes(actor.id) : 0,
    mandatory: actor.role === "ADMIN" && (settings?.requireAdminTwoFactor ?? false),
  };
}
