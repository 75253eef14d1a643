import "server-only";
import { changedFields, recordAudit } from "../../audit/record";
import { requirePermission } from "../../auth/authorize";
import { createPasswordLink, revokePasswordLinks, type PasswordLink } from "../../auth/password-links";
import type { Role } from "../../auth/permissions";
import type { Actor } from "../../auth/session";
import { accountKey, clearFailures } from "../../auth/throttle";
import { disableTwoFactor } from "../../auth/two-factor";
import { prisma } from "../../db";
import { Prisma } from "../../generated/prisma/client";
import { mailLeavesBySmtp } from "../../mail/delivery";
import { queuePasswordLinkMail } from "../../mail/password-link";
import type { RequestContext } from "../../request-context";
import { revalidateAuthorChange } from "../../revalidate";
import { FieldError, NotFoundError, RuleError } from "../errors";
import type { PersonIdInput, PersonInput, UpdatePersonInput } from "./schema";

/**
 * People: the only place that writes them. Each command checks the permission on its first line,
 * writes in one transaction with its audit entry, and ends the person's open sessions whenever
 * what they may do shrinks (disabled, demoted) or whoever signs in as them may change (address).
 */

const RANK: Record<Role, number> = { AUTHOR: 0, EDITOR: 1, ADMIN: 2 };

const EMAIL_TAKEN = "Cette adresse électronique est déjà celle d’une autre personne : chaque compte a la sienne.";
const NOT_FOUND = "Cette personne n’existe pas ou plus.";

type Locked = {
  id: string;
  name: string;
  email: string;
  role: Role;
  disabledAt: Date | null;
  totpEnabledAt: Date | null;
  sessionVersion: number;
  hasPassword: boolean;
};

/**
 * Locks the person until the end of the transaction and, for a change that could leave the site
 * without an admin, every active admin too: in one statement and in id order, so that two such
 * changes never deadlock. Two admins demoting (or disabling, or deleting) each other at the same
 * moment queue here; in READ COMMITTED the second then re-reads the locked rows as the first left
 * them, and counts one admin fewer.
 *
 * NO KEY UPDATE, not UPDATE: it still queues every other change of these rows, but lets rows that
 * merely point at them be written meanwhile (an audit entry naming the other admin as its actor),
 * which FOR UPDATE would turn into a deadlock when two admins act on each other.
 */
async function lockForChange(
  tx: Prisma.TransactionClient,
  id: string,
  { withAdmins = true }: { withAdmins?: boolean } = {},
): Promise<{ target: Locked; otherActiveAdmins: number }> {
  const admins = withAdmins ? Prisma.sql`OR ("role" = 'ADMIN' AND "disabledAt" IS NULL)` : Prisma.empty;
  const rows = await tx.$queryRaw<Locked[]>`
    SELECT "id", "name", "email", "role"::text AS "role", "disabledAt", "totpEnabledAt", "sessionVersion",
      ("passwordHash" IS NOT NULL) AS "hasPassword"
    FROM "User"
    WHERE "id" = ${id} ${admins}
    ORDER BY "id"
    FOR NO KEY UPDATE`;
  const target = rows.find((row) => row.id === id);
  if (!target) throw new NotFoundError(NOT_FOUND);
  const otherActiveAdmins = rows.filter((row) => row.id !== id && row.role === "ADMIN" && row.disabledAt === null).length;
  return { target, otherActiveAdmins };
}

const isActiveAdmin = (person: Locked) => person.role === "ADMIN" && person.disabledAt === null;

// Labelled by address, like every other entry about a person (sign-ins, "Mon compte").
const auditTarget = (person: { id: string; email: string }) => ({ type: "user" as const, id: person.id, label: person.email });

async function assertEmailFree(tx: Prisma.TransactionClient, email: string, exceptId?: string): Promise<void> {
  const other = await tx.user.findFirst({ where: { email, ...(exceptId ? { NOT: { id: exceptId } } : {}) }, select: { id: true } });
  if (other) throw new FieldError("email", EMAIL_TAKEN);
}

/** The unique index is the last word when two admins give the same address at the same moment. */
async function withUniqueEmail<T>(write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") throw new FieldError("email", EMAIL_TAKEN);
    throw error;
  }
}

/**
 * What the admin gets back: the link itself only when no SMTP server is configured (they hand it
 * over; the queued mail also waits in /admin/courriels). With SMTP the mail carries it, and the
 * admin never holds a credential to someone else's account.
 */
