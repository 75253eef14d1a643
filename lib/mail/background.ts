import "server-only";
import pg from "pg";
import { reportDatabaseAnswered, reportDatabaseError } from "../database/health";
import { isDatabaseUnavailable } from "../database/unavailable";
import { log, logError } from "../log";
import { housekeeping } from "./housekeeping";
import { mailFrom, type MailSender } from "./transport";
import { DEFAULT_POLICY, deliverBatch, WORKER_ID, type DeliveryPolicy } from "./worker";

export type BackgroundOptions = {
  /** the database to LISTEN on for queued mails (the same as the Prisma client's) */
  databaseUrl: string;
  /** nodemailer over SMTP_URL; absent: no sending, housekeeping only */
  sender?: MailSender;
  /** the poll between two looks at the outbox when nothing wakes the loop */
  pollMs?: number;
  housekeepingMs?: number;
  policy?: Partial<DeliveryPolicy>;
  workerId?: string;
  from?: () => Promise<{ name: string; address: string }>;
};

export type BackgroundLoop = {
  /** look at the outbox now rather than at the next poll */
  nudge(): void;
  /** finishes the mail being sent, gives back the rest of the batch, closes the connections */
  stop(): Promise<void>;
};

const LISTEN_CHANNEL = "kiosque_outbox";

/**
 * The server's background loop (started by scripts/start.ts, one per instance): sends the outbox
 * when a transport is given, and does the housekeeping every minute either way. A mail queued
 * anywhere wakes it at once: the outbox's trigger sends a NOTIFY, which PostgreSQL delivers at
 * commit; the poll only covers a notification lost while the listening connection was down.
 */
export function startBackgroundLoop(options: BackgroundOptions): BackgroundLoop {
  const pollMs = options.pollMs ?? 5_000;
  const housekeepingMs = options.housekeepingMs ?? 60_000;
  const policy = { ...DEFAULT_POLICY, ...options.policy };
  const workerId = options.workerId ?? WORKER_ID;
  const { sender } = options;
  let stopped = false;
  let woken = false;
  let wake: (() => void) | null = null;
  let listener: pg.Client | null = null;
  let relisten: NodeJS.Timeout | null = null;
  let listening: Promise<void> = Promise.resolve();

  const nudge = () => {
    woken = true;
    wake?.();
  };

  const rest = (ms: number) =>
    new Promise<void>((resolve) => {
      if (woken || stopped) return resolve();
      const done = () => {
        clearTimeout(timer);
        wake = null;
        resolve();
      };
      const timer = setTimeout(done, ms);
      wake = done;
    });

  const listen = async () => {
    relisten = null;
    if (stopped || !sender) return;
    const client = new pg.Client({ connectionString: options.databaseUrl, application_name: "kiosque-outbox" });
    client.on("notification", nudge);
    client.on("error", (error) => {
      // A stopped database is said once for the whole outage (lib/database/health.ts).
      if (isDatabaseUnavailable(error)) reportDatabaseError(error);
      else logError("outbox_listen_lost", error);
      void client.end().catch(() => undefined);
      if (listener === client) listener = null;
      if (!stopped) relisten = setTimeout(() => (listening = listen()), pollMs);
    });
    try {
      await client.connect();
      await client.query(`LISTEN ${LISTEN_CHANNEL}`);
      if (stopped) return void (await client.end());
      listener = client;
      reportDatabaseAnswered();
      nudge(); // anything queued while we were not listening
    } catch (error) {
      if (isDatabaseUnavailable(error)) reportDatabaseError(error);
      else logError("outbox_listen_failed", error);
      await client.end().catch(() => undefined);
      if (!stopped) relisten = setTimeout(() => (listening = listen()), pollMs);
    }
  };

  const run = async () => {
    let nextHousekeeping = 0;
    while (!stopped) {
      woken = false;
      try {
        if (sender) {
          const outcome = await deliverBatch({ sender, from: options.from ?? mailFrom, workerId, policy, stopping: () => stopped });
          if (outcome.claimed > 0) log("info", "outbox_batch", { workerId, ...outcome });
          // A full batch: more may be due already.
          if (outcome.claimed === policy.batchSize) continue;
        }
        if (Date.now() >= nextHousekeeping) {
          nextHousekeeping = Date.now() + housekeepingMs;
          const done = await housekeeping();
          if (Object.values(done).some((count) => count > 0)) log("info", "housekeeping", done);
        }
      } catch (error) {
        // The database or the transport is away: the next round tries again, nothing is lost. An
        // unreachable database is logged once when it goes and once when it returns, not every round.
        if (isDatabaseUnavailable(error)) reportDatabaseError(error);
        else logError("background_loop_failed", error, { workerId });
      }
      await rest(pollMs);
    }
  };

  listening = listen();
  const running = run();
  return {
    nudge,
    async stop() {
      stopped = true;
      wake?.();
      if (relisten) clearTimeout(relisten);
      await running;
      await listening;
      await listener?.end().catch(() => undefined);
      sender?.close?.();
    },
  };
}
