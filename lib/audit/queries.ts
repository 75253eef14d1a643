import "server-only";
import { z } from "zod";
import { requirePermission } from "../auth/authorize";
import type { Actor } from "../auth/session";
import { prisma } from "../db";
import { parisDayStart } from "../format/time";
import type { Prisma } from "../generated/prisma/client";
import { AUDIT_ACTIONS, isAuditAction } from "./actions";

export const AUDIT_PAGE_SIZE = 50;

const single = (value: unknown) => (Array.isArray(value) ? value[0] : value);
const blankAsUndefined = (value: unknown) => {
  const first = single(value);
  return first === "" ? undefined : first;
};
const day = z.preprocess(blankAsUndefined, z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "Date invalide (AAAA-MM-JJ).").optional());

/** The journal's filters, as its GET form sends them. A malformed value is refused, not ignored. */
export const auditFilterSchema = z.object({
  personne: z.preprocess(blankAsUndefined, z.string().regex(/^[a-z0-9]{20,40}$/, "Personne inconnue.").optional()),
  action: z.preprocess(blankAsUndefined, z.string().refine(isAuditAction, "Action inconnue.").optional()),
  du: day,
  au: day,
  page: z.preprocess(blankAsUndefined, z.string().regex(/^[1-9]\d{0,4}$/, "Page invalide.").transform(Number).optional().default(1)),
});

export type AuditFilter = z.output<typeof auditFilterSchema>;

export type AuditRow = {
  id: string;
  createdAt: string;
  actorLabel: string | null;
  action: string;
  actionLabel: string;
  targetType: string | null;
  targetLabel: string | null;
  details: Prisma.JsonValue;
  ip: string | null;
};

/** One page of the audit log, newest first, filtered (admins only). */
export async function listAuditEntries(actor: Actor | null, filter: AuditFilter) {
  requirePermission(actor, "audit.read");
  const where: Prisma.AuditLogWhereInput = {
    ...(filter.personne ? { actorId: filter.personne } : {}),
    ...(filter.action ? { action: filter.action } : {}),
    ...(filter.du || filter.au
      ? { createdAt: { ...(filter.du ? { gte: parisDayStart(filter.du) } : {}), ...(filter.au ? { lt: parisDayStart(filter.au, 1) } : {}) } }
      : {}),
  };
  const [total, rows] = await Promise.all([
    prisma.auditLog.count({ where }),
    prisma.auditLog.findMany({
      where,
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      skip: (filter.page - 1) * AUDIT_PAGE_SIZE,
      take: AUDIT_PAGE_SIZE,
    }),
  ]);
  const entries: AuditRow[] = rows.map((row) => ({
    id: row.id.toString(),
    createdAt: row.createdAt.toISOString(),
    actorLabel: row.actorLabel,
    action: row.action,
    actionLabel: isAuditAction(row.action) ? AUDIT_ACTIONS[row.action] : row.action,
    targetType: row.targetType,
    targetLabel: row.targetLabel,
    details: row.details,
    ip: row.ip,
  }));
  return { entries, total, page: filter.page, pageCount: Math.max(1, Math.ceil(total / AUDIT_PAGE_SIZE)) };
}

/** Everyone who appears in the log as an actor, for the filter. */
export async function auditPeople(actor: Actor | null) {
  requirePermission(actor, "audit.read");
  return prisma.user.findMany({ orderBy: { name: "asc" }, select: { id: true, name: true, email: true } });
}
