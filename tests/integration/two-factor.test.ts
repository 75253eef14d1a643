/**
 * Two-factor authentication (TOTP) on the real database: enrolment from "my account", recovery
 * codes, turning it off, and the sign-in path that asks for a code.
 */
import { beforeEach, describe, expect, it } from "vitest";
import { confirmTwoFactorAction, disableTwoFactorAction } from "@/app/admin/(espace)/compte/double-authentification/actions";
import {
  changeOwnName,
  confirmTwoFactor,
  disableOwnTwoFactor,
  renewOwnRecoveryCodes,
  startTwoFactorEnrollment,
} from "@/lib/admin/account/commands";
import { totpCodeSchema } from "@/lib/admin/account/schema";
import { ForbiddenError, RuleError } from "@/lib/admin/errors";
import { MAX_SECOND_FACTOR_ATTEMPTS } from "@/lib/auth/challenges";
import { loadActor, type Actor } from "@/lib/auth/session";
import { checkPassword, checkSecondFactor, exchangeGrant } from "@/lib/auth/sign-in";
import { TOTP_PERIOD_SECONDS, newTotpSecret, totpCode } from "@/lib/auth/totp-codes";
import { confirmTotpEnrollment, pendingTotpSecret, remainingRecoveryCodes, verifySecondFactorCode } from "@/lib/auth/two-factor";
import { prisma } from "@/lib/db";
import type { User } from "@/lib/generated/prisma/client";
import { createStaff, resetDatabase, STAFF_PASSWORD } from "../factories";
import { databaseSnapshot } from "../support/database-snapshot";
import { auditActions, post } from "../support/matrix";
import { actAs, resetRequest } from "../support/request";

const IP = "198.51.100.7";
const context = { ip: IP, requestId: "requete-de-test" };
const STEP_MS = TOTP_PERIOD_SECONDS * 1000;

beforeEach(async () => {
  resetRequest();
  await resetDatabase();
});

async function actorOf(user: User): Promise<Actor> {
  const fresh = await prisma.user.findUniqueOrThrow({ where: { id: user.id } });
  const actor = await loadActor({ uid: fresh.id, sv: fresh.sessionVersion });
  if (!actor) throw new Error("no session for this user");
  return actor;
}

const secretOf = (manualKey: string) => manualKey.replace(/\s+/g, "");

/**
 * An account enrolled ten minutes ago, so that every code of the present is still unused (a code
 * is accepted once, and only for a step after the last accepted one).
 */
async function enrolled(user: User): Promise<{ secret: string; codes: string[] }> {
  const secret = await pendingTotpSecret(user.id);
  const past = Date.now() - 10 * 60_000;
  const codes = await confirmTotpEnrollment(user.id, totpCode(secret, past), past);
  if (!codes) throw new Error("enrolment failed");
  return { secret, codes };
}

/** A six-digit code that is valid for no step around now. */
function wrongCode(secret: string): string {
  const valid = new Set([-1, 0, 1].map((step) => totpCode(secret, Date.now() + step * STEP_MS)));
  for (let n = 0; ; n++) {
    const candidate = String(n).padStart(6, "0");
    if (!valid.has(candidate)) return candidate;
  }
}

