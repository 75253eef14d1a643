import { mkdir, open, readFile, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { isProcessAlive } from "./embedded-postgres";

export type LockInfo = { pid: number; serverPid?: number; port?: number; startedAt: string };

export class AlreadyRunningError extends Error {
  constructor(readonly holder: LockInfo) {
    super(
      `Kiosque est déjà démarré sur ces données (PID ${holder.pid}${holder.port ? `, http://localhost:${holder.port}` : ""}). ` +
        "Arrêtez-le (Ctrl-C) avant d'en lancer un autre, ou choisissez un autre KIOSQUE_DATA_DIR.",
    );
    this.name = "AlreadyRunningError";
  }
}

/**
 * One `npm start` per data directory: the embedded PostgreSQL cluster belongs to one owner.
 * The lock file is created exclusively; a lock left by a killed run (its PID is dead) is taken over,
 * after the Next.js server that run had started, if still alive, is stopped.
 */
export class InstanceLock {
  private constructor(private readonly file: string, private info: LockInfo) {}

  static async acquire(dataDir: string): Promise<InstanceLock> {
    const file = path.join(path.resolve(dataDir), "kiosque.lock");
    await mkdir(path.dirname(file), { recursive: true });
    const info: LockInfo = { pid: process.pid, startedAt: new Date().toISOString() };
    for (let attempt = 0; attempt < 2; attempt++) {
      try {
        const handle = await open(file, "wx");
        await handle.writeFile(JSON.stringify(info));
        await handle.close();
        return new InstanceLock(file, info);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
        const holder = await readLock(file);
        if (holder && isProcessAlive(holder.pid) && holder.pid !== process.pid) throw new AlreadyRunningError(holder);
        if (holder?.serverPid && isProcessAlive(holder.serverPid)) await stopOrphanServer(holder.serverPid);
        await rm(file, { force: true });
      }
    }
    throw new Error(`Impossible de prendre le verrou ${file}`);
  }

  async update(patch: Partial<LockInfo>): Promise<void> {
    this.info = { ...this.info, ...patch };
    await writeFile(this.file, JSON.stringify(this.info));
  }

  async release(): Promise<void> {
    const holder = await readLock(this.file);
    if (holder?.pid === process.pid) await rm(this.file, { force: true });
  }
}

async function readLock(file: string): Promise<LockInfo | undefined> {
  try {
    return JSON.parse(await readFile(file, "utf8")) as LockInfo;
  } catch {
    return undefined;
  }
}

async function stopOrphanServer(pid: number): Promise<void> {
  // Only a Next.js server we started may be killed: a recycled PID could be anything.
  const cmdline = await readFile(`/proc/${pid}/cmdline`, "utf8").catch(() => "");
  if (!cmdline.includes("next")) return;
  process.kill(pid, "SIGTERM");
  const deadline = Date.now() + 10_000;
  while (isProcessAlive(pid) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
  if (isProcessAlive(pid)) process.kill(pid, "SIGKILL");
}
