/**
 * One outbox worker in a process of its own, as a server instance runs it (lib/mail/background.ts),
 * for the tests that need several, or one to kill. Run with
 *   node --conditions=react-server --import tsx tests/support/outbox-worker.ts
 * and DATABASE_URL, KIOSQUE_DATA_DIR (or KIOSQUE_ENCRYPTION_KEY) and SMTP_URL in the environment;
 * OUTBOX_LEASE_MS, OUTBOX_BATCH and OUTBOX_POLL_MS shorten the waits. It prints one JSON line per
 * event ({"event":"outbox_batch",…} from the loop), "ready" once listening, and stops on SIGTERM.
 */
import { startBackgroundLoop } from "../../lib/mail/background";
import { createMailTransport } from "../../lib/mail/transport";

const number = (name: string, fallback: number) => (process.env[name] ? Number(process.env[name]) : fallback);
const { DATABASE_URL, SMTP_URL } = process.env;
if (!DATABASE_URL || !SMTP_URL) throw new Error("outbox-worker : DATABASE_URL et SMTP_URL sont nécessaires");

const loop = startBackgroundLoop({
  databaseUrl: DATABASE_URL,
  sender: createMailTransport(SMTP_URL),
  pollMs: number("OUTBOX_POLL_MS", 200),
  housekeepingMs: 3_600_000,
  policy: { leaseMs: number("OUTBOX_LEASE_MS", 120_000), batchSize: number("OUTBOX_BATCH", 20), backoffBaseMs: 200, backoffMaxMs: 1_000 },
});
process.stdout.write(`${JSON.stringify({ event: "ready", pid: process.pid })}\n`);

process.once("SIGTERM", () => {
  void loop.stop().then(async () => {
    await (await import("../../lib/db")).disconnectDb();
    process.exit(0);
  });
});
