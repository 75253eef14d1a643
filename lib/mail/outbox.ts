import "server-only";
import { randomUUID } from "node:crypto";
import { open, seal } from "../crypto/secret-box";
import { getEncryptionKey } from "../secrets";
import { siteUrl } from "../env";
import type { MailKind, Prisma } from "../generated/prisma/client";

/** A mail as it will leave: one recipient, a subject and both parts, built from a fixed template. */
export type OutgoingMail = { kind: MailKind; to: string; subject: string; text: string; html: string };

/** What the outbox seals: everything personal or secret about a mail (a password link is a credential). */
export type SealedMail = Pick<OutgoingMail, "to" | "subject" | "text" | "html">;

/** "jeanne.martin@example.fr" → "j•••@e•••.fr": enough for staff to tell mails apart, not an address. */
export function recipientHint(address: string): string {
  const [local = "", domain = ""] = address.split("@");
  const dot = domain.lastIndexOf(".");
  const tld = dot >= 0 ? domain.slice(dot) : "";
  return `${local.slice(0, 1)}•••@${domain.slice(0, 1)}•••${tld}`;
}

/**
 * Queues a mail in the transaction of what caused it (pass that transaction's client): it leaves
 * only if that change commits, and it cannot be lost once it has. The worker (lib/mail/worker.ts)
 * sends it; the Message-ID is fixed here so that a retry carries the same one.
 */
export async function queueMail(db: Pick<Prisma.TransactionClient, "outboxMail">, mail: OutgoingMail): Promise<{ id: bigint }> {
  const { to, subject, text, html } = mail;
  const host = new URL(siteUrl()).hostname;
  const sealed = seal(JSON.stringify({ to, subject, text, html } satisfies SealedMail), getEncryptionKey());
  return db.outboxMail.create({
    data: { kind: mail.kind, messageId: `<${randomUUID()}@${host}>`, sealed, recipientHint: recipientHint(to) },
    select: { id: true },
  });
}

/** The sealed part of a queued mail, for the worker and for an admin's reading in /admin/courriels. */
export function openMail(sealed: string): SealedMail {
  const parsed = JSON.parse(open(sealed, getEncryptionKey())) as SealedMail;
  return { to: parsed.to, subject: parsed.subject, text: parsed.text, html: parsed.html };
}
