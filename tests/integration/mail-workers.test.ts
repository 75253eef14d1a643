/**
 * Several server instances share one outbox: each runs the worker in its own process
 * (tests/support/outbox-worker.ts here, scripts/start.ts in production). No mail may leave twice,
 * and none may be lost when a worker is killed with SIGKILL in the middle of a batch.
 */
import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { queueMail } from "@/lib/mail/outbox";
import { ensureSettings, resetDatabase } from "../factories";
import { eventually, startSmtpServer, type TestSmtpServer } from "../support/smtp";

const root = path.resolve(import.meta.dirname, "../..");

type Worker = { child: ChildProcess; events: Record<string, unknown>[]; exited: Promise<number | null> };
const workers: Worker[] = [];
let smtp: TestSmtpServer | undefined;

function startWorker(env: Record<string, string>): Worker {
  const child = spawn(process.execPath, ["--conditions=react-server", "--import", "tsx", "tests/support/outbox-worker.ts"], {
    cwd: root,
    env: { ...process.env, ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  const events: Record<string, unknown>[] = [];
  let buffered = "";
  child.stdout!.on("data", (chunk: Buffer) => {
    buffered += chunk.toString("utf8");
    const lines = buffered.split("\n");
    buffered = lines.pop() ?? "";
    for (const line of lines) if (line.startsWith("{")) events.push(JSON.parse(line) as Record<string, unknown>);
  });
  let errors = "";
  child.stderr!.on("data", (chunk: Buffer) => (errors += chunk.toString("utf8")));
  const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
  void exited.then((code) => {
    if (code !== 0 && code !== null && errors) console.error(`outbox-worker ${child.pid} (code ${code}):\n${errors}`);
  });
  const worker = { child, events, exited };
  workers.push(worker);
  return worker;
}

const sentBy = (worker: Worker) => worker.events.filter((event) => event.event === "outbox_batch").reduce((sum, event) => sum + Number(event.sent), 0);

async function queueMany(count: number): Promise<string[]> {
  return prisma.$transaction(
    async (tx) => {
      for (let i = 0; i < count; i++) {
        await queueMail(tx, { kind: "RECOMMENDATION", to: `lecteur${i}@example.fr`, subject: `Recommandation n° ${i}`, text: `Texte ${i}`, html: `<p>Texte ${i}</p>` });
      }
      return (await tx.outboxMail.findMany({ select: { messageId: true }, orderBy: { id: "asc" } })).map((row) => row.messageId);
    },
    { timeout: 60_000 },
  );
}

function countById(server: TestSmtpServer): Map<string, number> {
  const counts = new Map<string, number>();
  for (const message of server.messages) counts.set(message.messageId ?? "", (counts.get(message.messageId ?? "") ?? 0) + 1);
  return counts;
}

beforeEach(async () => {
  await resetDatabase();
  await ensureSettings();
});

afterEach(async () => {
  for (const { child, exited } of workers.splice(0)) {
    if (child.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
    await exited;
  }
  await smtp?.close();
  smtp = undefined;
});

describe("two worker processes on one outbox", () => {
  it("send a few hundred queued mails, each Message-ID exactly once, and stop cleanly on SIGTERM", async () => {
    smtp = await startSmtpServer();
    const ids = await queueMany(300);
    const env = { SMTP_URL: smtp.url, OUTBOX_BATCH: "10", OUTBOX_POLL_MS: "100" };
    const [a, b] = [startWorker(env), startWorker(env)];

    await eventually(async () => (await prisma.outboxMail.count({ where: { status: "SENT" } })) === 300, "all 300 mails sent", 120_000);
    const counts = countById(smtp);
    expect(counts.size).toBe(300);
    expect([...counts.values()].every((count) => count === 1)).toBe(true);
    expect([...counts.keys()].sort()).toEqual([...ids].sort());
    expect(smtp.messages).toHaveLength(300);
    // Both did part of the work: they really ran side by side.
    expect(sentBy(a!)).toBeGreaterThan(0);
    expect(sentBy(b!)).toBeGreaterThan(0);
    expect(sentBy(a!) + sentBy(b!)).toBe(300);

    a!.child.kill("SIGTERM");
    b!.child.kill("SIGTERM");
    expect(await Promise.all([a!.exited, b!.exited])).toEqual([0, 0]);
  }, 180_000);

  it("a worker killed with SIGKILL mid-batch leaves its claimed mails to the other, sent once each after its lease", async () => {
    smtp = await startSmtpServer();
    const ids = await queueMany(30);
    // The first worker gets three mails through, then hangs on the fourth's RCPT: killed there.
    smtp.holdAfter(3);
    const doomed = startWorker({ SMTP_URL: smtp.url, OUTBOX_BATCH: "10", OUTBOX_LEASE_MS: "3000" });
    await smtp.waitForMessages(3, 30_000);
    const claimed = await eventually(async () => {
      const rows = await prisma.outboxMail.findMany({ where: { status: "PENDING", claimedBy: { not: null } }, select: { id: true, claimedUntil: true } });
      return rows.length === 7 ? rows : null;
    }, "seven mails still claimed by the stuck worker");
    doomed.child.kill("SIGKILL");
    await doomed.exited;
    smtp.release();

    const survivor = startWorker({ SMTP_URL: smtp.url, OUTBOX_BATCH: "10" });
    await eventually(async () => (await prisma.outboxMail.count({ where: { status: "SENT" } })) === 30, "all 30 mails sent", 60_000);

    const counts = countById(smtp);
    expect([...counts.keys()].sort()).toEqual([...ids].sort());
    expect([...counts.values()].every((count) => count === 1)).toBe(true);
    const retaken = await prisma.outboxMail.findMany({ where: { id: { in: claimed.map((row) => row.id) } } });
    for (const row of retaken) {
      // Claimed by the dead worker (one attempt), then by the survivor once its lease had run out.
      expect(row.attempts).toBe(2);
      const leaseEnd = claimed.find((entry) => entry.id === row.id)!.claimedUntil!;
      expect(row.sentAt!.getTime()).toBeGreaterThanOrEqual(leaseEnd.getTime());
    }
    expect(sentBy(survivor)).toBe(27);
  }, 120_000);
});
