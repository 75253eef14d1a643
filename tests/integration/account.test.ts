/**
 * "My account" on the real database, through its server actions as a form post calls them: one's
 * own name, one's own password, and the end of every session.
 */
import { revalidateTag } from "next/cache";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { changeNameAction, changePasswordAction, signOutEverywhereAction } from "@/app/admin/(espace)/compte/actions";
import { createChallenge } from "@/lib/auth/challenges";
import { createPasswordLink, inspectLink } from "@/lib/auth/password-links";
import { loadActor } from "@/lib/auth/session";
import { checkPassword, checkSecondFactor, exchangeGrant } from "@/lib/auth/sign-in";
import { totpCode } from "@/lib/auth/totp-codes";
import { confirmTotpEnrollment, pendingTotpSecret } from "@/lib/auth/two-factor";
import { tags } from "@/lib/cache-tags";
import { prisma } from "@/lib/db";
import { createArticle, createStaff, resetDatabase, STAFF_PASSWORD } from "../factories";
import { auditActions, post } from "../support/matrix";
import { actAs, nextAuthMock, resetRequest } from "../support/request";

const IP = "198.51.100.7";
const NEW_PASSWORD = "une toute nouvelle phrase de passe";

beforeEach(async () => {
  resetRequest();
  vi.clearAllMocks();
  await resetDatabase();
});

const userRow = (id: string) => prisma.user.findUniqueOrThrow({ where: { id } });
// The client leaves hashes out unless asked for (lib/db.ts).
const hashOf = async (id: string) => (await prisma.user.findUniqueOrThrow({ where: { id }, select: { passwordHash: true } })).passwordHash;

describe("changing one's own name", () => {
  it("saves the name trimmed, records it, and refreshes the public pages that show it", async () => {
    const user = await createStaff("AUTHOR", { name: "Claire Auteur" });
    await createArticle({ authorId: user.id });
    actAs(user);
    const result = await post(changeNameAction, { name: "   Claire Martin  " });
    expect(result).toMatchObject({ status: "success", message: "Votre nom est modifié." });
    expect((await userRow(user.id)).name).toBe("Claire Martin");

    const entry = await prisma.auditLog.findFirstOrThrow({ where: { action: "user.updated" } });
    expect(entry).toMatchObject({ actorId: user.id, targetType: "user", targetId: user.id, details: { name: ["Claire Auteur", "Claire Martin"] }, ip: "203.0.113.10" });
    expect(vi.mocked(revalidateTag)).toHaveBeenCalledWith(tags.articles, { expire: 0 });
  });

  it("touches no public cache for someone without articles, and records nothing when nothing changed", async () => {
    const user = await createStaff("EDITOR", { name: "Émile Éditeur" });
    actAs(user);
    expect((await post(changeNameAction, { name: "Émile Nouveau" })).status).toBe("success");
    expect(vi.mocked(revalidateTag)).not.toHaveBeenCalled();

    expect(await post(changeNameAction, { name: " Émile Nouveau " })).toMatchObject({ status: "success", message: "Aucune modification à enregistrer." });
    expect(await auditActions()).toEqual(["user.updated"]);
  });

  it("explains in French what is wrong with the name, and changes nothing", async () => {
    const user = await createStaff("AUTHOR", { name: "Claire Auteur" });
    actAs(user);
    const cases: [string, string][] = [
      ["   ", "Prénom et nom : ce champ est obligatoire."],
      ["x".repeat(101), "Prénom et nom : 100 caractères au plus."],
      ["Claire\nMartin", "Prénom et nom : une seule ligne."],
      ["Claire\u0007", "Prénom et nom : caractères de contrôle interdits."],
    ];
    for (const [name, message] of cases) {
      const result = await post(changeNameAction, { name });
      expect(result).toMatchObject({ status: "error", fieldErrors: { name: message } });
    }
    expect((await userRow(user.id)).name).toBe("Claire Auteur");
    expect(await auditActions()).toEqual([]);
  });

  it("changes the signed-in person's name only, whatever id the form carries", async () => {
    const user = await createStaff("AUTHOR", { name: "Claire Auteur" });
    const other = await createStaff("ADMIN", { name: "Ada Admin" });
    actAs(user);
    await post(changeNameAction, { name: "Nom piraté", id: other.id, userId: other.id });
    expect((await userRow(other.id)).name).toBe("Ada Admin");
    expect((await userRow(user.id)).name).toBe("Nom piraté");
  });
});

