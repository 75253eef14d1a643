import { log } from "../log";
import { isDatabaseUnavailable } from "./unavailable";

/**
 * One log line when the database goes away and one when it answers again, per process, however
 * many requests or rounds of the background loop meet it meanwhile.
 */
let awaySince: number | null = null;
let backAt = Number.NEGATIVE_INFINITY;

/**
 * Failures that end just after the database answered again began before it did: a connection
 * tried while PostgreSQL was starting ("the database system is starting up") or a pooled one it
 * cut. They are not a new outage; one that lasts fails again after this moment and is reported.
 */
export const STRAGGLERS_MS = 1_000;

export function reportDatabaseError(error: unknown): void {
  if (awaySince !== null || !isDatabaseUnavailable(error)) return;
  const now = Date.now();
  if (now - backAt < STRAGGLERS_MS) return;
  awaySince = now;
  const reason = error instanceof Error ? error.message.split("\n").filter(Boolean).pop() : String(error);
  log("warn", "database_unavailable", {
    message: "La base de données est injoignable : les pages en cache restent servies, les autres répondent 503 jusqu’à son retour.",
    reason,
  });
}

export function reportDatabaseAnswered(): void {
  if (awaySince === null) return;
  const now = Date.now();
  const seconds = Math.round((now - awaySince) / 1000);
  awaySince = null;
  backAt = now;
  log("info", "database_back", { message: `La base de données répond de nouveau (injoignable pendant ${seconds} s).`, seconds });
}

export function databaseIsAway(): boolean {
  return awaySince !== null;
}
