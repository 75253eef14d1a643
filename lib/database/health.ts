import { log } from "../log";
import { isDatabaseUnavailable } from "./unavailable";

/**
 * One log line when the database goes away and one when it answers again, per process, however
 * many requests or rounds of the background loop meet it meanwhile.
 */
let awaySince: number | null = null;

export function reportDatabaseError(error: unknown): void {
  if (awaySince !== null || !isDatabaseUnavailable(error)) return;
  awaySince = Date.now();
  const reason = error instanceof Error ? error.message.split("\n").filter(Boolean).pop() : String(error);
  log("warn", "database_unavailable", {
    message: "La base de données est injoignable : les pages en cache restent servies, les autres répondent 503 jusqu’à son retour.",
    reason,
  });
}

export function reportDatabaseAnswered(): void {
  if (awaySince === null) return;
  const seconds = Math.round((Date.now() - awaySince) / 1000);
  awaySince = null;
  log("info", "database_back", { message: `La base de données répond de nouveau (injoignable pendant ${seconds} s).`, seconds });
}

export function databaseIsAway(): boolean {
  return awaySince !== null;
}
