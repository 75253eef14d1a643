import { describe, expect } from "vitest";
import { changeNameAction, changePasswordAction, signOutEverywhereAction } from "@/app/admin/(espace)/compte/actions";
import { confirmTwoFactorAction, disableTwoFactorAction, renewRecoveryCodesAction } from "@/app/admin/(espace)/compte/double-authentification/actions";
import { totpCode } from "@/lib/auth/totp-codes";
import { confirmTotpEnrollment, pendingTotpSecret } from "@/lib/auth/two-factor";
import { prisma } from "@/lib/db";
import { STAFF_PASSWORD } from "../../factories";
import { auditActions, matrixCase, post, type Cast, type Visitor } from "../../support/matrix";

/**
 * "My account": every signed-in, enabled member of staff manages their own account, whatever
 * their role; nobody else gets anywhere (the commands take no user id, so "someone else's
 * account" cannot even be asked for).
 */
const EVERY_SIGNED_IN: readonly Visitor[] = ["auteur", "autre auteur", "éditeur", "administrateur"];

const NEW_PASSWORD = "une toute nouvelle phrase de passe";

const actorRow = (cast: Cast) => prisma.user.findUniqueOrThrow({ where: { id: cast.actor!.id } });

/** The visitor's secret, pending (for enrolment) or confirmed ten minutes ago (so every present code is unused). */
async function secretFor(cast: Cast, confirmed: boolean): Promise<string> {
  // Anonymous visitors have no account: the code they send is made from some secret or other.
  const target = cast.actor ?? cast.author;
  const secret = await pendingTotpSecret(target.id);
  if (confirmed) {
    const past = Date.now() - 10 * 60_000;
    await confirmTotpEnrollment(target.id, totpCode(secret, past), past);
  }
  return secret;
}

const codesOf = (result: Awaited<ReturnType<typeof post>>) => ("data" in result ? result.data?.codes : undefined);

describe("matrix: my account", () => {
  matrixCase({
    name: "changer son nom",
    allowed: EVERY_SIGNED_IN,
    call: () => post(changeNameAction, { name: "Nouveau Nom" }),
    verify: async (cast) => {
      expect((await actorRow(cast)).name).toBe("Nouveau Nom");
      expect(await auditActions()).toEqual(["user.updated"]);
    },
  });

  matrixCase({
    name: "changer son mot de passe",
    allowed: EVERY_SIGNED_IN,
    call: () => post(changePasswordAction, { currentPassword: STAFF_PASSWORD, password: NEW_PASSWORD, confirmation: NEW_PASSWORD }),
    verify: async (cast) => {
      const row = await actorRow(cast);
      expect(row.sessionVersion).toBe(cast.actor!.sessionVersion + 1);
      expect(row.passwordChangedAt).not.toBeNull();
      expect(await auditActions()).toEqual(["auth.password_changed"]);
    },
  });

  matrixCase({
    name: "se déconnecter de tous les appareils",
    allowed: EVERY_SIGNED_IN,
    call: () => post(signOutEverywhereAction, {}),
    verify: async (cast) => {
      expect((await actorRow(cast)).sessionVersion).toBe(cast.actor!.sessionVersion + 1);
      expect(await auditActions()).toEqual(["auth.sign_out_everywhere"]);
    },
  });

  matrixCase({
    name: "activer la double authentification",
    allowed: EVERY_SIGNED_IN,
    setup: (cast) => secretFor(cast, false),
    call: (_cast, secret) => post(confirmTwoFactorAction, { code: totpCode(secret) }),
    verify: async (cast) => {
      expect((await actorRow(cast)).totpEnabledAt).not.toBeNull();
      expect(await auditActions()).toEqual(["auth.two_factor_enabled"]);
    },
  });

  matrixCase({
    name: "renouveler ses codes de secours",
    allowed: EVERY_SIGNED_IN,
    setup: (cast) => secretFor(cast, true),
    call: async (_cast, secret) => {
      const result = await post(renewRecoveryCodesAction, { code: totpCode(secret) });
      if (result.status === "success") expect(codesOf(result)).toHaveLength(10);
      return result;
    },
    verify: async (cast) => {
      expect(await prisma.recoveryCode.count({ where: { userId: cast.actor!.id, usedAt: null } })).toBe(10);
      expect(await auditActions()).toEqual(["auth.recovery_codes_renewed"]);
    },
  });

  matrixCase({
    name: "désactiver la double authentification",
    allowed: EVERY_SIGNED_IN,
    setup: (cast) => secretFor(cast, true),
    call: () => post(disableTwoFactorAction, { currentPassword: STAFF_PASSWORD }),
    verify: async (cast) => {
      expect((await actorRow(cast)).totpEnabledAt).toBeNull();
      expect(await auditActions()).toEqual(["auth.two_factor_disabled"]);
    },
  });
});