function issued(person: { id: string; name: string; email: string }, link: PasswordLink): IssuedLink {
  const sent = mailLeavesBySmtp();
  return { ...person, url: sent ? null : link.url, expiresAt: link.expiresAt, purpose: link.purpose, sent };
}

export type IssuedLink = {
  id: string;
  name: string;
  email: string;
  /** null when the link left by mail */
  url: string | null;
  expiresAt: Date;
  purpose: PasswordLink["purpose"];
  /** true when SMTP is configured: the mail is queued and leaves within seconds */
  sent: boolean;
};

/** Creates a person without a password, and the invitation link with which they choose one. */
export async function createPerson(actor: Actor | null, input: PersonInput, context: RequestContext): Promise<IssuedLink> {
  requirePermission(actor, "user.manage");
  const { person, link } = await withUniqueEmail(() =>
    prisma.$transaction(async (tx) => {
      await assertEmailFree(tx, input.email);
      const person = await tx.user.create({
        data: { name: input.name, email: input.email, role: input.role },
        select: { id: true, name: true, email: true },
      });
      const link = await createPasswordLink({ userId: person.id, purpose: "INVITATION", createdById: actor.id }, tx);
      await queuePasswordLinkMail(tx, { to: person.email, name: person.name, url: link.url, purpose: link.purpose, expiresAt: link.expiresAt });
      await recordAudit(
        {
          action: "user.created",
          actor,
          target: auditTarget(person),
          details: changedFields<Record<string, unknown>>({}, { name: input.name, email: input.email, role: input.role }),
          ip: context.ip,
        },
        tx,
      );
      await recordAudit(
        { action: "user.password_link_created", actor, target: auditTarget(person), details: { purpose: link.purpose, expiresAt: link.expiresAt.toISOString() }, ip: context.ip },
        tx,
      );
      return { person, link };
    }),
  );
  return issued(person, link);
}

export type UpdateOutcome = { changed: string[]; sessionsEnded: boolean };

/** Name, address and role. A rename reaches the bylines of the person's articles at the next request. */
export async function updatePerson(actor: Actor | null, input: UpdatePersonInput, context: RequestContext): Promise<UpdateOutcome> {
  requirePermission(actor, "user.manage");
  const outcome = await withUniqueEmail(() =>
    prisma.$transaction(async (tx) => {
      const { target, otherActiveAdmins } = await lockForChange(tx, input.id);
      if (input.role !== target.role && target.id === actor.id) {
        throw new RuleError("Vous ne pouvez pas changer votre propre rôle : demandez-le à un autre administrateur.", "role");
      }
      const demoted = RANK[input.role] < RANK[target.role];
      if (demoted && isActiveAdmin(target) && otherActiveAdmins === 0) {
        throw new RuleError(
          "C’est le dernier administrateur actif : nommez d’abord un autre administrateur, sinon plus personne ne pourrait gérer le site.",
          "role",
        );
      }
      if (input.email !== target.email) await assertEmailFree(tx, input.email, target.id);

      const identity = changedFields({ name: target.name, email: target.email }, { name: input.name, email: input.email });
      const role = changedFields({ role: target.role }, { role: input.role });
      const changed = [...Object.keys(identity), ...Object.keys(role)];
      if (changed.length === 0) return { changed, sessionsEnded: false, renamedAuthor: false };

      // A demotion must bite at once; a new address means a new sign-in identity.
      const sessionsEnded = demoted || "email" in identity;
      await tx.user.update({
        where: { id: target.id },
        data: { name: input.name, email: input.email, role: input.role, ...(sessionsEnded ? { sessionVersion: { increment: 1 } } : {}) },
      });
      const after = { id: target.id, name: input.name, email: input.email };
      if (Object.keys(identity).length > 0) {
        await recordAudit({ action: "user.updated", actor, target: auditTarget(after), details: identity, ip: context.ip }, tx);
      }
      if (Object.keys(role).length > 0) {
        await recordAudit({ action: "user.role_changed", actor, target: auditTarget(after), details: role, ip: context.ip }, tx);
      }
      const renamedAuthor = "name" in identity && (await tx.article.count({ where: { authorId: target.id } })) > 0;
      return { changed, sessionsEnded, renamedAuthor };
    }),
  );
  if (outcome.renamedAuthor) revalidateAuthorChange();
  return { changed: outcome.changed, sessionsEnded: outcome.sessionsEnded };
}

