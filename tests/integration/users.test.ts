import { revalidateTag } from "next/cache";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { createPersonAction } from "@/app/admin/(espace)/personnes/nouvelle/actions";
import { createPasswordLinkAction, deletePersonAction, disablePersonAction, updatePersonAction } from "@/app/admin/(espace)/personnes/[id]/actions";
import { RuleError } from "@/lib/admin/errors";
import {
  createPasswordLinkFor,
  createPerson,
  deletePerson,
  disablePerson,
  enablePerson,
  resetTwoFactor,
  revokeSessions,
  unlockPerson,
  updatePerson,
} from "@/lib/admin/users/commands";
import { getPersonForEditing, listPeople } from "@/lib/admin/users/queries";
import { inspectLink } from "@/lib/auth/password-links";
import type { Actor } from "@/lib/auth/session";
import { loadActor } from "@/lib/auth/session";
import { ACCOUNT_POLICY, accountKey, lockedUntil, recordFailure } from "@/lib/auth/throttle";
import { tags } from "@/lib/cache-tags";
import { prisma } from "@/lib/db";
import type { User } from "@/lib/generated/prisma/client";
import { mailLeavesBySmtp } from "@/lib/mail/delivery";
import { openMail } from "@/lib/mail/outbox";
import { createArticle, createStaff, resetDatabase } from "../factories";
import { auditActions, post } from "../support/matrix";
import { actAs, resetRequest } from "../support/request";

// Tests choose whether SMTP is configured (SMTP_URL is read once per process).
vi.mock("@/lib/mail/delivery", () => ({ mailLeavesBySmtp: vi.fn(() => false) }));

const CONTEXT = { ip: "203.0.113.10", requestId: "requete-de-test" };

/** The actor as loaded at the start of a request: it may be stale by the time the command runs. */
function asActor(user: User): Actor {
  return { id: user.id, email: user.email, name: user.name, role: user.role, twoFactorEnabled: false, mustEnrollTwoFactor: false };
}

const session = (user: User) => ({ uid: user.id, sv: user.sessionVersion });

let admin: User;

beforeEach(async () => {
  resetRequest();
  vi.mocked(revalidateTag).mockClear();
  vi.mocked(mailLeavesBySmtp).mockReturnValue(false);
  await resetDatabase();
  admin = await createStaff("ADMIN", { email: "admin@ecole.example", name: "Ada Admin" });
  actAs(admin);
});

