import "server-only";
import { requirePermission } from "../../auth/authorize";
import type { Actor } from "../../auth/session";
import { prisma } from "../../db";
import type { MailKind, MailStatus } from "../../generated/prisma/enums";
import { openMail, type SealedMail } from "../../mail/outbox";
import { STATUS_PARAMS, type MailFilter } from "./schema";

export const MAIL_PAGE_SIZE = 50;

export type MailRow = {
  id: string;
  createdAt: Date;
  kind: MailKind;
  recipientHint: string;
  status: MailStatus;
  attempts: number;
  lastError: string | null;
  nextAttemptAt: Date;
  sentAt: Date | null;
};

const rowSelect = {
  id: true,
  createdAt: true,
  kind: true,
  recipientHint: true,
  status: true,
  attempts: true,
  lastError: true,
  nextAttemptAt: true,
  sentAt: true,
} as const;

/** One page of the outbox, newest first (admins only). Lists show the recipient's hint, never the address. */
export async function listMails(actor: Actor | null, filter: MailFilter) {
  requirePermission(actor, "mail.read");
  const where = filter.etat ? { status: STATUS_PARAMS[filter.etat] } : {};
  const [total, rows] = await Promise.all([
    prisma.outboxMail.count({ where }),
    prisma.outboxMail.findMany({ where, orderBy: [{ createdAt: "desc" }, { id: "desc" }], skip: (filter.page - 1) * MAIL_PAGE_SIZE, take: MAIL_PAGE_SIZE, select: rowSelect }),
  ]);
  const pageCount = Math.max(1, Math.ceil(total / MAIL_PAGE_SIZE));
  return { mails: rows.map((row): MailRow => ({ ...row, id: row.id.toString() })), total, page: filter.page, pageCount };
}

export type MailDetail = MailRow & {
  messageId: string;
  /** the unsealed mail; "erased" a week after sending, "unreadable" if the key changed */
  content: SealedMail | "erased" | "unreadable";
};

/**
 * One mail with its content unsealed: the only place where the back office shows a recipient's
 * address in clear, and to admins only.
 */
export async function getMail(actor: Actor | null, id: string): Promise<MailDetail | null> {
  requirePermission(actor, "mail.read");
  const row = await prisma.outboxMail.findUnique({ where: { id: BigInt(id) }, select: { ...rowSelect, messageId: true, sealed: true } });
  if (!row) return null;
  const { sealed, ...rest } = row;
  let content: MailDetail["content"] = "erased";
  if (sealed) {
    try {
      content = openMail(sealed);
    } catch {
      content = "unreadable";
    }
  }
  return { ...rest, id: row.id.toString(), content };
}
