import { execFile } from "node:child_process";
import path from "node:path";
import { promisify } from "node:util";
import { beforeEach, describe, expect, it } from "vitest";
import { consumeChallenge, createChallenge } from "@/lib/auth/challenges";
import { loadActor } from "@/lib/auth/session";
import { checkPassword, exchangeGrant } from "@/lib/auth/sign-in";
import { ACCOUNT_POLICY, accountKey, ADDRESS_POLICY, clearFailures } from "@/lib/auth/throttle";
import { prisma } from "@/lib/db";
import { createStaff, resetDatabase, STAFF_PASSWORD } from "../factories";
import { auditActions } from "../support/matrix";

const root = path.resolve(import.meta.dirname, "../..");
const IP = "198.51.100.7";

beforeEach(resetDatabase);

async function auditReasons(): Promise<string[]> {
  const rows = await prisma.auditLog.findMany({ where: { action: "auth.sign_in_failed" }, orderBy: { id: "asc" } });
  return rows.map((row) => (row.details as { reason: string }).reason);
}

describe("the password step", () => {
  it("gives a single-use grant for the right password, which opens one session and is recorded", async () => {
    const user = await createStaff("EDITOR", { email: "editeur@ecole.example" });
    const outcome = await checkPassword({ email: "  Editeur@Ecole.example ", password: STAFF_PASSWORD, ip: IP });
    expect(outcome.kind).toBe("grant");
    const grant = (outcome as { grant: string }).grant;
    expect(await exchangeGrant(grant, IP)).toEqual({ id: user.id, sessionVersion: 1 });
    expect(await exchangeGrant(grant, IP)).toBeNull();
    expect(await auditActions()).toEqual(["auth.sign_in"]);
    expect((await prisma.user.findUniqueOrThrow({ where: { id: user.id } })).lastSignInAt).not.toBeNull();
  });

  it("answers an unknown address, a wrong password, a disabled account and a pending invitation alike", async () => {
    await createStaff("EDITOR", { email: "editeur@ecole.example" });
    await createStaff("EDITOR", { email: "parti@ecole.example", disabledAt: new Date() });
    await createStaff("AUTHOR", { email: "invite@ecole.example", passwordHash: null });
    const attempts = [
      { email: "inconnu@ecole.example", password: STAFF_PASSWORD },
      { email: "editeur@ecole.example", password: "pas le bon mot de passe" },
      { email: "parti@ecole.example", password: STAFF_PASSWORD },
      { email: "invite@ecole.example", password: STAFF_PASSWORD },
    ];
    for (const attempt of attempts) expect(await checkPassword({ ...attempt, ip: IP })).toEqual({ kind: "invalid" });
    expect(await auditReasons()).toEqual(["unknown", "password", "disabled", "unknown"]);
  });

  it("never hands out a grant twice, even to two concurrent exchanges", async () => {
    const user = await createStaff("AUTHOR");
    const grant = await createChallenge(user.id, "GRANT");
    const results = await Promise.all([exchangeGrant(grant, IP), exchangeGrant(grant, IP), exchangeGrant(grant, IP)]);
    expect(results.filter(Boolean)).toHaveLength(1);
  });

  it("refuses an expired grant and anything that is not a token", async () => {
    const user = await createStaff("AUTHOR");
    const grant = await createChallenge(user.id, "GRANT", new Date(Date.now() - 120_000));
    expect(await consumeChallenge(grant, "GRANT")).toBeNull();
    for (const junk of [undefined, "", "x", { grant }, "a".repeat(43)]) expect(await exchangeGrant(junk, IP)).toBeNull();
  });
});