describe("the last active admin", () => {
  it("can be neither demoted, nor disabled, nor deleted, even by an admin whose request started before they were demoted", async () => {
    const other = await createStaff("ADMIN", { email: "autre.admin@ecole.example", name: "Bob Admin" });
    // Bob demotes Ada; Ada's request, loaded while she was still an admin, then goes after Bob.
    await updatePerson(asActor(other), { id: admin.id, name: admin.name, email: admin.email, role: "EDITOR" }, CONTEXT);
    const stale = asActor(admin);
    await expect(updatePerson(stale, { id: other.id, name: other.name, email: other.email, role: "AUTHOR" }, CONTEXT)).rejects.toThrow(/dernier administrateur actif/);
    await expect(disablePerson(stale, { id: other.id }, CONTEXT)).rejects.toThrow(/dernier administrateur actif/);
    await expect(deletePerson(stale, { id: other.id }, CONTEXT)).rejects.toThrow(/dernier administrateur actif/);
    expect(await prisma.user.findUniqueOrThrow({ where: { id: other.id } })).toMatchObject({ role: "ADMIN", disabledAt: null });
  });

  it("survives two admins demoting each other at the same moment: exactly one of them succeeds", async () => {
    for (let round = 0; round < 5; round++) {
      await resetDatabase();
      const ada = await createStaff("ADMIN", { email: "ada@ecole.example", name: "Ada" });
      const bob = await createStaff("ADMIN", { email: "bob@ecole.example", name: "Bob" });
      const results = await Promise.allSettled([
        updatePerson(asActor(ada), { id: bob.id, name: bob.name, email: bob.email, role: "EDITOR" }, CONTEXT),
        updatePerson(asActor(bob), { id: ada.id, name: ada.name, email: ada.email, role: "AUTHOR" }, CONTEXT),
      ]);
      expect(results.map((result) => result.status).sort()).toEqual(["fulfilled", "rejected"]);
      const refused = results.find((result) => result.status === "rejected");
      expect(refused?.reason).toBeInstanceOf(RuleError);
      expect(await prisma.user.count({ where: { role: "ADMIN", disabledAt: null } })).toBe(1);
    }
  });

  it("survives two admins disabling, or deleting, each other at the same moment", async () => {
    for (const [first, second] of [
      [disablePerson, disablePerson],
      [disablePerson, deletePerson],
      [deletePerson, deletePerson],
    ] as const) {
      for (let round = 0; round < 4; round++) {
        await resetDatabase();
        const ada = await createStaff("ADMIN", { email: "ada@ecole.example", name: "Ada" });
        const bob = await createStaff("ADMIN", { email: "bob@ecole.example", name: "Bob" });
        const results = await Promise.allSettled([first(asActor(ada), { id: bob.id }, CONTEXT), second(asActor(bob), { id: ada.id }, CONTEXT)]);
        expect(results.map((result) => result.status).sort()).toEqual(["fulfilled", "rejected"]);
        expect(await prisma.user.count({ where: { role: "ADMIN", disabledAt: null } })).toBe(1);
      }
    }
  });

  it("lets two admins act on each other at the same moment without a deadlock", async () => {
    for (let round = 0; round < 4; round++) {
      await resetDatabase();
      const ada = await createStaff("ADMIN", { email: "ada@ecole.example", name: "Ada" });
      const bob = await createStaff("ADMIN", { email: "bob@ecole.example", name: "Bob" });
      const results = await Promise.allSettled([
        revokeSessions(asActor(ada), { id: bob.id }, CONTEXT),
        revokeSessions(asActor(bob), { id: ada.id }, CONTEXT),
        updatePerson(asActor(ada), { id: bob.id, name: "Bob Renommé", email: bob.email, role: "ADMIN" }, CONTEXT),
        updatePerson(asActor(bob), { id: ada.id, name: "Ada Renommée", email: ada.email, role: "ADMIN" }, CONTEXT),
      ]);
      expect(results.map((result) => result.status)).toEqual(["fulfilled", "fulfilled", "fulfilled", "fulfilled"]);
    }
  });

  it("is not counted among the admins once disabled: a disabled admin does not keep the site administered", async () => {
    const other = await createStaff("ADMIN", { email: "autre.admin@ecole.example", name: "Bob Admin", disabledAt: new Date() });
    const stale = asActor(other);
    await expect(disablePerson(stale, { id: admin.id }, CONTEXT)).rejects.toThrow(/dernier administrateur actif/);
  });
});

describe("what an admin cannot do to themself", () => {
  it("refuses to disable, demote or delete oneself, in French, and changes nothing", async () => {
    const disable = await post(disablePersonAction, { id: admin.id, confirmDisable: "on" });
    expect(disable).toMatchObject({ status: "error", message: expect.stringMatching(/votre propre compte/) });
    const demote = await post(updatePersonAction, { id: admin.id, name: admin.name, email: admin.email, role: "EDITOR" });
    expect(demote).toMatchObject({ status: "error", fieldErrors: { role: expect.stringMatching(/votre propre rôle/) } });
    const remove = await post(deletePersonAction, { id: admin.id, confirmDelete: "on" });
    expect(remove).toMatchObject({ status: "error", message: expect.stringMatching(/votre propre compte/) });
    expect(await prisma.user.findUniqueOrThrow({ where: { id: admin.id } })).toMatchObject({ role: "ADMIN", disabledAt: null, sessionVersion: 1 });
    expect(await auditActions()).toEqual([]);
  });

  it("lets an admin rename themself without ending their session", async () => {
    const result = await post(updatePersonAction, { id: admin.id, name: "Ada Lovelace", email: admin.email, role: "ADMIN" });
    expect(result.status).toBe("success");
    expect(await loadActor(session(admin))).toMatchObject({ name: "Ada Lovelace" });
  });

  it("sends one's own password and two-factor authentication to « Mon compte »", async () => {
    await expect(createPasswordLinkFor(asActor(admin), { id: admin.id }, CONTEXT)).rejects.toThrow(/Mon compte/);
    await expect(resetTwoFactor(asActor(admin), { id: admin.id }, CONTEXT)).rejects.toThrow(/Mon compte/);
  });

  it("asks for the confirmation box of a destructive action", async () => {
    const author = await createStaff("AUTHOR");
    const result = await post(disablePersonAction, { id: author.id });
    expect(result).toMatchObject({ status: "error", fieldErrors: { confirmDisable: expect.stringMatching(/Cochez la case/) } });
    expect((await prisma.user.findUniqueOrThrow({ where: { id: author.id } })).disabledAt).toBeNull();
  });
});

