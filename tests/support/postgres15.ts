/**
 * A PostgreSQL server of a test's own, from the system's binaries (/usr/lib/postgresql/15/bin, as
 * CI installs them), in a temporary directory, on a free loopback port: a test may stop it, start
 * it again on the same data, or kill it, without touching any other server. As root it runs as the
 * `postgres` user, who owns its directory (PostgreSQL refuses to run as root).
 */
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { chmod, chown, mkdir, mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { freeLocalPort } from "../../lib/embedded-postgres";

export const PG15_BIN = process.env.PG15_BIN ?? "/usr/lib/postgresql/15/bin";

export type Postgres15 = {
  /** the `postgres` maintenance database, trust authentication on loopback */
  url: string;
  port: number;
  start(): void;
  /** pg_ctl stop -m fast: open connections are cut, transactions rolled back */
  stop(): void;
  /** removes the server and its data */
  destroy(): Promise<void>;
};

export const postgres15Available = existsSync(path.join(PG15_BIN, "pg_ctl"));

function asOwner(command: string, args: string[]): void {
  if (process.getuid?.() === 0) {
    const quoted = [command, ...args].map((part) => `'${part.replace(/'/g, `'\\''`)}'`).join(" ");
    execFileSync("su", ["postgres", "-s", "/bin/sh", "-c", quoted], { stdio: "pipe" });
  } else {
    execFileSync(command, args, { stdio: "pipe" });
  }
}

async function postgresUser(): Promise<{ uid: number; gid: number } | null> {
  if (process.getuid?.() !== 0) return null;
  const uid = Number(execFileSync("id", ["-u", "postgres"]).toString().trim());
  const gid = Number(execFileSync("id", ["-g", "postgres"]).toString().trim());
  return { uid, gid };
}

export async function startPostgres15(): Promise<Postgres15> {
  const dir = await mkdtemp(path.join(os.tmpdir(), "kiosque-pg15-"));
  await chmod(dir, 0o755);
  const data = path.join(dir, "data");
  const logFile = path.join(dir, "server.log");
  await mkdir(data);
  const owner = await postgresUser();
  if (owner) {
    await chown(data, owner.uid, owner.gid);
    await chown(dir, owner.uid, owner.gid);
  }
  let port = await freeLocalPort();
  // 55415 belongs to CI's own PostgreSQL 15.
  while (port === 55415) port = await freeLocalPort();
  asOwner(path.join(PG15_BIN, "initdb"), ["-D", data, "--auth=trust", "--username=postgres", "--encoding=UTF8", "--locale=C.UTF-8"]);
  const start = () =>
    asOwner(path.join(PG15_BIN, "pg_ctl"), [
      "-D",
      data,
      "-l",
      logFile,
      "-w",
      "-o",
      `-p ${port} -c listen_addresses=127.0.0.1 -c unix_socket_directories=''`,
      "start",
    ]);
  const stop = () => asOwner(path.join(PG15_BIN, "pg_ctl"), ["-D", data, "-m", "fast", "-w", "stop"]);
  start();
  let running = true;
  return {
    url: `postgresql://postgres@127.0.0.1:${port}/postgres`,
    port,
    start: () => {
      start();
      running = true;
    },
    stop: () => {
      stop();
      running = false;
    },
    destroy: async () => {
      if (running) {
        try {
          stop();
        } catch {
          // already stopped
        }
      }
      await rm(dir, { recursive: true, force: true });
    },
  };
}