export type StateOutcome = { changed: boolean };

/** Closes an account: no sign-in, every open session ends, unused password links stop working. */
export async function disablePerson(actor: Actor | null, input: PersonIdInput, context: RequestContext): Promise<StateOutcome> {
  requirePermission(actor, "user.manage");
  if (input.id === actor.id) throw new RuleError("Vous ne pouvez pas désactiver votre propre compte : demandez-le à un autre administrateur.");
  return prisma.$transaction(async (tx) => {
    const { target, otherActiveAdmins } = await lockForChange(tx, input.id);
    if (target.disabledAt) return { changed: false };
    if (isActiveAdmin(target) && otherActiveAdmins === 0) {
      throw new RuleError("C’est le dernier administrateur actif : nommez d’abord un autre administrateur avant de désactiver ce compte.");
    }
    const now = new Date();
    await tx.user.update({ where: { id: target.id }, data: { disabledAt: now, sessionVersion: { increment: 1 } } });
    await revokePasswordLinks(target.id, tx);
    await recordAudit(
      {
        action: "user.disabled",
        actor,
        target: auditTarget(target),
        details: changedFields<Record<string, unknown>>({ disabledAt: null }, { disabledAt: now.toISOString() }),
        ip: context.ip,
      },
      tx,
    );
    return { changed: true };
  });
}

/** Opens a disabled account again; its old sessions stay ended (disabling bumped their version). */
export async function enablePerson(actor: Actor | null, input: PersonIdInput, context: RequestContext): Promise<StateOutcome> {
  requirePermission(actor, "user.manage");
  return prisma.$transaction(async (tx) => {
    const { target } = await lockForChange(tx, input.id, { withAdmins: false });
    if (!target.disabledAt) return { changed: false };
    await tx.user.update({ where: { id: target.id }, data: { disabledAt: null } });
    await recordAudit(
      {
        action: "user.enabled",
        actor,
        target: auditTarget(target),
        details: changedFields<Record<string, unknown>>({ disabledAt: target.disabledAt.toISOString() }, { disabledAt: null }),
        ip: context.ip,
      },
      tx,
    );
    return { changed: true };
  });
}

/**
 * Deletes a person who never signed anything: a user is never deleted while articles carry their
 * name (the byline and the feeds need it), nor while media record them as their uploader.
 */
export async function deletePerson(actor: Actor | null, input: PersonIdInput, context: RequestContext): Promise<{ name: string }> {
  requirePermission(actor, "user.manage");
  if (input.id === actor.id) throw new RuleError("Vous ne pouvez pas supprimer votre propre compte : demandez-le à un autre administrateur.");
  return withoutNewWorks(() =>
    prisma.$transaction(async (tx) => {
      const { target, otherActiveAdmins } = await lockForChange(tx, input.id);
      if (isActiveAdmin(target) && otherActiveAdmins === 0) {
        throw new RuleError("C’est le dernier administrateur actif : il ne peut pas être supprimé.");
      }
      const articles = await tx.article.count({ where: { authorId: target.id } });
      const media = await tx.media.count({ where: { uploadedById: target.id } });
      if (articles + media > 0) {
        throw new RuleError(
          `Cette personne ne peut pas être supprimée : ${describeWorks(articles, media)} ${articles + media > 1 ? "portent" : "porte"} son nom. Désactivez plutôt son compte : ses articles resteront signés.`,
        );
      }
      await recordAudit(
        {
          action: "user.deleted",
          actor,
          target: auditTarget(target),
          details: changedFields<Record<string, unknown>>({ name: target.name, email: target.email, role: target.role }, { name: null, email: null, role: null }),
          ip: context.ip,
        },
        tx,
      );
      await clearFailures(accountKey(target.email), tx);
      await tx.user.delete({ where: { id: target.id } });
      return { name: target.name };
    }),
  );
}

/** An article signed while the deletion ran: the database refuses the deletion, and so do we. */
async function withoutNewWorks<T>(write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2003") {
      throw new RuleError("Cette personne vient de signer un article : elle ne peut plus être supprimée. Désactivez plutôt son compte.");
    }
    throw error;
  }
}

function describeWorks(articles: number, media: number): string {
  const parts = [
    articles > 0 ? `${articles} article${articles > 1 ? "s" : ""}` : null,
    media > 0 ? `${media} média${media > 1 ? "s" : ""}` : null,
  ].filter(Boolean);
  return parts.join(" et ");
}