describe("enrolment", () => {
  it("shows one pending secret, the same on every visit, for the site's short name and the person's address, stored encrypted", async () => {
    const user = await createStaff("EDITOR", { email: "editeur@ecole.example" });
    const actor = await actorOf(user);
    const first = await startTwoFactorEnrollment(actor);
    const second = await startTwoFactorEnrollment(actor);
    expect(second).toEqual(first);
    expect(first.manualKey).toMatch(/^([A-Z2-7]{4} )+[A-Z2-7]{1,4}$/);
    expect(first).toMatchObject({ issuer: "ENSP", account: "editeur@ecole.example" });
    const uri = new URL(first.uri);
    expect(uri.protocol).toBe("otpauth:");
    expect(uri.searchParams.get("secret")).toBe(secretOf(first.manualKey));
    expect(uri.searchParams.get("issuer")).toBe("ENSP");
    expect(decodeURIComponent(uri.pathname)).toContain("editeur@ecole.example");

    const row = await prisma.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(row.totpPendingSecret).toMatch(/^v1:/);
    expect(row.totpEnabledAt).toBeNull();
    // Nowhere in the database, in any table, is the secret in clear.
    expect(await databaseSnapshot()).not.toContain(secretOf(first.manualKey));
  });

  it("gives two first visits at the same moment (two tabs) one and the same secret", async () => {
    const user = await createStaff("EDITOR");
    const secrets = await Promise.all([pendingTotpSecret(user.id), pendingTotpSecret(user.id), pendingTotpSecret(user.id)]);
    expect(new Set(secrets).size).toBe(1);
    expect(await pendingTotpSecret(user.id)).toBe(secrets[0]);
  });

  it("turns on with a valid code and gives ten distinct recovery codes, kept hashed, shown this once", async () => {
    const user = await createStaff("AUTHOR");
    const actor = await actorOf(user);
    const secret = secretOf((await startTwoFactorEnrollment(actor)).manualKey);
    const { codes } = await confirmTwoFactor(actor, { code: totpCode(secret) }, context);
    expect(codes).toHaveLength(10);
    expect(new Set(codes).size).toBe(10);

    const row = await prisma.user.findUniqueOrThrow({ where: { id: user.id }, include: { recoveryCodes: true } });
    expect(row.totpEnabledAt).not.toBeNull();
    expect(row.totpPendingSecret).toBeNull();
    expect(row.totpSecret).toMatch(/^v1:/);
    expect(row.recoveryCodes).toHaveLength(10);
    const snapshot = await databaseSnapshot();
    expect(snapshot).not.toContain(secret);
    for (const code of codes) expect(snapshot).not.toContain(code);
    expect(await auditActions()).toEqual(["auth.two_factor_enabled"]);

    // On: no second enrolment, no pending secret created any more.
    const on = await actorOf(user);
    await expect(startTwoFactorEnrollment(on)).rejects.toBeInstanceOf(RuleError);
    await expect(confirmTwoFactor(on, { code: totpCode(secret) }, context)).rejects.toBeInstanceOf(RuleError);
  });

  it("refuses a code made from another secret, and a code already used in its 30-second step", async () => {
    const user = await createStaff("AUTHOR");
    const actor = await actorOf(user);
    const secret = secretOf((await startTwoFactorEnrollment(actor)).manualKey);

    const foreign = totpCode(newTotpSecret());
    await expect(confirmTwoFactor(actor, { code: foreign === totpCode(secret) ? wrongCode(secret) : foreign }, context)).rejects.toMatchObject({
      field: "code",
      message: expect.stringMatching(/^Code à 6 chiffres : ce code n’est pas valide/),
    });
    expect((await prisma.user.findUniqueOrThrow({ where: { id: user.id } })).totpEnabledAt).toBeNull();

    const code = totpCode(secret);
    await confirmTwoFactor(actor, { code }, context);
    // The same code again, within its step: for renewing the recovery codes, then for signing in.
    await expect(renewOwnRecoveryCodes(await actorOf(user), { code }, context)).rejects.toMatchObject({ field: "code" });
    const password = await checkPassword({ email: user.email, password: STAFF_PASSWORD, ip: IP });
    expect(password.kind).toBe("second-factor");
    const challenge = (password as { challenge: string }).challenge;
    expect(await checkSecondFactor({ challenge, code, ip: IP })).toEqual({ kind: "invalid" });
  });

  it("takes only six digits from the form (spaces allowed), so a recovery code is never spent here", () => {
    expect(totpCodeSchema.safeParse({ code: " 123 456 " }).data).toEqual({ code: "123456" });
    for (const code of ["12345", "1234567", "abcdef", "k7m2p-x9qrt", ""]) {
      const parsed = totpCodeSchema.safeParse({ code });
      expect(parsed.success).toBe(false);
      expect(parsed.error?.issues[0]?.message).toMatch(/^Code à 6 chiffres : /);
    }
  });

  it("lets an admin whom the settings oblige to enrol do it, and nothing else of their account until then", async () => {
    await prisma.siteSettings.update({ where: { id: 1 }, data: { requireAdminTwoFactor: true } });
    const admin = await createStaff("ADMIN");
    const pending = await actorOf(admin);
    expect(pending.mustEnrollTwoFactor).toBe(true);
    await expect(changeOwnName(pending, { name: "Autre nom" }, context)).rejects.toBeInstanceOf(ForbiddenError);

    // Through the server action, as the enrolment page posts it.
    actAs(admin);
    const secret = secretOf((await startTwoFactorEnrollment(pending)).manualKey);
    const result = await post(confirmTwoFactorAction, { code: totpCode(secret) });
    expect(result.status).toBe("success");
    expect((result as { data?: { codes?: string[] } }).data?.codes).toHaveLength(10);
    expect((await actorOf(admin)).mustEnrollTwoFactor).toBe(false);
  });
});

