/**
 * Structured logs: one JSON object per line, on stdout (info, warn) or stderr (error), so that a
 * log collector can index them and a stack trace never spreads over lines nor reaches a page.
 */
type Level = "info" | "warn" | "error";
type Fields = Record<string, unknown>;

function serializeError(error: unknown): Fields {
  if (error instanceof Error) {
    const { digest } = error as Error & { digest?: string };
    return { error: error.name, message: error.message, ...(digest ? { digest } : {}), stack: error.stack };
  }
  return { error: "NonError", message: String(error) };
}

export function log(level: Level, event: string, fields: Fields = {}): void {
  const line = JSON.stringify({ time: new Date().toISOString(), level, event, ...fields });
  (level === "error" ? process.stderr : process.stdout).write(`${line}\n`);
}

export function logError(event: string, error: unknown, fields: Fields = {}): void {
  log("error", event, { ...fields, ...serializeError(error) });
}
