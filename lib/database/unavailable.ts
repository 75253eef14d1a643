import { DATABASE_UNAVAILABLE_DIGEST } from "./unavailable-digest";

/**
 * Whether an error means "the database cannot be reached right now" (stopped, restarting, network
 * cut, out of connections) rather than "this query is wrong". Such an error is the same for every
 * request until the server returns: it is answered 503 with Retry-After, never as a bug.
 */

// Prisma: can't reach (P1001), timed out connecting (P1002) or running (P1008), connection closed
// (P1017), no connection from the pool in time (P2024).
const PRISMA_CODES = new Set(["P1001", "P1002", "P1008", "P1017", "P2024"]);
// @prisma/adapter-pg's classification of the driver's error (meta.driverAdapterError.cause.kind).
const ADAPTER_KINDS = new Set(["DatabaseNotReachable", "ConnectionClosed", "SocketTimeout", "TooManyConnections"]);
// PostgreSQL: connection exceptions (08…), shutting down or starting (57P01–57P03), too many clients (53300).
const SQLSTATE = /^(08...|57P0[123]|53300)$/;
const SOCKET_CODES = new Set(["ECONNREFUSED", "ECONNRESET", "ETIMEDOUT", "EPIPE", "ENOTFOUND", "EHOSTUNREACH", "ENETUNREACH", "EAI_AGAIN"]);
// node-postgres says these in words only, without a code.
const PG_MESSAGES = [
  "Connection terminated",
  "connection error and is not queryable",
  "timeout exceeded when trying to connect",
  "Client was closed and is not queryable",
  "Cannot use a pool after calling end on the pool",
];

type Inspectable = {
  code?: unknown;
  message?: unknown;
  digest?: unknown;
  kind?: unknown;
  originalCode?: unknown;
  cause?: unknown;
  meta?: { driverAdapterError?: { cause?: unknown } };
};

export function isDatabaseUnavailable(error: unknown): boolean {
  const seen = new Set<unknown>();
  let current: unknown = error;
  for (let depth = 0; depth < 6 && current && typeof current === "object" && !seen.has(current); depth++) {
    seen.add(current);
    const e = current as Inspectable;
    if (e.digest === DATABASE_UNAVAILABLE_DIGEST) return true;
    if (typeof e.code === "string" && (PRISMA_CODES.has(e.code) || SOCKET_CODES.has(e.code) || SQLSTATE.test(e.code))) return true;
    if (typeof e.kind === "string" && ADAPTER_KINDS.has(e.kind)) return true;
    if (typeof e.originalCode === "string" && SQLSTATE.test(e.originalCode)) return true;
    const adapterCause = e.meta?.driverAdapterError?.cause as Inspectable | undefined;
    if (adapterCause) {
      if (typeof adapterCause.kind === "string" && ADAPTER_KINDS.has(adapterCause.kind)) return true;
      const code = adapterCause.originalCode ?? adapterCause.code;
      if (typeof code === "string" && SQLSTATE.test(code)) return true;
    }
    if (typeof e.message === "string" && PG_MESSAGES.some((words) => (e.message as string).includes(words))) return true;
    current = e.cause;
  }
  return false;
}

/**
 * What a page, a route handler or a server action throws when the database is away: its digest
 * tells the error pages which French page to show, and creating it tells
 * scripts/next-server-preload.cjs to answer this request 503 with Retry-After.
 */
export class DatabaseUnavailableError extends Error {
  readonly digest = DATABASE_UNAVAILABLE_DIGEST;

  constructor(cause?: unknown) {
    super("La base de données est injoignable pour le moment.", { cause });
    this.name = "DatabaseUnavailableError";
    markRequestDatabaseUnavailable();
  }
}

type RequestState = { databaseUnavailable?: boolean };
type Storage = { getStore(): RequestState | undefined };

/** Tells the preload that the request being answered met an unreachable database (no-op elsewhere). */
export function markRequestDatabaseUnavailable(): void {
  const storage = (globalThis as { __kiosqueResponseStatus?: Storage }).__kiosqueResponseStatus;
  const state = storage?.getStore();
  if (state) state.databaseUnavailable = true;
}

/** The request being answered has met an unreachable database. */
export function requestMetUnavailableDatabase(): boolean {
  const storage = (globalThis as { __kiosqueResponseStatus?: Storage }).__kiosqueResponseStatus;
  return storage?.getStore()?.databaseUnavailable === true;
}

/** The same error, or a DatabaseUnavailableError around it when it means the database is away. */
export function classifyDatabaseError(error: unknown): unknown {
  if (error instanceof DatabaseUnavailableError || !isDatabaseUnavailable(error)) return error;
  return new DatabaseUnavailableError(error);
}
