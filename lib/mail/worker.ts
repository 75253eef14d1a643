import "server-only";
import { randomBytes } from "node:crypto";
import os from "node:os";
import { prisma } from "../db";
import { openMail } from "./outbox";
import { describeSendError, isPermanentSmtpError, type MailSender } from "./transport";

/**
 * Sends what the outbox holds. Any number of workers (one per server instance) share the table:
 * a worker claims due rows with FOR UPDATE SKIP LOCKED and a lease (`claimedUntil`, `claimedBy`),
 * so two never hold the same row; a row whose lease has passed (its worker was killed) is due
 * again. See docs/decisions/0010-mail-outbox.md for what this guarantees and what it cannot.
 */

export type DeliveryPolicy = {
  /** rows claimed at once */
  batchSize: number;
  /** how long a claim holds; renewed before each send, and far above the SMTP timeouts */
  leaseMs: number;
  /** sends tried before a mail is given up (FAILED) */
  maxAttempts: number;
  /** the wait after the first failure, doubled after each further one, up to backoffMaxMs */
  backoffBaseMs: number;
  backoffMaxMs: number;
};

export const DEFAULT_POLICY: DeliveryPolicy = {
  batchSize: 20,
  leaseMs: 2 * 60_000,
  maxAttempts: 10,
  backoffBaseMs: 30_000,
  backoffMaxMs: 60 * 60_000,
};

/** One per process: what `claimedBy` says, so a log line or a row tells which instance held it. */
export const WORKER_ID = `${os.hostname()}:${process.pid}:${randomBytes(4).toString("hex")}`;

/** The wait before attempt `attempts + 1`, after `attempts` failed ones. */
export function backoffMs(attempts: number, policy: Pick<DeliveryPolicy, "backoffBaseMs" | "backoffMaxMs"> = DEFAULT_POLICY): number {
  return Math.min(policy.backoffMaxMs, policy.backoffBaseMs * 2 ** Math.max(0, attempts - 1));
}

export type ClaimedMail = { id: bigint; messageId: string; sealed: string | null; attempts: number };

/**
 * Claims up to `limit` due mails for `workerId` and counts the attempt now, so that a worker dying
 * mid-send still uses one up. Due: PENDING, its time come, and nobody's lease running. Times are
 * the database's, the one clock every instance shares.
 */
export async function claimDueMails(workerId: string, limit: number, leaseMs: number): Promise<ClaimedMail[]> {
  return prisma.$queryRaw<ClaimedMail[]>`
    UPDATE "OutboxMail"
    SET "claimedBy" = ${workerId},
        "claimedUntil" = now() + make_interval(secs => ${leaseMs / 1000}),
        "attempts" = "attempts" + 1
    WHERE "id" IN (
      SELECT "id" FROM "OutboxMail"
      WHERE "status" = 'PENDING' AND "nextAttemptAt" <= now() AND ("claimedUntil" IS NULL OR "claimedUntil" < now())
      ORDER BY "nextAttemptAt", "id"
      LIMIT ${limit}
      FOR UPDATE SKIP LOCKED
    )
    RETURNING "id", "messageId", "sealed", "attempts"`;
}

/**
 * Extends our lease just before a send, and says whether the row is still ours: it may have been
 * taken over if this worker stalled past its lease (then the other worker sends it, not us).
 */
async function renewLease(id: bigint, workerId: string, leaseMs: number): Promise<boolean> {
  const count = await prisma.$executeRaw`
    UPDATE "OutboxMail" SET "claimedUntil" = now() + make_interval(secs => ${leaseMs / 1000})
    WHERE "id" = ${id} AND "claimedBy" = ${workerId} AND "status" = 'PENDING'`;
  return count === 1;
}

async function markSent(id: bigint, workerId: string): Promise<void> {
  await prisma.$executeRaw`
    UPDATE "OutboxMail"
    SET "status" = 'SENT', "sentAt" = now(), "claimedBy" = NULL, "claimedUntil" = NULL, "lastError" = NULL
    WHERE "id" = ${id} AND "claimedBy" = ${workerId}`;
}

async function markFailed(mail: ClaimedMail, workerId: string, error: string, giveUp: boolean, policy: DeliveryPolicy): Promise<void> {
  const status = giveUp || mail.attempts >= policy.maxAttempts ? "FAILED" : "PENDING";
  const waitMs = backoffMs(mail.attempts, policy);
  await prisma.$executeRaw`
    UPDATE "OutboxMail"
    SET "status" = ${status}::"MailStatus", "lastError" = ${error},
        "nextAttemptAt" = now() + make_interval(secs => ${waitMs / 1000}),
        "claimedBy" = NULL, "claimedUntil" = NULL
    WHERE "id" = ${mail.id} AND "claimedBy" = ${workerId}`;
}

/** Gives back what a stopping worker claimed but did not try, without counting the attempt. */
async function release(ids: bigint[], workerId: string): Promise<void> {
  if (ids.length === 0) return;
  await prisma.$executeRaw`
    UPDATE "OutboxMail" SET "claimedBy" = NULL, "claimedUntil" = NULL, "attempts" = GREATEST("attempts" - 1, 0)
    WHERE "id" = ANY(${ids}) AND "claimedBy" = ${workerId} AND "status" = 'PENDING'`;
}

export type BatchOutcome = { claimed: number; sent: number; retrying: number; failed: number };

export type DeliverOptions = {
  sender: MailSender;
  from: () => Promise<{ name: string; address: string }>;
  workerId?: string;
  policy?: Partial<DeliveryPolicy>;
  /** asked between two mails: true when the process is stopping */
  stopping?: () => boolean;
};

/** Claims one batch and sends it, one mail after the other. */
export async function deliverBatch(options: DeliverOptions): Promise<BatchOutcome> {
  const policy = { ...DEFAULT_POLICY, ...options.policy };
  const workerId = options.workerId ?? WORKER_ID;
  const claimed = await claimDueMails(workerId, policy.batchSize, policy.leaseMs);
  const outcome: BatchOutcome = { claimed: claimed.length, sent: 0, retrying: 0, failed: 0 };
  if (claimed.length === 0) return outcome;
  const from = await options.from();
  for (const [index, mail] of claimed.entries()) {
    if (options.stopping?.()) {
      await release(claimed.slice(index).map((row) => row.id), workerId);
      break;
    }
    if (!(await renewLease(mail.id, workerId, policy.leaseMs))) continue;
    let content;
    try {
      if (!mail.sealed) throw new Error("contenu effacé");
      content = openMail(mail.sealed);
    } catch (error) {
      await markFailed(mail, workerId, `Courriel illisible : ${describeSendError(error)}`, true, policy);
      outcome.failed++;
      continue;
    }
    try {
      await options.sender.sendMail({ from, ...content, messageId: mail.messageId, headers: { "Auto-Submitted": "auto-generated" } });
    } catch (error) {
      const giveUp = isPermanentSmtpError(error);
      await markFailed(mail, workerId, describeSendError(error), giveUp, policy);
      if (giveUp || mail.attempts >= policy.maxAttempts) outcome.failed++;
      else outcome.retrying++;
      continue;
    }
    // The SMTP server has it. A crash before this line sends it once more after the lease, with
    // the same Message-ID (the decision record's at-least-once window).
    await markSent(mail.id, workerId);
    outcome.sent++;
  }
  return outcome;
}
