import { isDatabaseUnavailable } from "./database/unavailable";
import { logError } from "./log";

type ErrorRequest = { path: string; method: string; headers: NodeJS.Dict<string | string[]> };
type ErrorContext = { routePath: string; routeType: string; renderSource?: string; revalidateReason?: string };

// Next.js prints each error it catches (`console.error("⨯", error)`) just before it calls
// onRequestError. That print is held back for a moment: onRequestError logs the error with its
// request, and an error Next never reports there is still logged once, on its own.
const HOLD_MS = 2_000;
const held = new WeakMap<object, NodeJS.Timeout>();

function header(headers: ErrorRequest["headers"], name: string): string | undefined {
  const value = headers[name];
  return Array.isArray(value) ? value[0] : value;
}

export function logRequestError(error: unknown, request: ErrorRequest, context: ErrorContext): void {
  if (typeof error === "object" && error !== null) {
    clearTimeout(held.get(error));
    held.delete(error);
  }
  // Answered 503 and logged once for the whole outage (lib/database/health.ts), not once per request.
  if (isDatabaseUnavailable(error)) return;
  logError("request_error", error, {
    requestId: header(request.headers, "x-request-id"),
    method: request.method,
    path: request.path,
    route: context.routePath,
    routeType: context.routeType,
    ...(context.renderSource ? { renderSource: context.renderSource } : {}),
    ...(context.revalidateReason ? { revalidateReason: context.revalidateReason } : {}),
  });
}

export function installConsoleErrorFilter(): void {
  const original = console.error.bind(console);
  console.error = (...args: unknown[]) => {
    const [marker, error] = args;
    if (args.length === 2 && marker === "⨯" && typeof error === "object" && error !== null) {
      if (isDatabaseUnavailable(error)) return;
      held.set(
        error,
        setTimeout(() => {
          held.delete(error);
          logError("server_error", error);
        }, HOLD_MS).unref(),
      );
      return;
    }
    original(...args);
  };
}