describe("addresses", () => {
  it("refuses an address already taken, as a French error on the field, at creation and at edition", async () => {
    const taken = await createStaff("EDITOR", { email: "prise@ecole.example" });
    const author = await createStaff("AUTHOR", { email: "auteur@ecole.example" });
    const created = await post(createPersonAction, { name: "Double", email: "  Prise@Ecole.example ", role: "AUTHOR" });
    expect(created).toMatchObject({ status: "error", fieldErrors: { email: expect.stringMatching(/déjà celle d’une autre personne/) } });
    const edited = await post(updatePersonAction, { id: author.id, name: author.name, email: taken.email, role: "AUTHOR" });
    expect(edited).toMatchObject({ status: "error", fieldErrors: { email: expect.stringMatching(/déjà celle d’une autre personne/) } });
    expect(await prisma.user.count()).toBe(3);
  });

  it("gives the field error, not a crash, when two admins create the same address at the same moment", async () => {
    const input = { name: "Jumeau", email: "jumeau@ecole.example", role: "AUTHOR" as const };
    const results = await Promise.allSettled([createPerson(asActor(admin), input, CONTEXT), createPerson(asActor(admin), input, CONTEXT)]);
    expect(results.map((result) => result.status).sort()).toEqual(["fulfilled", "rejected"]);
    const refused = results.find((result) => result.status === "rejected");
    expect(refused?.reason).toMatchObject({ field: "email" });
  });

  it("refuses what is not an address, and a name left empty", async () => {
    const result = await post(createPersonAction, { name: "  ", email: "pas-une-adresse", role: "CHEF" });
    expect(result).toMatchObject({
      status: "error",
      fieldErrors: { name: expect.stringMatching(/obligatoire/), email: expect.stringMatching(/valide/), role: expect.stringMatching(/rôle/) },
    });
  });
});

describe("deleting a person", () => {
  it("is refused while articles or media carry their name", async () => {
    const writer = await createStaff("AUTHOR", { name: "Wanda Writer" });
    await createArticle({ authorId: writer.id });
    const refused = await post(deletePersonAction, { id: writer.id, confirmDelete: "on" });
    expect(refused).toMatchObject({ status: "error", message: expect.stringMatching(/1 article porte son nom/) });

    const photographer = await createStaff("AUTHOR");
    await prisma.media.create({
      data: { storageKey: "2026/photo.jpg", originalName: "photo.jpg", mimeType: "image/jpeg", sizeBytes: 1, width: 1, height: 1, alt: "", uploadedById: photographer.id },
    });
    await expect(deletePerson(asActor(admin), { id: photographer.id }, CONTEXT)).rejects.toThrow(/1 média porte son nom/);

    expect(await prisma.user.count({ where: { id: { in: [writer.id, photographer.id] } } })).toBe(2);
    expect(await auditActions()).toEqual([]);
  });

  it("removes a person who signed nothing, with their links, and records who they were", async () => {
    const intern = await createStaff("AUTHOR", { email: "stagiaire@ecole.example", name: "Sam Stagiaire" });
    await createPasswordLinkFor(asActor(admin), { id: intern.id }, CONTEXT);
    const result = await post(deletePersonAction, { id: intern.id, confirmDelete: "on" });
    expect(result).toEqual({ status: "redirect", to: "/admin/personnes?statut=supprime" });
    expect(await prisma.user.findUnique({ where: { id: intern.id } })).toBeNull();
    expect(await prisma.userToken.count()).toBe(0);
    const entry = await prisma.auditLog.findFirstOrThrow({ where: { action: "user.deleted" } });
    expect(entry).toMatchObject({ actorId: admin.id, targetId: intern.id, ip: "203.0.113.10" });
    expect(entry.details).toEqual({ name: ["Sam Stagiaire", null], email: ["stagiaire@ecole.example", null], role: ["AUTHOR", null] });
  });
});

