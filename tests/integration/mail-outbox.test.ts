import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import type { MailKind } from "@/lib/generated/prisma/client";
import { startBackgroundLoop, type BackgroundLoop } from "@/lib/mail/background";
import { DELETE_MAIL_AFTER_MS, ERASE_SENT_CONTENT_AFTER_MS, housekeeping } from "@/lib/mail/housekeeping";
import { queueMail } from "@/lib/mail/outbox";
import { createMailTransport, mailFrom } from "@/lib/mail/transport";
import { claimDueMails, deliverBatch, type DeliveryPolicy } from "@/lib/mail/worker";
import { ensureSettings, resetDatabase } from "../factories";
import { eventually, startSmtpServer, type TestSmtpServer } from "../support/smtp";

const SUBJECT = "Réunion à l’École : « sécurité » et coopération — été 2027";

let smtp: TestSmtpServer | undefined;
let loop: BackgroundLoop | undefined;

beforeEach(async () => {
  await resetDatabase();
  await ensureSettings({ siteName: "École nationale supérieure de la police" });
});

afterEach(async () => {
  await loop?.stop();
  loop = undefined;
  await smtp?.close();
  smtp = undefined;
});

async function queue(to: string, subject = SUBJECT, kind: MailKind = "RECOMMENDATION") {
  return prisma.$transaction((tx) =>
    queueMail(tx, { kind, to, subject, text: `Bonjour,\nvoici la page : https://exemple.fr/a\n${subject}`, html: `<p>Bonjour, <a href="https://exemple.fr/a">la page</a></p>` }),
  );
}

function deliver(server: TestSmtpServer, policy: Partial<DeliveryPolicy> = {}, workerId = "test-worker") {
  return deliverBatch({ sender: createMailTransport(server.url), from: mailFrom, workerId, policy });
}

