import "server-only";
import { requirePermission } from "../../auth/authorize";
import type { Role } from "../../auth/permissions";
import type { Actor } from "../../auth/session";
import { accountKey, lockedUntil } from "../../auth/throttle";
import { prisma } from "../../db";

/**
 * disabled: closed by an admin. locked: too many failed sign-ins, for now. pending: invited, no
 * password chosen yet. One status per person, the first that applies in that order: the one an
 * admin has to act on.
 */
export type PersonStatus = "disabled" | "locked" | "pending" | "active";

export const STATUS_LABELS: Record<PersonStatus, string> = {
  active: "Actif",
  disabled: "Désactivé",
  locked: "Bloqué",
  pending: "Invitation en attente",
};

function statusOf(person: { disabledAt: Date | null; hasPassword: boolean; lockedUntil: Date | null }): PersonStatus {
  if (person.disabledAt) return "disabled";
  if (person.lockedUntil) return "locked";
  if (!person.hasPassword) return "pending";
  return "active";
}

export type PersonRow = {
  id: string;
  name: string;
  email: string;
  role: Role;
  status: PersonStatus;
  lockedUntil: Date | null;
  twoFactorEnabled: boolean;
  lastSignInAt: Date | null;
};

/** Everyone with an account, by name. Three queries whatever the number of people. */
export async function listPeople(actor: Actor | null, now: Date = new Date()): Promise<PersonRow[]> {
  requirePermission(actor, "user.manage");
  const [people, withoutPassword] = await Promise.all([
    prisma.user.findMany({
      orderBy: [{ name: "asc" }, { email: "asc" }],
      select: { id: true, name: true, email: true, role: true, disabledAt: true, totpEnabledAt: true, lastSignInAt: true },
    }),
    // Filtering on the hash never reads it out of the database.
    prisma.user.findMany({ where: { passwordHash: null }, select: { id: true } }),
  ]);
  // The same rule as lockedUntil() (lib/auth/throttle.ts), for every account at once.
  const locks = await prisma.authThrottle.findMany({
    where: { key: { in: people.map((person) => accountKey(person.email)) }, lockedUntil: { gt: now } },
    select: { key: true, lockedUntil: true },
  });
  const lockByKey = new Map(locks.map((lock) => [lock.key, lock.lockedUntil]));
  const pending = new Set(withoutPassword.map((row) => row.id));
  return people.map((person) => {
    const until = lockByKey.get(accountKey(person.email)) ?? null;
    return {
      id: person.id,
      name: person.name,
      email: person.email,
      role: person.role,
      status: statusOf({ disabledAt: person.disabledAt, hasPassword: !pending.has(person.id), lockedUntil: until }),
      lockedUntil: until,
      twoFactorEnabled: person.totpEnabledAt !== null,
      lastSignInAt: person.lastSignInAt,
    };
  });
}

export type PersonDetails = PersonRow & {
  disabled: boolean;
  hasPassword: boolean;
  createdAt: Date;
  articleCount: number;
  mediaCount: number;
  /** the end of the newest unused link, when one is still valid */
  linkExpiresAt: Date | null;
  isSelf: boolean;
  /** the only active admin: may be neither disabled, nor demoted, nor deleted */
  lastActiveAdmin: boolean;
};

/** One person as their page shows them, or null when there is nobody with that id. */
export async function getPersonForEditing(actor: Actor | null, id: string, now: Date = new Date()): Promise<PersonDetails | null> {
  requirePermission(actor, "user.manage");
  const person = await prisma.user.findUnique({
    where: { id },
    select: { id: true, name: true, email: true, role: true, disabledAt: true, totpEnabledAt: true, lastSignInAt: true, createdAt: true },
  });
  if (!person) return null;
  const [withPassword, until, articleCount, mediaCount, link, activeAdmins] = await Promise.all([
    prisma.user.count({ where: { id, passwordHash: { not: null } } }),
    lockedUntil([accountKey(person.email)], now),
    prisma.article.count({ where: { authorId: id } }),
    prisma.media.count({ where: { uploadedById: id } }),
    prisma.userToken.findFirst({ where: { userId: id, usedAt: null, expiresAt: { gt: now } }, orderBy: { expiresAt: "desc" }, select: { expiresAt: true } }),
    prisma.user.count({ where: { role: "ADMIN", disabledAt: null } }),
  ]);
  const hasPassword = withPassword > 0;
  return {
    id: person.id,
    name: person.name,
    email: person.email,
    role: person.role,
    status: statusOf({ disabledAt: person.disabledAt, hasPassword, lockedUntil: until }),
    lockedUntil: until,
    twoFactorEnabled: person.totpEnabledAt !== null,
    lastSignInAt: person.lastSignInAt,
    disabled: person.disabledAt !== null,
    hasPassword,
    createdAt: person.createdAt,
    articleCount,
    mediaCount,
    linkExpiresAt: link?.expiresAt ?? null,
    isSelf: person.id === actor.id,
    lastActiveAdmin: person.role === "ADMIN" && person.disabledAt === null && activeAdmins <= 1,
  };
}