describe("ending sessions when what a person may do changes", () => {
  it("ends the sessions of a demoted person at their next request", async () => {
    const editor = await createStaff("EDITOR");
    const before = session(editor);
    expect(await loadActor(before)).not.toBeNull();
    const result = await post(updatePersonAction, { id: editor.id, name: editor.name, email: editor.email, role: "AUTHOR" });
    expect(result).toMatchObject({ status: "success", message: expect.stringMatching(/sessions ouvertes ont pris fin/) });
    expect(await loadActor(before)).toBeNull();
    expect(await loadActor({ uid: editor.id, sv: editor.sessionVersion + 1 })).toMatchObject({ role: "AUTHOR" });
  });

  it("ends them when the address changes, and when the account is disabled", async () => {
    const author = await createStaff("AUTHOR", { email: "avant@ecole.example" });
    const first = session(author);
    await post(updatePersonAction, { id: author.id, name: author.name, email: "apres@ecole.example", role: "AUTHOR" });
    expect(await loadActor(first)).toBeNull();

    const second = { uid: author.id, sv: author.sessionVersion + 1 };
    expect(await loadActor(second)).not.toBeNull();
    await post(disablePersonAction, { id: author.id, confirmDisable: "on" });
    expect(await loadActor(second)).toBeNull();
    // Re-enabling opens no old session again.
    await enablePerson(asActor(admin), { id: author.id }, CONTEXT);
    expect(await loadActor(second)).toBeNull();
  });

  it("keeps them on a promotion or a rename, which take nothing away", async () => {
    const author = await createStaff("AUTHOR");
    await post(updatePersonAction, { id: author.id, name: "Nouveau Nom", email: author.email, role: "EDITOR" });
    expect(await loadActor(session(author))).toMatchObject({ name: "Nouveau Nom", role: "EDITOR" });
  });

  it("ends them on demand", async () => {
    const author = await createStaff("AUTHOR");
    await revokeSessions(asActor(admin), { id: author.id }, CONTEXT);
    expect(await loadActor(session(author))).toBeNull();
    const entry = await prisma.auditLog.findFirstOrThrow({ where: { action: "user.sessions_revoked" } });
    expect(entry.details).toEqual({ sessionVersion: [1, 2] });
  });

  it("makes a disabled person's unused password links stop working", async () => {
    const author = await createStaff("AUTHOR");
    const link = await createPasswordLinkFor(asActor(admin), { id: author.id }, CONTEXT);
    await disablePerson(asActor(admin), { id: author.id }, CONTEXT);
    expect(await inspectLink(link.url!.split("/").pop())).toEqual({ status: "unknown" });
    await expect(createPasswordLinkFor(asActor(admin), { id: author.id }, CONTEXT)).rejects.toThrow(/désactivé/);
  });
});

