/**
 * A production Kiosque of a benchmark's own: scripts/start.ts on a free port with a temporary data
 * directory (the embedded PostgreSQL 17 and its demo content), or in a new database of an external
 * server (`server`, dropped by `stop`). Needs `npm run build` first.
 */
import { spawn } from "node:child_process";
import { randomUUID } from "node:crypto";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { freeLocalPort } from "../lib/embedded-postgres";

export type BenchSite = { baseURL: string; databaseUrl: string; dataDir: string; pid: number; stop: () => Promise<void> };

export async function sql(url: string, text: string, params: unknown[] = []): Promise<pg.QueryResultRow[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(text, params)).rows;
  } finally {
    await client.end();
  }
}

function withDatabase(url: string, name: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${name}`;
  return parsed.toString();
}

export type BenchSiteOptions = {
  name: string;
  /** an external server: the site gets a new database on it, dropped by stop() */
  server?: string;
  /** a database to use as it is (another instance's), left in place by stop() */
  databaseUrl?: string;
  env?: Record<string, string>;
  /** a data directory of the caller's, kept by stop() (to start the same site again) */
  dataDir?: string;
};

export async function startBenchSite(options: BenchSiteOptions): Promise<BenchSite> {
  const root = path.resolve(import.meta.dirname, "..");
  const dataDir = options.dataDir ?? (await mkdtemp(path.join(os.tmpdir(), `kiosque-${options.name}-`)));
  const port = await freeLocalPort();
  const pgPort = await freeLocalPort();
  const baseURL = `http://localhost:${port}`;
  const benchDatabase = `kiosque_${options.name.replace(/\W/g, "_")}_${Date.now()}`;
  if (options.server) await sql(options.server, `CREATE DATABASE "${benchDatabase}"`);
  const externalUrl = options.databaseUrl ?? (options.server ? withDatabase(options.server, benchDatabase) : "");

  const server = spawn(process.execPath, ["--conditions=react-server", "--import", "tsx", "scripts/start.ts"], {
    cwd: root,
    env: {
      ...process.env,
      PORT: String(port),
      KIOSQUE_DATA_DIR: dataDir,
      EMBEDDED_PG_PORT: String(pgPort),
      DATABASE_URL: externalUrl,
      SITE_URL: baseURL,
      ADMIN_PASSWORD: randomUUID(),
      NEXT_TELEMETRY_DISABLED: "1",
      ...options.env,
    },
    stdio: ["ignore", "pipe", "inherit"],
  });
  const stop = async () => {
    if (server.exitCode === null) {
      const exited = new Promise((resolve) => server.once("exit", resolve));
      server.kill("SIGTERM");
      await exited;
    }
    if (!options.dataDir) await rm(dataDir, { recursive: true, force: true });
    if (options.server) await sql(options.server, `DROP DATABASE IF EXISTS "${benchDatabase}" WITH (FORCE)`);
  };
  try {
    await new Promise<void>((resolve, reject) => {
      server.stdout!.on("data", (chunk: Buffer) => {
        if (chunk.toString().includes("Kiosque est prêt")) resolve();
      });
      server.once("exit", (code) => reject(new Error(`le site s'est arrêté (code ${code})`)));
    });
  } catch (error) {
    await stop();
    throw error;
  }
  const databaseUrl = externalUrl || `postgresql://postgres:${encodeURIComponent((await readFile(path.join(dataDir, "pg-password"), "utf8")).trim())}@127.0.0.1:${pgPort}/kiosque`;
  return { baseURL, databaseUrl, dataDir, pid: server.pid!, stop };
}
