import { beforeEach, describe, expect, it } from "vitest";
import { choosePasswordAction } from "@/app/admin/(connexion)/mot-de-passe/[token]/actions";
import { createPasswordLink, consumeLink, inspectLink, PASSWORD_LINK_LIFETIME_MS } from "@/lib/auth/password-links";
import { loadActor } from "@/lib/auth/session";
import { checkPassword } from "@/lib/auth/sign-in";
import { ACCOUNT_POLICY, accountKey, lockedUntil, recordFailure } from "@/lib/auth/throttle";
import { hashToken } from "@/lib/auth/tokens";
import { prisma } from "@/lib/db";
import type { User } from "@/lib/generated/prisma/client";
import { createStaff, resetDatabase, STAFF_PASSWORD } from "../factories";
import { auditActions, post } from "../support/matrix";
import { resetRequest } from "../support/request";

const IP = "198.51.100.20";
const NEW_PASSWORD = "une phrase de passe toute neuve";

const tokenOf = (url: string) => url.slice(url.lastIndexOf("/") + 1);

let person: User;

beforeEach(async () => {
  resetRequest();
  await resetDatabase();
  person = await createStaff("EDITOR", { email: "editeur@ecole.example", name: "Émile Éditeur" });
});

async function newLink(purpose: "INVITATION" | "PASSWORD_RESET" = "PASSWORD_RESET", now?: Date) {
  const link = await createPasswordLink({ userId: person.id, purpose, createdById: null }, undefined, now);
  return { ...link, token: tokenOf(link.url) };
}

describe("a single-use password link", () => {
  it("is an absolute URL of the choose-password page, valid 48 hours, whose token the database keeps only hashed", async () => {
    const link = await newLink();
    expect(link.url).toMatch(/^https?:\/\/[^/]+\/admin\/mot-de-passe\/[A-Za-z0-9_-]{43}$/);
    expect(link.expiresAt.getTime() - Date.now()).toBeGreaterThan(PASSWORD_LINK_LIFETIME_MS - 60_000);
    expect(PASSWORD_LINK_LIFETIME_MS).toBe(48 * 3_600_000);
    const rows = await prisma.userToken.findMany();
    expect(rows).toHaveLength(1);
    expect(rows[0]?.tokenHash).toBe(hashToken(link.token));
    expect(JSON.stringify(rows)).not.toContain(link.token);
  });

  it("works once: a second use fails", async () => {
    const { token } = await newLink();
    expect(await consumeLink(token, NEW_PASSWORD, { ip: IP })).toMatchObject({ ok: true, userId: person.id });
    expect(await consumeLink(token, "encore une autre phrase", { ip: IP })).toEqual({ ok: false, reason: "used" });
    expect(await inspectLink(token)).toEqual({ status: "used" });
  });

  it("works once even when submitted twice at the same moment", async () => {
    const { token } = await newLink();
    const results = await Promise.all([consumeLink(token, NEW_PASSWORD), consumeLink(token, "une autre phrase de passe"), consumeLink(token, NEW_PASSWORD)]);
    expect(results.filter((result) => result.ok)).toHaveLength(1);
    expect(await auditActions()).toEqual(["auth.password_set"]);
  });

  it("fails once expired", async () => {
    const { token } = await newLink();
    await prisma.userToken.updateMany({ data: { expiresAt: new Date(Date.now() - 1_000) } });
    expect(await inspectLink(token)).toEqual({ status: "expired" });
    expect(await consumeLink(token, NEW_PASSWORD)).toEqual({ ok: false, reason: "expired" });
    expect(await checkPassword({ email: person.email, password: STAFF_PASSWORD, ip: IP })).toMatchObject({ kind: "grant" });
  });

  it("stops working when a newer link is made for the same person", async () => {
    const first = await newLink();
    const second = await newLink();
    expect(await inspectLink(first.token)).toEqual({ status: "unknown" });
    expect(await consumeLink(first.token, NEW_PASSWORD)).toEqual({ ok: false, reason: "unknown" });
    expect(await consumeLink(second.token, NEW_PASSWORD)).toMatchObject({ ok: true });
  });

  it("is not consumed by looking at it (a mail scanner opening the page)", async () => {
    const { token, expiresAt } = await newLink("INVITATION");
    for (let i = 0; i < 3; i++) expect(await inspectLink(token)).toEqual({ status: "valid", name: "Émile Éditeur", purpose: "INVITATION", expiresAt });
    expect((await prisma.userToken.findFirstOrThrow()).usedAt).toBeNull();
    expect(await consumeLink(token, NEW_PASSWORD)).toMatchObject({ ok: true });
  });

  it("answers a token that was never issued, or is not even shaped like one, as unknown", async () => {
    for (const junk of ["A".repeat(43), "", "../../etc", undefined, 42]) {
      expect(await inspectLink(junk)).toEqual({ status: "unknown" });
      expect(await consumeLink(junk, NEW_PASSWORD)).toEqual({ ok: false, reason: "unknown" });
    }
  });

  it("does not open a disabled account", async () => {
    const { token } = await newLink();
    await prisma.user.update({ where: { id: person.id }, data: { disabledAt: new Date() } });
    expect(await inspectLink(token)).toEqual({ status: "unknown" });
    expect(await consumeLink(token, NEW_PASSWORD)).toEqual({ ok: false, reason: "unknown" });
  });
});