describe("the outbox worker", () => {
  it("sends a queued mail once, with its French subject encoded (RFC 2047), a text and an HTML part, the site's From and its fixed Message-ID", async () => {
    smtp = await startSmtpServer();
    const { id } = await queue("jeanne.martin@example.fr");
    const row = await prisma.outboxMail.findUniqueOrThrow({ where: { id } });

    expect(await deliver(smtp)).toEqual({ claimed: 1, sent: 1, retrying: 0, failed: 0 });
    expect(await deliver(smtp)).toEqual({ claimed: 0, sent: 0, retrying: 0, failed: 0 });

    expect(smtp.messages).toHaveLength(1);
    const [mail] = smtp.messages;
    const raw = smtp.raw[0]!;
    // Non-ASCII headers travel as encoded words, never as raw 8-bit bytes.
    const subjectHeader = /^Subject: (.*(?:\r\n[ \t].*)*)/m.exec(raw)?.[1] ?? "";
    expect(subjectHeader).toMatch(/^=\?UTF-8\?[QB]\?/);
    expect(subjectHeader).not.toMatch(/[^\x20-\x7e\r\n\t]/);
    expect(mail!.subject).toBe(SUBJECT);
    expect(mail!.from?.value).toEqual([{ name: "École nationale supérieure de la police", address: "ne-pas-repondre@localhost" }]);
    expect(mail!.to && !Array.isArray(mail!.to) ? mail!.to.value.map((entry) => entry.address) : []).toEqual(["jeanne.martin@example.fr"]);
    expect(mail!.messageId).toBe(row.messageId);
    expect(mail!.text).toContain("https://exemple.fr/a");
    expect(mail!.html).toContain('<a href="https://exemple.fr/a">la page</a>');
    expect(mail!.headers.get("auto-submitted")).toBe("auto-generated");

    expect(await prisma.outboxMail.findUniqueOrThrow({ where: { id } })).toMatchObject({
      status: "SENT",
      attempts: 1,
      claimedBy: null,
      claimedUntil: null,
      lastError: null,
      sentAt: expect.any(Date),
    });
  });

  it("retries with a doubling backoff while the SMTP server is down, then sends each mail exactly once when it is back", async () => {
    smtp = await startSmtpServer({ failing: true });
    for (const to of ["a@example.fr", "b@example.fr", "c@example.fr"]) await queue(to);
    const policy = { backoffBaseMs: 1_000, backoffMaxMs: 60_000 };

    const before = Date.now();
    expect(await deliver(smtp, policy)).toMatchObject({ claimed: 3, sent: 0, retrying: 3 });
    let rows = await prisma.outboxMail.findMany({ orderBy: { id: "asc" } });
    for (const row of rows) {
      expect(row).toMatchObject({ status: "PENDING", attempts: 1, claimedBy: null, lastError: expect.stringMatching(/421/) });
      expect(row.nextAttemptAt.getTime() - before).toBeGreaterThan(500);
      expect(row.nextAttemptAt.getTime() - before).toBeLessThan(5_000);
    }
    // Not due yet: nothing is claimed before its time.
    expect(await deliver(smtp, policy)).toMatchObject({ claimed: 0 });

    // Second failure: the wait doubles.
    const due = async () => (await prisma.$queryRaw<{ n: number }[]>`SELECT count(*)::int AS n FROM "OutboxMail" WHERE "nextAttemptAt" <= now()`)[0]!.n === 3;
    await eventually(due, "the three mails due again");
    expect(await deliver(smtp, policy)).toMatchObject({ claimed: 3, retrying: 3 });
    const secondFailure = Date.now();
    rows = await prisma.outboxMail.findMany({ orderBy: { id: "asc" } });
    for (const row of rows) {
      expect(row.attempts).toBe(2);
      expect(row.nextAttemptAt.getTime() - secondFailure).toBeGreaterThan(1_200);
    }

    smtp.setDown(false);
    await eventually(async () => {
      await deliver(smtp!, policy);
      return (await prisma.outboxMail.count({ where: { status: "SENT" } })) === 3;
    }, "all three sent once the server is back");
    expect(smtp.messages.map((mail) => mail.messageId).sort()).toEqual(rows.map((row) => row.messageId).sort());
    expect(await prisma.outboxMail.findMany({ select: { attempts: true, lastError: true } })).toEqual(Array(3).fill({ attempts: 3, lastError: null }));
  });

  it("gives a mail up (FAILED) after its last attempt, with the error but no address", async () => {
    smtp = await startSmtpServer({ failing: true });
    const { id } = await queue("personne@example.fr");
    await deliver(smtp, { maxAttempts: 2, backoffBaseMs: 0 });
    expect(await prisma.outboxMail.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: "PENDING", attempts: 1 });
    await deliver(smtp, { maxAttempts: 2, backoffBaseMs: 0 });
    const row = await prisma.outboxMail.findUniqueOrThrow({ where: { id } });
    expect(row).toMatchObject({ status: "FAILED", attempts: 2, claimedBy: null });
    expect(row.lastError).not.toMatch(/personne/);
    expect(await deliver(smtp, { backoffBaseMs: 0 })).toMatchObject({ claimed: 0 });
  });

  it("never lets two workers hold the same mail; a lease that has run out (a killed worker) is claimed again", async () => {
    for (const to of ["a@example.fr", "b@example.fr", "c@example.fr"]) await queue(to);
    const first = await claimDueMails("worker-a", 2, 60_000);
    const second = await claimDueMails("worker-b", 10, 60_000);
    expect(first).toHaveLength(2);
    expect(second).toHaveLength(1);
    expect(new Set([...first, ...second].map((row) => row.id)).size).toBe(3);
    expect(await claimDueMails("worker-c", 10, 60_000)).toEqual([]);

    // worker-a dies: its lease runs out, and its two mails are due again, their attempt counted.
    await prisma.outboxMail.updateMany({ where: { claimedBy: "worker-a" }, data: { claimedUntil: new Date(Date.now() - 1_000) } });
    const retaken = await claimDueMails("worker-c", 10, 60_000);
    expect(retaken.map((row) => row.id).sort()).toEqual(first.map((row) => row.id).sort());
    expect(retaken.map((row) => row.attempts)).toEqual([2, 2]);
  });

  it("is woken by a committed mail at once, not by a rolled-back one, and stops cleanly", async () => {
    smtp = await startSmtpServer();
    // A poll of a minute: only the NOTIFY sent at commit can make the mail leave within the test.
    loop = startBackgroundLoop({ databaseUrl: process.env.DATABASE_URL!, sender: createMailTransport(smtp.url), pollMs: 60_000 });
    await eventually(
      async () =>
        (await prisma.$queryRaw<{ n: number }[]>`
          SELECT count(*)::int AS n FROM pg_stat_activity
          WHERE datname = current_database() AND application_name = 'kiosque-outbox' AND query ILIKE 'LISTEN%'`)[0]!.n === 1,
      "the loop listening",
    );
    await expect(
      prisma.$transaction(async (tx) => {
        await queueMail(tx, { kind: "RECOMMENDATION", to: "annule@example.fr", subject: "Annulé", text: "x", html: "<p>x</p>" });
        throw new Error("rollback");
      }),
    ).rejects.toThrow("rollback");
    const started = Date.now();
    await queue("vite@example.fr", "Envoyé tout de suite");
    await smtp.waitForMessages(1, 5_000);
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(smtp.messages.map((mail) => mail.subject)).toEqual(["Envoyé tout de suite"]);
    await loop.stop();
    loop = undefined;
    expect(await prisma.outboxMail.count()).toBe(1);
  });
});