/**
 * A new single-use link for someone to choose a password: an invitation while they have none, a
 * reset otherwise (their current password keeps working until they use it). Their older unused
 * links stop working. Not for oneself: one's own password changes from "Mon compte", with the
 * current password, so that a borrowed session cannot take the account over.
 */
export async function createPasswordLinkFor(actor: Actor | null, input: PersonIdInput, context: RequestContext): Promise<IssuedLink> {
  requirePermission(actor, "user.manage");
  if (input.id === actor.id) throw new RuleError("Pour changer votre propre mot de passe, passez par « Mon compte ».");
  const { person, link } = await prisma.$transaction(async (tx) => {
    const { target } = await lockForChange(tx, input.id, { withAdmins: false });
    if (target.disabledAt) throw new RuleError("Ce compte est désactivé : réactivez-le avant de créer un lien.");
    const link = await createPasswordLink({ userId: target.id, purpose: target.hasPassword ? "PASSWORD_RESET" : "INVITATION", createdById: actor.id }, tx);
    await queuePasswordLinkMail(tx, { to: target.email, name: target.name, url: link.url, purpose: link.purpose, expiresAt: link.expiresAt });
    await recordAudit(
      { action: "user.password_link_created", actor, target: auditTarget(target), details: { purpose: link.purpose, expiresAt: link.expiresAt.toISOString() }, ip: context.ip },
      tx,
    );
    return { person: { id: target.id, name: target.name, email: target.email }, link };
  });
  return issued(person, link);
}

/** Ends every open session of someone (a lost laptop, a session left open on a shared computer). */
export async function revokeSessions(actor: Actor | null, input: PersonIdInput, context: RequestContext): Promise<{ self: boolean }> {
  requirePermission(actor, "user.revokeSessions");
  await prisma.$transaction(async (tx) => {
    const { target } = await lockForChange(tx, input.id, { withAdmins: false });
    const updated = await tx.user.update({ where: { id: target.id }, data: { sessionVersion: { increment: 1 } }, select: { sessionVersion: true } });
    await recordAudit(
      {
        action: "user.sessions_revoked",
        actor,
        target: auditTarget(target),
        details: changedFields({ sessionVersion: target.sessionVersion }, { sessionVersion: updated.sessionVersion }),
        ip: context.ip,
      },
      tx,
    );
  });
  return { self: input.id === actor.id };
}

/** Lifts the lock that failed sign-ins put on an account (the per-address limit stays). */
export async function unlockPerson(actor: Actor | null, input: PersonIdInput, context: RequestContext): Promise<StateOutcome> {
  requirePermission(actor, "user.manage");
  return prisma.$transaction(async (tx) => {
    const { target } = await lockForChange(tx, input.id, { withAdmins: false });
    const key = accountKey(target.email);
    const lock = await tx.authThrottle.findFirst({ where: { key, lockedUntil: { gt: new Date() } }, select: { lockedUntil: true } });
    const until = lock?.lockedUntil;
    if (!until) return { changed: false };
    await clearFailures(key, tx);
    await recordAudit(
      {
        action: "user.unlocked",
        actor,
        target: auditTarget(target),
        details: changedFields<Record<string, unknown>>({ lockedUntil: until.toISOString() }, { lockedUntil: null }),
        ip: context.ip,
      },
      tx,
    );
    return { changed: true };
  });
}

/**
 * Removes someone's two-factor authentication after a lost phone: they sign in with their
 * password alone, and enrol again (at once if the settings require it of admins). One's own is
 * managed from "Mon compte", where a code is asked first.
 */
export async function resetTwoFactor(actor: Actor | null, input: PersonIdInput, context: RequestContext): Promise<StateOutcome> {
  requirePermission(actor, "user.manage");
  if (input.id === actor.id) throw new RuleError("Gérez votre propre double authentification depuis « Mon compte ».");
  return prisma.$transaction(async (tx) => {
    const { target } = await lockForChange(tx, input.id, { withAdmins: false });
    if (!target.totpEnabledAt) return { changed: false };
    await disableTwoFactor(target.id, tx);
    await recordAudit(
      { action: "user.two_factor_reset", actor, target: auditTarget(target), details: changedFields({ twoFactor: true }, { twoFactor: false }), ip: context.ip },
      tx,
    );
    return { changed: true };
  });
}