describe("recovery codes", () => {
  it("each works once, whatever the case and spacing typed", async () => {
    const user = await createStaff("AUTHOR");
    const { codes } = await enrolled(user);
    expect(await verifySecondFactorCode(user.id, codes[0]!)).toBe("recovery");
    expect(await verifySecondFactorCode(user.id, codes[0]!)).toBeNull();
    expect(await verifySecondFactorCode(user.id, ` ${codes[1]!.toUpperCase().replace("-", " ")} `)).toBe("recovery");
    expect(await remainingRecoveryCodes(user.id)).toBe(8);
  });

  it("are renewed given a current code from the app: ten new ones, and the old ones stop working", async () => {
    const user = await createStaff("EDITOR");
    const { secret, codes: old } = await enrolled(user);
    await verifySecondFactorCode(user.id, old[0]!);

    await expect(renewOwnRecoveryCodes(await actorOf(user), { code: wrongCode(secret) }, context)).rejects.toMatchObject({ field: "code" });
    expect(await remainingRecoveryCodes(user.id)).toBe(9);

    const { codes } = await renewOwnRecoveryCodes(await actorOf(user), { code: totpCode(secret) }, context);
    expect(codes).toHaveLength(10);
    expect(codes.filter((code) => old.includes(code))).toEqual([]);
    expect(await remainingRecoveryCodes(user.id)).toBe(10);
    expect(await verifySecondFactorCode(user.id, old[1]!)).toBeNull();
    expect(await verifySecondFactorCode(user.id, codes[0]!)).toBe("recovery");
    expect(await auditActions()).toEqual(["auth.recovery_codes_renewed"]);
  });

  it("cannot be renewed without two-factor authentication", async () => {
    const user = await createStaff("AUTHOR");
    await expect(renewOwnRecoveryCodes(await actorOf(user), { code: "123456" }, context)).rejects.toBeInstanceOf(RuleError);
  });

  it("count wrong codes against the account, and lock the renewal as the sign-in would be", async () => {
    const user = await createStaff("AUTHOR");
    const { secret } = await enrolled(user);
    for (let i = 0; i < 5; i++) {
      await expect(renewOwnRecoveryCodes(await actorOf(user), { code: wrongCode(secret) }, context)).rejects.toMatchObject({ field: "code" });
    }
    await expect(renewOwnRecoveryCodes(await actorOf(user), { code: totpCode(secret) }, context)).rejects.toThrow(/Trop d’essais erronés/);
    expect((await checkPassword({ email: user.email, password: STAFF_PASSWORD, ip: IP })).kind).toBe("locked");
    expect(await auditActions()).toEqual(["auth.locked_out"]);
  });
});