describe("throttling, stored in PostgreSQL", () => {
  it("locks an account at its threshold, even for the right password, says until when, and records the lock-out", async () => {
    await createStaff("ADMIN", { email: "admin@ecole.example" });
    for (let i = 0; i < ACCOUNT_POLICY.maxFailures; i++) {
      expect((await checkPassword({ email: "admin@ecole.example", password: `faux ${i}`, ip: IP })).kind).toBe("invalid");
    }
    const locked = await checkPassword({ email: "admin@ecole.example", password: STAFF_PASSWORD, ip: IP });
    expect(locked.kind).toBe("locked");
    const until = (locked as { until: Date }).until.getTime();
    expect(until).toBeGreaterThan(Date.now() + ACCOUNT_POLICY.lockMs - 60_000);
    expect(until).toBeLessThanOrEqual(Date.now() + ACCOUNT_POLICY.lockMs);
    expect((await auditActions()).filter((action) => action === "auth.locked_out")).toHaveLength(1);
    // From another address too: the account is what is locked.
    expect((await checkPassword({ email: "admin@ecole.example", password: STAFF_PASSWORD, ip: "192.0.2.99" })).kind).toBe("locked");
  });

  it("locks an unknown address exactly like a known one, so a lock reveals nothing", async () => {
    for (let i = 0; i < ACCOUNT_POLICY.maxFailures; i++) await checkPassword({ email: "personne@ecole.example", password: "x", ip: IP });
    expect((await checkPassword({ email: "personne@ecole.example", password: "x", ip: IP })).kind).toBe("locked");
  });

  it("lifts when the lock ends, and the count starts again", async () => {
    await createStaff("ADMIN", { email: "admin@ecole.example" });
    for (let i = 0; i < ACCOUNT_POLICY.maxFailures; i++) await checkPassword({ email: "admin@ecole.example", password: "faux", ip: IP });
    expect((await checkPassword({ email: "admin@ecole.example", password: STAFF_PASSWORD, ip: IP })).kind).toBe("locked");
    // The lock's time passes.
    await prisma.authThrottle.update({ where: { key: accountKey("admin@ecole.example") }, data: { lockedUntil: new Date(Date.now() - 1_000) } });
    expect((await checkPassword({ email: "admin@ecole.example", password: STAFF_PASSWORD, ip: IP })).kind).toBe("grant");
    expect(await prisma.authThrottle.findUnique({ where: { key: accountKey("admin@ecole.example") } })).toBeNull();
  });

  it("can be lifted by an admin at once (the unlock clears the account's failures)", async () => {
    await createStaff("EDITOR", { email: "editeur@ecole.example" });
    for (let i = 0; i < ACCOUNT_POLICY.maxFailures; i++) await checkPassword({ email: "editeur@ecole.example", password: "faux", ip: IP });
    expect((await checkPassword({ email: "editeur@ecole.example", password: STAFF_PASSWORD, ip: IP })).kind).toBe("locked");
    await clearFailures(accountKey("editeur@ecole.example"));
    expect((await checkPassword({ email: "editeur@ecole.example", password: STAFF_PASSWORD, ip: IP })).kind).toBe("grant");
  });

  it("locks an address that tries many accounts, IPv6 clients by their /64", async () => {
    await createStaff("EDITOR", { email: "editeur@ecole.example" });
    for (let i = 0; i < ADDRESS_POLICY.maxFailures; i++) {
      await checkPassword({ email: `cible${i}@ecole.example`, password: "x", ip: `2001:db8:1:2::${(i + 1).toString(16)}` });
    }
    expect((await checkPassword({ email: "editeur@ecole.example", password: STAFF_PASSWORD, ip: "2001:db8:1:2:ffff::1" })).kind).toBe("locked");
    expect((await checkPassword({ email: "editeur@ecole.example", password: STAFF_PASSWORD, ip: "2001:db8:1:3::1" })).kind).toBe("grant");
  });

  it("holds across two application processes on one database, counted together even when they run at once", async () => {
    await createStaff("ADMIN", { email: "admin@ecole.example" });
    const other = promisify(execFile)(
      process.execPath,
      ["--conditions=react-server", "--import", "tsx", "tests/fixtures/sign-in-attempts.ts", "admin@ecole.example", "faux", IP, "3"],
      { cwd: root, env: { ...process.env } },
    );
    const here = [checkPassword({ email: "admin@ecole.example", password: "faux", ip: IP }), checkPassword({ email: "admin@ecole.example", password: "faux", ip: IP })];
    const [{ stdout }] = await Promise.all([other, ...here]);
    expect(JSON.parse(stdout.trim().split("\n").pop()!)).toEqual(["invalid", "invalid", "invalid"]);
    // 3 failures there + 2 here = the threshold: the next attempt, in either process, is refused.
    expect((await checkPassword({ email: "admin@ecole.example", password: STAFF_PASSWORD, ip: IP })).kind).toBe("locked");
    const { stdout: second } = await promisify(execFile)(
      process.execPath,
      ["--conditions=react-server", "--import", "tsx", "tests/fixtures/sign-in-attempts.ts", "admin@ecole.example", STAFF_PASSWORD, IP, "1"],
      { cwd: root, env: { ...process.env } },
    );
    expect(JSON.parse(second.trim().split("\n").pop()!)).toEqual(["locked"]);
  }, 60_000);
});

describe("sessions that can be ended", () => {
  it("hold while the account and its session version are unchanged, and end at the next request otherwise", async () => {
    const user = await createStaff("EDITOR");
    const session = { uid: user.id, sv: user.sessionVersion };
    expect((await loadActor(session))?.id).toBe(user.id);

    await prisma.user.update({ where: { id: user.id }, data: { sessionVersion: { increment: 1 } } });
    expect(await loadActor(session)).toBeNull();
    expect((await loadActor({ uid: user.id, sv: user.sessionVersion + 1 }))?.role).toBe("EDITOR");

    await prisma.user.update({ where: { id: user.id }, data: { disabledAt: new Date() } });
    expect(await loadActor({ uid: user.id, sv: user.sessionVersion + 1 })).toBeNull();
  });

  it("reads the role fresh: a role changed in the database applies at the next request", async () => {
    const user = await createStaff("ADMIN");
    await prisma.user.update({ where: { id: user.id }, data: { role: "AUTHOR" } });
    expect((await loadActor({ uid: user.id, sv: user.sessionVersion }))?.role).toBe("AUTHOR");
  });

  it("refuses sessions without a user or a version, and unknown users", async () => {
    expect(await loadActor(null)).toBeNull();
    expect(await loadActor({ uid: "inconnu" })).toBeNull();
    expect(await loadActor({ sv: 1 })).toBeNull();
    expect(await loadActor({ uid: "c".repeat(25), sv: 1 })).toBeNull();
  });

  it("makes an admin without two-factor authentication enrol first when the settings require it", async () => {
    const admin = await createStaff("ADMIN");
    const editor = await createStaff("EDITOR");
    await prisma.siteSettings.update({ where: { id: 1 }, data: { requireAdminTwoFactor: true } });
    expect((await loadActor({ uid: admin.id, sv: 1 }))?.mustEnrollTwoFactor).toBe(true);
    expect((await loadActor({ uid: editor.id, sv: 1 }))?.mustEnrollTwoFactor).toBe(false);
  });
});
