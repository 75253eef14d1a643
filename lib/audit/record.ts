import "server-only";
import { prisma } from "../db";
import type { Prisma } from "../generated/prisma/client";
import type { AuditAction } from "./actions";

type Db = Pick<Prisma.TransactionClient, "auditLog">;

export type AuditActor = { id: string; email: string; name: string } | null;

export type AuditEntry = {
  action: AuditAction;
  /** who did it; null for an anonymous attempt (a failed sign-in) */
  actor: AuditActor;
  /** for attempts without an actor: the address that was typed */
  actorLabel?: string;
  target?: { type: "user" | "settings" | "site" | "category" | "tag" | "article" | "media" | "mail"; id: string; label: string };
  /** what changed: field names with before and after, never a password nor a secret */
  details?: Prisma.InputJsonObject;
  ip: string | null;
};

/**
 * Writes one entry of the audit log. Pass the transaction of the change it records, so that the
 * change and its entry are committed together or not at all.
 */
export async function recordAudit(entry: AuditEntry, db: Db = prisma): Promise<void> {
  await db.auditLog.create({
    data: {
      action: entry.action,
      actorId: entry.actor?.id ?? null,
      actorLabel: entry.actor ? `${entry.actor.name} <${entry.actor.email}>` : (entry.actorLabel ?? null),
      targetType: entry.target?.type ?? null,
      targetId: entry.target?.id ?? null,
      targetLabel: entry.target?.label ?? null,
      details: entry.details ?? {},
      ip: entry.ip,
    },
  });
}

/** The fields of `after` that differ from `before`, as { field: [before, after] }: an entry's details. */
export function changedFields<T extends Record<string, unknown>>(before: T, after: Partial<T>): Prisma.InputJsonObject {
  const changes: Record<string, Prisma.InputJsonValue> = {};
  for (const [field, value] of Object.entries(after)) {
    if (value === undefined) continue;
    const previous = before[field];
    if (JSON.stringify(previous) !== JSON.stringify(value)) {
      changes[field] = [(previous ?? null) as Prisma.InputJsonValue, (value ?? null) as Prisma.InputJsonValue];
    }
  }
  return changes;
}
