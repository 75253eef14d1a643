import "server-only";
import { PrismaPg } from "@prisma/adapter-pg";
import { reportDatabaseAnswered, reportDatabaseError } from "./database/health";
import { classifyDatabaseError } from "./database/unavailable";
import { env } from "./env";
import { PrismaClient } from "./generated/prisma/client";

// A server that does not answer at all (a cut network, not a refused connection) must fail a
// request in seconds rather than hold it until the reader gives up.
const CONNECT_TIMEOUT_MS = 5_000;

function createClient(): PrismaClient {
  const { DATABASE_URL: url, DATABASE_POOL_SIZE: max } = env();
  if (!url) {
    throw new Error(
      "DATABASE_URL n'est pas défini : démarrez Kiosque avec `npm start`, qui fournit la base embarquée, ou définissez DATABASE_URL.",
    );
  }
  const client = new PrismaClient({
    adapter: new PrismaPg(
      { connectionString: url, max, connectionTimeoutMillis: CONNECT_TIMEOUT_MS },
      // An idle pooled connection cut by a stopping server: the pool drops it and opens a new one
      // at the next query; this only notes that the server went away.
      { onPoolError: reportDatabaseError, onConnectionError: reportDatabaseError },
    ),
    // Password hashes never leave lib/ by accident: a caller must ask for them explicitly.
    omit: { user: { passwordHash: true } },
  });
  // Every query (models and raw SQL, inside transactions too): an unreachable database becomes a
  // DatabaseUnavailableError, which pages, route handlers and actions answer with a 503.
  const extended = client.$extends({
    query: {
      async $allOperations({ args, query }) {
        try {
          const result = await query(args);
          reportDatabaseAnswered();
          return result;
        } catch (error) {
          reportDatabaseError(error);
          throw classifyDatabaseError(error);
        }
      },
    },
  });
  // The extension changes no type or method, only what a failure throws.
  return extended as unknown as PrismaClient;
}

type Client = ReturnType<typeof createClient>;
const globalForPrisma = globalThis as unknown as { kiosquePrisma?: Client };

/** BEGIN and COMMIT are not queries the extension sees: a transaction that cannot start or end is classified here. */
function guardTransaction(transaction: Client["$transaction"], client: Client): Client["$transaction"] {
  return ((...args: Parameters<Client["$transaction"]>) =>
    (transaction.apply(client, args) as Promise<unknown>).then(
      (result) => result,
      (error: unknown) => {
        reportDatabaseError(error);
        throw classifyDatabaseError(error);
      },
    )) as Client["$transaction"];
}

/**
 * The one Prisma client. Created on first use, so that importing lib/ (during `next build`, say)
 * needs no database.
 */
export const prisma: Client = new Proxy({} as Client, {
  get(_target, property) {
    globalForPrisma.kiosquePrisma ??= createClient();
    const client = globalForPrisma.kiosquePrisma;
    const value = Reflect.get(client, property);
    if (property === "$transaction") return guardTransaction(value as Client["$transaction"], client);
    return typeof value === "function" ? value.bind(client) : value;
  },
});

export async function disconnectDb(): Promise<void> {
  await globalForPrisma.kiosquePrisma?.$disconnect();
  globalForPrisma.kiosquePrisma = undefined;
}
