/**
 * The driver adapter that the Prisma CLI (migrate deploy / diff) uses through prisma.config.ts.
 *
 * Two upstream defects of @prisma/adapter-pg 6.19 are worked around here (see STACK.md, trap 2):
 * - it cannot deserialize the catalog types `name` (OID 19) and `"char"` (OID 18), which the schema
 *   engine reads while introspecting; our client reports them as `text`;
 * - its built-in shadow database is dropped while its pool is still connected;
 * - it splits migration scripts at every semicolon (see connect()).
 */
import pg from "pg";
import { PrismaPg } from "@prisma/adapter-pg";
import type { SqlDriverAdapter, SqlMigrationAwareDriverAdapterFactory } from "@prisma/driver-adapter-utils";

const TEXT_OID = 25;
const TEXT_ARRAY_OID = 1009;
const AS_TEXT: Record<number, number> = { 18: TEXT_OID, 19: TEXT_OID, 1002: TEXT_ARRAY_OID, 1003: TEXT_ARRAY_OID };

type QueryResultLike = { fields?: Array<{ dataTypeID: number }> };

function reportCatalogTypesAsText<T>(result: T): T {
  const fields = (result as QueryResultLike | undefined)?.fields;
  if (fields) for (const field of fields) field.dataTypeID = AS_TEXT[field.dataTypeID] ?? field.dataTypeID;
  return result;
}

class CatalogAsTextClient extends pg.Client {
  // pg's overloads cannot be restated precisely; both the callback form (used by pg.Pool.query)
  // and the promise form are patched.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  override query(...args: any[]): any {
    const last = args.length - 1;
    if (typeof args[last] === "function") {
      const callback = args[last] as (error: unknown, result: unknown) => void;
      args[last] = (error: unknown, result: unknown) => callback(error, error ? result : reportCatalogTypesAsText(result));
    }
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    const out = (super.query as any)(...args);
    return out && typeof out.then === "function" ? out.then(reportCatalogTypesAsText) : out;
  }
}

function poolFor(config: pg.PoolConfig): pg.Pool {
  return new pg.Pool({ ...config, Client: CatalogAsTextClient, allowExitOnIdle: true, idleTimeoutMillis: 200, max: 4 });
}

/**
 * adapter-pg runs a migration by splitting its text at every ";", even inside a function body, a
 * string or a comment. PostgreSQL takes the whole script as one simple query instead, in an
 * implicit transaction: a migration applies entirely or not at all. (A future migration that needs
 * CREATE INDEX CONCURRENTLY, which refuses transactions, must live in its own file.)
 */
async function connectWholeScripts(pool: pg.Pool, disposeExternalPool: boolean): Promise<SqlDriverAdapter> {
  const adapter = await new PrismaPg(pool, { disposeExternalPool }).connect();
  const onError = (adapter as unknown as { onError(error: unknown): never }).onError.bind(adapter);
  adapter.executeScript = async (script: string) => {
    try {
      await pool.query(script);
    } catch (error) {
      onError(error);
    }
  };
  return adapter;
}

export class CliAdapterFactory implements SqlMigrationAwareDriverAdapterFactory {
  readonly provider = "postgres";
  readonly adapterName = "@prisma/adapter-pg";

  constructor(private readonly connectionString: string) {}

  connect(): Promise<SqlDriverAdapter> {
    return connectWholeScripts(poolFor({ connectionString: this.connectionString }), true);
  }

  async connectToShadowDb(): Promise<SqlDriverAdapter> {
    const url = new URL(this.connectionString);
    const name = `kiosque_shadow_${process.pid}_${Date.now()}`;
    const admin = new pg.Client({ connectionString: this.connectionString });
    await admin.connect();
    await admin.query(`CREATE DATABASE "${name}"`);
    await admin.end();
    // Separate fields: a connectionString would override `database`.
    const pool = poolFor({
      host: url.hostname,
      port: Number(url.port || 5432),
      user: decodeURIComponent(url.username),
      password: decodeURIComponent(url.password),
      database: name,
    });
    const adapter = await connectWholeScripts(pool, false);
    const dispose = adapter.dispose.bind(adapter);
    adapter.dispose = async () => {
      await dispose();
      await pool.end().catch(() => undefined);
      const dropper = new pg.Client({ connectionString: this.connectionString });
      await dropper.connect();
      await dropper.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await dropper.end();
    };
    return adapter;
  }
}