describe("changing one's own password", () => {
  it("refuses a wrong current password with a message on that field, and changes nothing", async () => {
    const user = await createStaff("EDITOR");
    const before = await hashOf(user.id);
    actAs(user);
    const result = await post(changePasswordAction, { currentPassword: "pas le bon", password: NEW_PASSWORD, confirmation: NEW_PASSWORD });
    expect(result).toMatchObject({ status: "error", fieldErrors: { currentPassword: "Mot de passe actuel : ce n’est pas le bon mot de passe." } });
    // Nothing typed in a password field comes back to the browser.
    expect(JSON.stringify(result)).not.toContain(NEW_PASSWORD);
    expect(before).toMatch(/^\$argon2id\$/);
    expect(await hashOf(user.id)).toBe(before);
    expect(await userRow(user.id)).toMatchObject({ sessionVersion: 1, passwordChangedAt: null });
    expect(await auditActions()).toEqual([]);
    expect(nextAuthMock.signIn).not.toHaveBeenCalled();
  });

  it("checks the new password and its confirmation, in French", async () => {
    const user = await createStaff("EDITOR");
    const before = await hashOf(user.id);
    actAs(user);
    const short = await post(changePasswordAction, { currentPassword: STAFF_PASSWORD, password: "court", confirmation: "court" });
    expect(short).toMatchObject({ status: "error", fieldErrors: { password: "Le mot de passe doit contenir au moins 12 caractères." } });
    const mismatch = await post(changePasswordAction, { currentPassword: STAFF_PASSWORD, password: NEW_PASSWORD, confirmation: `${NEW_PASSWORD}!` });
    expect(mismatch).toMatchObject({ status: "error", fieldErrors: { confirmation: "Les deux mots de passe ne sont pas identiques." } });
    expect(JSON.stringify(mismatch)).not.toContain(NEW_PASSWORD);
    const same = await post(changePasswordAction, { currentPassword: STAFF_PASSWORD, password: STAFF_PASSWORD, confirmation: STAFF_PASSWORD });
    expect(same).toMatchObject({ status: "error", fieldErrors: { password: "Choisissez un mot de passe différent de l’actuel." } });
    const empty = await post(changePasswordAction, { password: NEW_PASSWORD, confirmation: NEW_PASSWORD });
    expect(empty).toMatchObject({ status: "error", fieldErrors: { currentPassword: "Mot de passe actuel : saisissez-le." } });
    expect(await hashOf(user.id)).toBe(before);
  });

  it("ends every other session, and opens a fresh one for this browser with a single-use grant", async () => {
    const user = await createStaff("AUTHOR", { email: "auteur@ecole.example" });
    actAs(user);
    const result = await post(changePasswordAction, { currentPassword: STAFF_PASSWORD, password: NEW_PASSWORD, confirmation: NEW_PASSWORD });
    expect(result.status).toBe("success");
    // The grant never reaches the browser in the answer: only the sign-in call gets it.
    expect(result).not.toHaveProperty("data");

    expect(await loadActor({ uid: user.id, sv: 1 })).toBeNull();
    expect((await userRow(user.id)).passwordChangedAt).not.toBeNull();
    expect(nextAuthMock.signIn).toHaveBeenCalledTimes(1);
    const [provider, options] = nextAuthMock.signIn.mock.calls[0] as unknown as [string, { grant: string; redirectTo: string }];
    expect(provider).toBe("credentials");
    expect(options.redirectTo).toBe("/admin/compte?info=mot-de-passe-modifie");
    expect(await exchangeGrant(options.grant, IP)).toEqual({ id: user.id, sessionVersion: 2 });
    expect((await loadActor({ uid: user.id, sv: 2 }))?.id).toBe(user.id);

    expect((await checkPassword({ email: "auteur@ecole.example", password: STAFF_PASSWORD, ip: IP })).kind).toBe("invalid");
    expect((await checkPassword({ email: "auteur@ecole.example", password: NEW_PASSWORD, ip: IP })).kind).toBe("grant");
    expect(await auditActions()).toEqual(expect.arrayContaining(["auth.password_changed", "auth.sign_in"]));
    expect((await auditActions())[0]).toBe("auth.password_changed");
  });

  it("drops sign-ins begun with the old password and not finished yet", async () => {
    const user = await createStaff("EDITOR");
    const secret = await pendingTotpSecret(user.id);
    const past = Date.now() - 10 * 60_000;
    await confirmTotpEnrollment(user.id, totpCode(secret, past), past);
    const halfway = await checkPassword({ email: user.email, password: STAFF_PASSWORD, ip: IP });
    expect(halfway.kind).toBe("second-factor");
    const staleGrant = await createChallenge(user.id, "GRANT");

    actAs(user);
    expect((await post(changePasswordAction, { currentPassword: STAFF_PASSWORD, password: NEW_PASSWORD, confirmation: NEW_PASSWORD })).status).toBe("success");
    const challenge = (halfway as { challenge: string }).challenge;
    expect(await checkSecondFactor({ challenge, code: totpCode(secret), ip: IP })).toEqual({ kind: "expired" });
    expect(await exchangeGrant(staleGrant, IP)).toBeNull();
  });

  it("cancels a password link sent before: its holder cannot choose a password after this one", async () => {
    const user = await createStaff("EDITOR");
    const link = await createPasswordLink({ userId: user.id, purpose: "PASSWORD_RESET", createdById: null });
    actAs(user);
    expect((await post(changePasswordAction, { currentPassword: STAFF_PASSWORD, password: NEW_PASSWORD, confirmation: NEW_PASSWORD })).status).toBe("success");
    const token = link.url.split("/").pop()!;
    expect((await inspectLink(token)).status).not.toBe("valid");
  });

  it("counts wrong current passwords against the account: five lock it, here and at sign-in", async () => {
    const user = await createStaff("EDITOR");
    const before = await hashOf(user.id);
    actAs(user);
    for (let i = 0; i < 5; i++) {
      const result = await post(changePasswordAction, { currentPassword: `faux ${i}`, password: NEW_PASSWORD, confirmation: NEW_PASSWORD });
      expect(result).toMatchObject({ fieldErrors: { currentPassword: expect.any(String) } });
    }
    const locked = await post(changePasswordAction, { currentPassword: STAFF_PASSWORD, password: NEW_PASSWORD, confirmation: NEW_PASSWORD });
    expect(locked).toMatchObject({ status: "error", message: expect.stringMatching(/^Trop d’essais erronés : par sécurité, cette action est bloquée jusqu’à \d+ h \d\d/) });
    expect(await hashOf(user.id)).toBe(before);
    expect((await checkPassword({ email: user.email, password: STAFF_PASSWORD, ip: IP })).kind).toBe("locked");
    expect(await auditActions()).toEqual(["auth.locked_out"]);
  });
});

