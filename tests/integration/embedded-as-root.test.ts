/**
 * `npm start` as root from a folder the `postgres` user cannot enter (a clone in /root, a 0700
 * directory): rather than an unhandled `spawn … initdb EACCES` and a stack trace, a French message
 * saying what is wrong and what to do, and a clean exit. And from a folder it can enter, it works.
 */
import { spawn } from "node:child_process";
import { chmod, mkdir, mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { firstBlockedDirectory } from "@/lib/embedded-postgres-access";
import { freeLocalPort, startEmbeddedPostgres } from "@/lib/embedded-postgres";
import { root } from "../support/site";

const asRoot = process.getuid?.() === 0;
const made: string[] = [];

afterAll(async () => {
  for (const dir of made) await rm(dir, { recursive: true, force: true });
});

function start(dataDir: string): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ["--conditions=react-server", "--import", "tsx", "scripts/start.ts"], {
      cwd: root,
      env: { ...process.env, KIOSQUE_DATA_DIR: dataDir, DATABASE_URL: "", PORT: "1", EMBEDDED_PG_PORT: "1" },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let output = "";
    child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.on("exit", (code) => resolve({ code, output }));
  });
}

describe.skipIf(!asRoot || Boolean(process.env.TEST_DATABASE_URL))("embedded PostgreSQL started as root", () => {
  it("says in French why it cannot start from a folder the postgres user cannot enter, without a stack trace", async () => {
    const closed = await mkdtemp(path.join(os.tmpdir(), "kiosque-root-only-"));
    made.push(closed);
    await chmod(closed, 0o700);
    const dataDir = path.join(closed, "clone", "data");
    await mkdir(dataDir, { recursive: true });
    expect(firstBlockedDirectory(dataDir)).toBe(closed);

    const { code, output } = await start(dataDir);
    expect(code).toBe(1);
    expect(output).toContain("PostgreSQL embarqué ne peut pas démarrer");
    expect(output).toContain(`ne peut pas entrer dans le dossier ${closed} (droits 700)`);
    expect(output).toContain("chmod o+x");
    expect(output).not.toMatch(/EACCES|\n\s+at /);
  }, 60_000);

  it("starts once the folder can be crossed", async () => {
    const open = await mkdtemp(path.join(os.tmpdir(), "kiosque-root-open-"));
    made.push(open);
    await chmod(open, 0o711);
    const dataDir = path.join(open, "data");
    expect(firstBlockedDirectory(dataDir)).toBeNull();
    const server = await startEmbeddedPostgres({ dataDir, port: await freeLocalPort() });
    await server.stop();
  }, 60_000);
});
