/**
 * One real import at a time, across every instance and the command line: a PostgreSQL advisory
 * lock held by a connection of its own for the whole run. A process that dies (kill -9, a crash)
 * loses its connection and with it the lock, at once: the import can be run again straight away
 * to finish the job, with no timeout to wait out.
 */
import "server-only";
import pg from "pg";
import { env } from "../../env";

const LOCK = "kiosque:wordpress-import";

export type ImportLock = { release(): Promise<void> };

/** The lock, or null when another import holds it. */
export async function tryImportLock(): Promise<ImportLock | null> {
  const client = new pg.Client({ connectionString: env().DATABASE_URL });
  // A lost connection ends the lock: nothing to do but not crash the process.
  client.on("error", () => {});
  await client.connect();
  const { rows } = await client.query<{ locked: boolean }>("SELECT pg_try_advisory_lock(hashtext($1)) AS locked", [LOCK]);
  if (!rows[0]?.locked) {
    await client.end();
    return null;
  }
  return {
    async release() {
      await client.query("SELECT pg_advisory_unlock(hashtext($1))", [LOCK]).catch(() => {});
      await client.end().catch(() => {});
    },
  };
}