describe("signing out of every device", () => {
  it("ends every session of the account, this one included, and leaves for the sign-in page", async () => {
    const user = await createStaff("ADMIN");
    const other = await createStaff("ADMIN");
    // Sessions opened at the current version, and one left from before an earlier sign-out.
    await prisma.user.update({ where: { id: user.id }, data: { sessionVersion: 3 } });
    actAs({ id: user.id, sessionVersion: 3 });
    const result = await post(signOutEverywhereAction, {});
    expect(result.status).toBe("success");
    expect(nextAuthMock.signOut).toHaveBeenCalledWith({ redirectTo: "/admin/connexion" });

    for (const sv of [1, 2, 3]) expect(await loadActor({ uid: user.id, sv })).toBeNull();
    expect((await userRow(user.id)).sessionVersion).toBe(4);
    expect((await loadActor({ uid: other.id, sv: 1 }))?.id).toBe(other.id);
    const entry = await prisma.auditLog.findFirstOrThrow({});
    expect(entry).toMatchObject({ action: "auth.sign_out_everywhere", actorId: user.id, ip: "203.0.113.10" });

    // The ended session can do nothing more.
    expect(await post(signOutEverywhereAction, {})).toMatchObject({ status: "error", message: expect.stringMatching(/session/) });
  });
});
