/**
 * The database and uploads folder `npm run backup` / `npm run restore` work on: DATABASE_URL's
 * server, or the embedded PostgreSQL of KIOSQUE_DATA_DIR — the running one when the site is up
 * (a backup only), or one started for the occasion under the instance lock.
 */
import { readFile } from "node:fs/promises";
import path from "node:path";
import { ensureDatabase, isProcessAlive, startEmbeddedPostgres, type EmbeddedServer } from "../lib/embedded-postgres";
import { parseEnv } from "../lib/env";
import { InstanceLock } from "../lib/instance-lock";
import { BackupError } from "../lib/backup/backup";

const root = path.resolve(import.meta.dirname, "..");

export type Target = { databaseUrl: string; uploadsDir: string; label: string; release(): Promise<void> };

/** "import": `npm run import:wordpress`, which works beside a running site as a backup does. */
export async function openTarget(purpose: "backup" | "restore" | "import", say: (message: string) => void): Promise<Target> {
  const env = parseEnv();
  const dataDir = path.resolve(root, env.KIOSQUE_DATA_DIR);
  const uploadsDir = path.join(dataDir, "uploads");
  if (env.DATABASE_URL) {
    const url = new URL(env.DATABASE_URL);
    return { databaseUrl: env.DATABASE_URL, uploadsDir, label: `${url.host}${url.pathname}`, release: async () => {} };
  }
  const holder = JSON.parse(await readFile(path.join(dataDir, "kiosque.lock"), "utf8").catch(() => "null")) as { pid: number } | null;
  if (holder && isProcessAlive(holder.pid)) {
    if (purpose === "restore") {
      throw new BackupError(`Kiosque est démarré sur ces données (PID ${holder.pid}) : arrêtez-le (Ctrl-C) avant de restaurer une sauvegarde.`);
    }
    const password = (await readFile(path.join(dataDir, "pg-password"), "utf8")).trim();
    const databaseUrl = `postgresql://postgres:${encodeURIComponent(password)}@127.0.0.1:${env.EMBEDDED_PG_PORT}/kiosque`;
    return { databaseUrl, uploadsDir, label: `base embarquée en service (port ${env.EMBEDDED_PG_PORT})`, release: async () => {} };
  }
  const lock = await InstanceLock.acquire(dataDir);
  let server: EmbeddedServer | undefined;
  try {
    say(`Démarrage de PostgreSQL embarqué (${path.relative(process.cwd(), dataDir) || "."}/pg)…`);
    server = await startEmbeddedPostgres({ dataDir, port: env.EMBEDDED_PG_PORT, log: say });
    await ensureDatabase(server.adminUrl, "kiosque");
  } catch (error) {
    await server?.stop();
    await lock.release();
    throw error;
  }
  return {
    databaseUrl: server.databaseUrl("kiosque"),
    uploadsDir,
    label: "base embarquée",
    release: async () => {
      await server.stop();
      await lock.release();
    },
  };
}