describe("password links by mail", () => {
  it("queues the link's mail in the same transaction; without SMTP the admin is shown the link once and the mail waits in the outbox", async () => {
    const result = await post(createPersonAction, { name: "Nina Nouvelle", email: "nina.nouvelle@ecole.example", role: "AUTHOR" });
    expect(result).toMatchObject({ status: "success", message: expect.stringMatching(/Transmettez ce lien à la personne : il ne sera plus affiché/) });
    const shown = (result as { data?: { link?: string } }).data?.link;
    expect(shown).toMatch(/\/admin\/mot-de-passe\//);

    const [mail, ...others] = await prisma.outboxMail.findMany();
    expect(others).toEqual([]);
    expect(mail).toMatchObject({ kind: "PASSWORD_LINK", status: "PENDING", recipientHint: "n•••@e•••.example", attempts: 0 });
    // Sealed: neither the address nor the link is readable in the row.
    expect(JSON.stringify(mail, (_key, value) => (typeof value === "bigint" ? String(value) : value))).not.toMatch(/nina|mot-de-passe/);
    const content = openMail(mail!.sealed!);
    expect(content.to).toBe("nina.nouvelle@ecole.example");
    expect(content.subject).toMatch(/choisissez votre mot de passe/);
    expect(content.text).toContain(shown);
    expect(content.text).toMatch(/^Bonjour Nina Nouvelle,/);
    expect(content.html).toContain(`<a href="${shown}">`);
  });

  it("with SMTP, tells the admin that a mail was sent and never hands them the link", async () => {
    vi.mocked(mailLeavesBySmtp).mockReturnValue(true);
    const author = await createStaff("AUTHOR", { email: "auteur@ecole.example", name: "Aude Auteure" });
    const result = await post(createPasswordLinkAction, { id: author.id });
    expect(result).toMatchObject({ status: "success", message: expect.stringMatching(/Un courriel a été envoyé à auteur@ecole\.example/) });
    expect(JSON.stringify(result)).not.toMatch(/mot-de-passe\//);
    const issued = await createPasswordLinkFor(asActor(admin), { id: author.id }, CONTEXT);
    expect(issued).toMatchObject({ sent: true, url: null, purpose: "PASSWORD_RESET" });
    const mails = await prisma.outboxMail.findMany({ orderBy: { id: "asc" } });
    expect(mails).toHaveLength(2);
    expect(openMail(mails[1]!.sealed!).subject).toMatch(/^Nouveau mot de passe pour le site de /);
  });

  it("queues nothing when the change that makes the link is refused", async () => {
    const author = await createStaff("AUTHOR", { email: "pris@ecole.example" });
    await expect(createPerson(asActor(admin), { name: "Doublon", email: "pris@ecole.example", role: "AUTHOR" }, CONTEXT)).rejects.toThrow();
    await disablePerson(asActor(admin), { id: author.id }, CONTEXT);
    await expect(createPasswordLinkFor(asActor(admin), { id: author.id }, CONTEXT)).rejects.toThrow(/désactivé/);
    expect(await prisma.outboxMail.count()).toBe(0);
  });
});

describe("the audit log", () => {
  it("records each change with who, what changed and from where", async () => {
    const created = await createPerson(asActor(admin), { name: "Nina", email: "nina@ecole.example", role: "AUTHOR" }, CONTEXT);
    await updatePerson(asActor(admin), { id: created.id, name: "Nina Simone", email: "nina@ecole.example", role: "EDITOR" }, CONTEXT);
    await disablePerson(asActor(admin), { id: created.id }, CONTEXT);
    await enablePerson(asActor(admin), { id: created.id }, CONTEXT);

    const entries = await prisma.auditLog.findMany({ orderBy: { id: "asc" } });
    expect(entries.map((entry) => entry.action)).toEqual([
      "user.created",
      "user.password_link_created",
      "user.updated",
      "user.role_changed",
      "user.disabled",
      "user.enabled",
    ]);
    for (const entry of entries) expect(entry).toMatchObject({ actorId: admin.id, targetType: "user", targetId: created.id, ip: "203.0.113.10" });
    expect(entries[0]?.details).toEqual({ name: [null, "Nina"], email: [null, "nina@ecole.example"], role: [null, "AUTHOR"] });
    expect(entries[1]?.details).toMatchObject({ purpose: "INVITATION" });
    expect(entries[2]?.details).toEqual({ name: ["Nina", "Nina Simone"] });
    expect(entries[3]?.details).toEqual({ role: ["AUTHOR", "EDITOR"] });
    expect((entries[4]?.details as { disabledAt: [null, string] }).disabledAt[0]).toBeNull();
    expect((entries[5]?.details as { disabledAt: [string, null] }).disabledAt[1]).toBeNull();
  });

  it("records nothing when nothing changed", async () => {
    const author = await createStaff("AUTHOR");
    const result = await post(updatePersonAction, { id: author.id, name: author.name, email: author.email, role: "AUTHOR" });
    expect(result).toMatchObject({ status: "success", message: "Aucune modification à enregistrer." });
    expect(await auditActions()).toEqual([]);
  });
});

describe("renaming an author", () => {
  it("invalidates the public pages that carry the name, only when articles do", async () => {
    const writer = await createStaff("AUTHOR");
    await createArticle({ authorId: writer.id });
    const idle = await createStaff("AUTHOR");

    await updatePerson(asActor(admin), { id: idle.id, name: "Sans Article", email: idle.email, role: "AUTHOR" }, CONTEXT);
    expect(vi.mocked(revalidateTag)).not.toHaveBeenCalled();
    await updatePerson(asActor(admin), { id: writer.id, name: "Plume Renommée", email: writer.email, role: "AUTHOR" }, CONTEXT);
    expect(vi.mocked(revalidateTag)).toHaveBeenCalledWith(tags.articles, { expire: 0 });
  });
});

describe("locks and two-factor authentication", () => {
  it("shows a locked-out account as such, and unlocks it", async () => {
    const author = await createStaff("AUTHOR", { email: "bloque@ecole.example" });
    for (let i = 0; i < ACCOUNT_POLICY.maxFailures; i++) await recordFailure(accountKey(author.email), ACCOUNT_POLICY);
    expect((await listPeople(asActor(admin))).find((person) => person.id === author.id)).toMatchObject({ status: "locked" });

    expect(await unlockPerson(asActor(admin), { id: author.id }, CONTEXT)).toEqual({ changed: true });
    expect(await lockedUntil([accountKey(author.email)])).toBeNull();
    expect((await getPersonForEditing(asActor(admin), author.id))?.status).toBe("active");
    expect(await unlockPerson(asActor(admin), { id: author.id }, CONTEXT)).toEqual({ changed: false });
    expect(await auditActions()).toEqual(["user.unlocked"]);
  });

  it("resets someone's two-factor authentication", async () => {
    const author = await createStaff("AUTHOR");
    await prisma.user.update({ where: { id: author.id }, data: { totpSecret: "scellé", totpEnabledAt: new Date() } });
    await prisma.recoveryCode.create({ data: { userId: author.id, codeHash: "empreinte" } });
    expect(await resetTwoFactor(asActor(admin), { id: author.id }, CONTEXT)).toEqual({ changed: true });
    expect(await prisma.user.findUniqueOrThrow({ where: { id: author.id } })).toMatchObject({ totpSecret: null, totpEnabledAt: null });
    expect(await prisma.recoveryCode.count()).toBe(0);
    const entry = await prisma.auditLog.findFirstOrThrow({ where: { action: "user.two_factor_reset" } });
    expect(entry.details).toEqual({ twoFactor: [true, false] });
  });
});

describe("the list of people", () => {
  it("tells active, disabled and invited people apart, with their role and two-factor authentication", async () => {
    await createStaff("EDITOR", { name: "Béa Désactivée", disabledAt: new Date() });
    const invited = await createPerson(asActor(admin), { name: "Céline Invitée", email: "celine@ecole.example", role: "AUTHOR" }, CONTEXT);
    await prisma.user.update({ where: { id: admin.id }, data: { totpEnabledAt: new Date(), totpSecret: "scellé" } });
    const people = await listPeople(asActor(admin));
    expect(people.map(({ name, role, status, twoFactorEnabled }) => ({ name, role, status, twoFactorEnabled }))).toEqual([
      { name: "Ada Admin", role: "ADMIN", status: "active", twoFactorEnabled: true },
      { name: "Béa Désactivée", role: "EDITOR", status: "disabled", twoFactorEnabled: false },
      { name: "Céline Invitée", role: "AUTHOR", status: "pending", twoFactorEnabled: false },
    ]);
    expect(await getPersonForEditing(asActor(admin), invited.id)).toMatchObject({ hasPassword: false, linkExpiresAt: invited.expiresAt, lastActiveAdmin: false });
    expect(await getPersonForEditing(asActor(admin), admin.id)).toMatchObject({ isSelf: true, lastActiveAdmin: true });
  });

  it("is for admins only", async () => {
    const editor = await createStaff("EDITOR");
    await expect(listPeople(asActor(editor))).rejects.toThrow(/droit/);
    await expect(listPeople(null)).rejects.toThrow(/session/);
  });
});