describe("choosing a password with a link", () => {
  it("replaces the password: the old one no longer works, the new one does", async () => {
    const { token } = await newLink();
    await consumeLink(token, NEW_PASSWORD, { ip: IP });
    expect(await checkPassword({ email: person.email, password: STAFF_PASSWORD, ip: IP })).toEqual({ kind: "invalid" });
    expect(await checkPassword({ email: person.email, password: NEW_PASSWORD, ip: IP })).toMatchObject({ kind: "grant" });
  });

  it("ends every open session, lifts a lock-out, and is recorded", async () => {
    const before = { uid: person.id, sv: person.sessionVersion };
    for (let i = 0; i < ACCOUNT_POLICY.maxFailures; i++) await recordFailure(accountKey(person.email), ACCOUNT_POLICY);
    expect(await lockedUntil([accountKey(person.email)])).not.toBeNull();
    const { token } = await newLink();

    await consumeLink(token, NEW_PASSWORD, { ip: IP });

    const after = await prisma.user.findUniqueOrThrow({ where: { id: person.id } });
    expect(after.sessionVersion).toBe(person.sessionVersion + 1);
    expect(after.passwordChangedAt).not.toBeNull();
    expect(await loadActor(before)).toBeNull();
    expect(await lockedUntil([accountKey(person.email)])).toBeNull();
    const entry = await prisma.auditLog.findFirstOrThrow({ where: { action: "auth.password_set" } });
    expect(entry).toMatchObject({ actorId: person.id, targetId: person.id, ip: IP, details: { purpose: "PASSWORD_RESET" } });
  });

  it("lets an invited person without a password sign in afterwards", async () => {
    const invited = await createStaff("AUTHOR", { email: "invitee@ecole.example", passwordHash: null });
    const link = await createPasswordLink({ userId: invited.id, purpose: "INVITATION", createdById: null });
    expect(await checkPassword({ email: invited.email, password: NEW_PASSWORD, ip: IP })).toEqual({ kind: "invalid" });
    await consumeLink(tokenOf(link.url), NEW_PASSWORD);
    expect(await checkPassword({ email: invited.email, password: NEW_PASSWORD, ip: IP })).toMatchObject({ kind: "grant" });
  });

  it("through the page's action: French field errors, then success, then a clear refusal of the used link", async () => {
    const { token } = await newLink();
    const short = await post(choosePasswordAction, { token, password: "court", confirmation: "court" });
    expect(short).toMatchObject({ status: "error", fieldErrors: { password: expect.stringMatching(/au moins 12 caractères/) } });
    const mismatch = await post(choosePasswordAction, { token, password: NEW_PASSWORD, confirmation: `${NEW_PASSWORD}!` });
    expect(mismatch).toMatchObject({ status: "error", fieldErrors: { confirmation: expect.stringMatching(/pas identiques/) } });
    expect(JSON.stringify(mismatch)).not.toContain(NEW_PASSWORD);
    expect((await prisma.userToken.findFirstOrThrow()).usedAt).toBeNull();

    const done = await post(choosePasswordAction, { token, password: NEW_PASSWORD, confirmation: NEW_PASSWORD });
    expect(done).toMatchObject({ status: "success", message: expect.stringMatching(/mot de passe est enregistré/) });
    const again = await post(choosePasswordAction, { token, password: NEW_PASSWORD, confirmation: NEW_PASSWORD });
    expect(again).toMatchObject({ status: "error", message: expect.stringMatching(/déjà servi/) });
    const audit = await prisma.auditLog.findFirstOrThrow({ where: { action: "auth.password_set" } });
    expect(audit.ip).toBe("203.0.113.10");
  });
});