describe("the housekeeping", () => {
  it("erases sent mails' content after a week, deletes sent and given-up mails after 90 days, and keeps everything else", async () => {
    const now = new Date();
    const ago = (ms: number) => new Date(now.getTime() - ms);
    const DAY = 24 * 3_600_000;
    const make = async (label: string, data: { status: "PENDING" | "SENT" | "FAILED"; createdAt: Date; sentAt?: Date }) => {
      const { id } = await queue(`${label}@example.fr`);
      await prisma.outboxMail.update({ where: { id }, data });
      return [label, id] as const;
    };
    const ids = Object.fromEntries([
      await make("sentYesterday", { status: "SENT", createdAt: ago(DAY), sentAt: ago(DAY) }),
      await make("sentLastMonth", { status: "SENT", createdAt: ago(30 * DAY), sentAt: ago(30 * DAY) }),
      await make("sentLongAgo", { status: "SENT", createdAt: ago(91 * DAY), sentAt: ago(91 * DAY) }),
      await make("failedRecently", { status: "FAILED", createdAt: ago(10 * DAY) }),
      await make("failedLongAgo", { status: "FAILED", createdAt: ago(91 * DAY) }),
      await make("pendingLongAgo", { status: "PENDING", createdAt: ago(200 * DAY) }),
    ]);
    await prisma.rateCounter.createMany({
      data: [
        { key: "expired", count: 1, expiresAt: ago(1_000) },
        { key: "running", count: 1, expiresAt: new Date(now.getTime() + 60_000) },
      ],
    });
    await prisma.authThrottle.createMany({
      data: [
        { key: "ip:old", failures: 1, windowStartedAt: ago(2 * DAY), updatedAt: ago(2 * DAY) },
        { key: "ip:fresh", failures: 1, windowStartedAt: ago(60_000), updatedAt: ago(60_000) },
      ],
    });

    expect(ERASE_SENT_CONTENT_AFTER_MS).toBe(7 * DAY);
    expect(DELETE_MAIL_AFTER_MS).toBe(90 * DAY);
    expect(await housekeeping(now)).toEqual({ rateCounters: 1, throttles: 1, erased: 1, deleted: 2 });

    const rows = new Map((await prisma.outboxMail.findMany()).map((row) => [row.id, row]));
    expect(rows.get(ids.sentYesterday!)?.sealed).not.toBeNull();
    expect(rows.get(ids.sentLastMonth!)?.sealed).toBeNull();
    expect(rows.has(ids.sentLongAgo!)).toBe(false);
    expect(rows.get(ids.failedRecently!)?.sealed).not.toBeNull();
    expect(rows.has(ids.failedLongAgo!)).toBe(false);
    expect(rows.get(ids.pendingLongAgo!)?.sealed).not.toBeNull();
    expect((await prisma.rateCounter.findMany()).map((row) => row.key)).toEqual(["running"]);
    expect((await prisma.authThrottle.findMany()).map((row) => row.key)).toEqual(["ip:fresh"]);

    // Twice is the same as once (every instance runs it).
    expect(await housekeeping(now)).toEqual({ rateCounters: 0, throttles: 0, erased: 0, deleted: 0 });
  });
});
