import "server-only";
import { recordAudit } from "../../audit/record";
import { requirePermission } from "../../auth/authorize";
import type { Actor } from "../../auth/session";
import { prisma } from "../../db";
import type { RequestContext } from "../../request-context";
import { NotFoundError, RuleError } from "../errors";
import type { MailIdInput } from "./schema";

/**
 * "Remettre en file": a given-up mail gets a fresh series of attempts, due now. Only a FAILED mail
 * whose content is still there, checked and changed in one conditional update, so that two admins
 * clicking together queue it once. The NOTIFY wakes the workers at commit, like a new mail's.
 */
export async function requeueMail(actor: Actor | null, input: MailIdInput, context: RequestContext): Promise<{ id: string }> {
  requirePermission(actor, "mail.read");
  const id = BigInt(input.id);
  await prisma.$transaction(async (tx) => {
    const [row] = await tx.$queryRaw<{ recipientHint: string; attempts: number; lastError: string | null }[]>`
      UPDATE "OutboxMail" o
      SET "status" = 'PENDING', "attempts" = 0, "nextAttemptAt" = now(), "claimedBy" = NULL, "claimedUntil" = NULL
      FROM (SELECT "id", "attempts", "lastError" FROM "OutboxMail" WHERE "id" = ${id} FOR UPDATE) prev
      WHERE o."id" = prev."id" AND o."status" = 'FAILED' AND o."sealed" IS NOT NULL
      RETURNING o."recipientHint", prev."attempts", prev."lastError"`;
    if (!row) {
      const exists = await tx.outboxMail.findUnique({ where: { id }, select: { status: true } });
      if (!exists) throw new NotFoundError("Ce courriel n’existe pas ou plus.");
      throw new RuleError("Seul un courriel en échec, dont le contenu est encore conservé, peut être remis en file.");
    }
    await recordAudit(
      {
        action: "mail.requeued",
        actor,
        target: { type: "mail", id: input.id, label: row.recipientHint },
        details: { attempts: [row.attempts, 0], lastError: row.lastError },
        ip: context.ip,
      },
      tx,
    );
    await tx.$executeRaw`SELECT pg_notify('kiosque_outbox', '')`;
  });
  return { id: input.id };
}
