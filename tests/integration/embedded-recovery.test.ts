/**
 * `npm start` after a kill -9: the orphaned PostgreSQL is found and stopped cleanly, the lock is
 * taken over, and the data written before the kill are still there. A second start while the
 * first runs is refused.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { freeLocalPort, isProcessAlive, startEmbeddedPostgres } from "@/lib/embedded-postgres";
import { AlreadyRunningError, InstanceLock } from "@/lib/instance-lock";

const root = path.resolve(import.meta.dirname, "../..");
let dataDir: string;
const children: ChildProcess[] = [];


function holdServer(port: number): Promise<{ child: ChildProcess; adminUrl: string }> {
  const child = spawn(process.execPath, ["--import", "tsx", "tests/fixtures/hold-embedded-postgres.ts", dataDir, String(port)], {
    cwd: root,
    stdio: ["ignore", "pipe", "inherit"],
  });
  children.push(child);
  return new Promise((resolve, reject) => {
    let out = "";
    child.stdout!.on("data", (chunk) => {
      out += chunk;
      const match = /READY (\S+)/.exec(out);
      if (match) resolve({ child, adminUrl: match[1]! });
    });
    child.on("exit", (code) => reject(new Error(`holder exited with ${code}: ${out}`)));
  });
}

async function query<T extends pg.QueryResultRow>(url: string, sql: string): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(sql)).rows;
  } finally {
    await client.end();
  }
}

afterAll(async () => {
  for (const child of children) if (child.exitCode === null) child.kill("SIGKILL");
  if (dataDir) {
    const pid = Number((await readFile(path.join(dataDir, "pg", "postmaster.pid"), "utf8").catch(() => "")).split("\n")[0]);
    if (isProcessAlive(pid)) process.kill(pid, "SIGINT");
    await new Promise((r) => setTimeout(r, 500));
    await rm(dataDir, { recursive: true, force: true });
  }
});

describe.skipIf(Boolean(process.env.TEST_DATABASE_URL))("embedded PostgreSQL after a crash", () => {
  it("refuses a second instance, then recovers from kill -9 without losing data", async () => {
    dataDir = await mkdtemp(path.join(os.tmpdir(), "kiosque-recovery-"));
    const port = await freeLocalPort();
    const { child, adminUrl } = await holdServer(port);
    await query(adminUrl, "CREATE TABLE survivor (note text); INSERT INTO survivor VALUES ('écrit avant le kill -9')");

    // While the first instance lives, a second one is refused with a clear message.
    await expect(InstanceLock.acquire(dataDir)).rejects.toBeInstanceOf(AlreadyRunningError);
    await expect(InstanceLock.acquire(dataDir)).rejects.toThrow(/déjà démarré/);

    child.kill("SIGKILL");
    await new Promise((resolve) => child.once("exit", resolve));
    const orphan = Number((await readFile(path.join(dataDir, "pg", "postmaster.pid"), "utf8")).split("\n")[0]);
    expect(isProcessAlive(orphan)).toBe(true);

    const lock = await InstanceLock.acquire(dataDir);
    const server = await startEmbeddedPostgres({ dataDir, port });
    try {
      expect(isProcessAlive(orphan)).toBe(false);
      const rows = await query<{ note: string }>(server.adminUrl, "SELECT note FROM survivor");
      expect(rows).toEqual([{ note: "écrit avant le kill -9" }]);
    } finally {
      await server.stop();
      await lock.release();
    }
  }, 60_000);
});