describe("turning it off", () => {
  it("requires the current password, then removes the secret and the recovery codes", async () => {
    const user = await createStaff("EDITOR");
    await enrolled(user);
    actAs(user);
    const wrong = await post(disableTwoFactorAction, { currentPassword: "pas le bon mot de passe" });
    expect(wrong).toMatchObject({ status: "error", fieldErrors: { currentPassword: expect.stringMatching(/^Mot de passe actuel : /) } });
    expect((await prisma.user.findUniqueOrThrow({ where: { id: user.id } })).totpEnabledAt).not.toBeNull();

    const done = await post(disableTwoFactorAction, { currentPassword: STAFF_PASSWORD });
    expect(done).toEqual({ status: "redirect", to: "/admin/compte?info=double-authentification-desactivee" });
    const row = await prisma.user.findUniqueOrThrow({ where: { id: user.id }, include: { recoveryCodes: true } });
    expect(row).toMatchObject({ totpSecret: null, totpPendingSecret: null, totpEnabledAt: null, totpLastStep: null, recoveryCodes: [] });
    expect(await auditActions()).toEqual(["auth.two_factor_disabled"]);
    // Signing in asks for the password only again.
    expect((await checkPassword({ email: user.email, password: STAFF_PASSWORD, ip: IP })).kind).toBe("grant");
  });

  it("is refused to an admin while the settings make it mandatory for admins, not to an editor", async () => {
    const admin = await createStaff("ADMIN");
    const editor = await createStaff("EDITOR");
    await enrolled(admin);
    await enrolled(editor);
    await prisma.siteSettings.update({ where: { id: 1 }, data: { requireAdminTwoFactor: true } });

    const refusal = disableOwnTwoFactor(await actorOf(admin), { currentPassword: STAFF_PASSWORD }, context);
    await expect(refusal).rejects.toBeInstanceOf(RuleError);
    await expect(refusal).rejects.toThrow("Les réglages du site exigent la double authentification pour les administrateurs");
    expect((await prisma.user.findUniqueOrThrow({ where: { id: admin.id } })).totpEnabledAt).not.toBeNull();

    await disableOwnTwoFactor(await actorOf(editor), { currentPassword: STAFF_PASSWORD }, context);
    expect((await prisma.user.findUniqueOrThrow({ where: { id: editor.id } })).totpEnabledAt).toBeNull();
    expect(await auditActions()).toEqual(["auth.two_factor_disabled"]);
  });
});

describe("the sign-in path with a second factor", () => {
  async function passwordStep(user: User): Promise<string> {
    const outcome = await checkPassword({ email: user.email, password: STAFF_PASSWORD, ip: IP });
    expect(outcome.kind).toBe("second-factor");
    return (outcome as { challenge: string }).challenge;
  }

  it("asks for a code after the password, and a code from the app opens the session", async () => {
    const user = await createStaff("ADMIN");
    const { secret } = await enrolled(user);
    const challenge = await passwordStep(user);
    const outcome = await checkSecondFactor({ challenge, code: totpCode(secret), ip: IP });
    expect(outcome.kind).toBe("grant");
    expect(await exchangeGrant((outcome as { grant: string }).grant, IP)).toEqual({ id: user.id, sessionVersion: 1 });
    // The step is spent with its success.
    expect(await checkSecondFactor({ challenge, code: totpCode(secret, Date.now() + STEP_MS), ip: IP })).toEqual({ kind: "expired" });
  });

  it("accepts a recovery code instead, once, and records its use", async () => {
    const user = await createStaff("AUTHOR");
    const { codes } = await enrolled(user);
    expect((await checkSecondFactor({ challenge: await passwordStep(user), code: codes[3]!, ip: IP })).kind).toBe("grant");
    expect(await checkSecondFactor({ challenge: await passwordStep(user), code: codes[3]!, ip: IP })).toEqual({ kind: "invalid" });
    expect((await auditActions()).filter((action) => action === "auth.recovery_code_used")).toHaveLength(1);
  });

  it("refuses a code already accepted, even on a new sign-in", async () => {
    const user = await createStaff("EDITOR");
    const { secret } = await enrolled(user);
    const code = totpCode(secret);
    expect((await checkSecondFactor({ challenge: await passwordStep(user), code, ip: IP })).kind).toBe("grant");
    expect(await checkSecondFactor({ challenge: await passwordStep(user), code, ip: IP })).toEqual({ kind: "invalid" });
  });

  it("ends the step after five wrong codes: the password must be typed again", async () => {
    const user = await createStaff("EDITOR");
    const { secret } = await enrolled(user);
    const challenge = await passwordStep(user);
    expect(MAX_SECOND_FACTOR_ATTEMPTS).toBe(5);
    for (let i = 0; i < MAX_SECOND_FACTOR_ATTEMPTS; i++) {
      expect(await checkSecondFactor({ challenge, code: wrongCode(secret), ip: IP })).toEqual({ kind: "invalid" });
    }
    expect(await checkSecondFactor({ challenge, code: totpCode(secret), ip: IP })).toEqual({ kind: "expired" });
  });
});
