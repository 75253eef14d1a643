/**
 * An import killed in the middle (kill -9 of `npm run import:wordpress`) and run again: the
 * batches it had committed are there whole, the second run finishes the job without waiting and
 * without a duplicate, and the interrupted run is recorded as such.
 */
import { spawn } from "node:child_process";
import { createWriteStream } from "node:fs";
import { mkdtemp } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { finished } from "node:stream/promises";
import { beforeAll, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { tryImportLock } from "@/lib/wordpress/import/lock";
import { ImportBusyError, importWordPress, INTERRUPTED } from "@/lib/wordpress/import/run";
import { generatedExport } from "../fixtures/wordpress";
import { resetDatabase } from "../factories";

const POSTS = 400;
let exportFile: string;

beforeAll(async () => {
  await resetDatabase();
  exportFile = path.join(await mkdtemp(path.join(os.tmpdir(), "kiosque-wordpress-kill-")), "export.xml");
  const out = createWriteStream(exportFile);
  for await (const chunk of generatedExport(POSTS, { withAttachments: false })) out.write(chunk);
  out.end();
  await finished(out);
});

/** The command line, killed with SIGKILL as soon as it reports its first committed batch. */
async function importKilledAfterFirstBatch(): Promise<void> {
  const child = spawn(process.execPath, ["--conditions=react-server", "--import", "tsx", "scripts/import-wordpress.ts", exportFile], {
    cwd: path.resolve(import.meta.dirname, "../.."),
    env: { ...process.env },
    stdio: ["ignore", "ignore", "pipe"],
  });
  let stderr = "";
  await new Promise<void>((resolve, reject) => {
    child.stderr.on("data", (chunk: Buffer) => {
      stderr += chunk;
      const done = Number(/\[kiosque\] (\d+) \/ /.exec(stderr)?.[1] ?? 0);
      if (done > 0 && child.exitCode === null) {
        child.kill("SIGKILL");
        resolve();
      }
    });
    child.on("exit", (code) => (code === null ? resolve() : reject(new Error(`l’import s’est terminé (${code}) avant d’être tué :\n${stderr}`))));
  });
  await new Promise((resolve) => (child.exitCode !== null || child.signalCode !== null ? resolve(null) : child.once("exit", resolve)));
}

it("keeps what an import killed with SIGKILL committed, and finishes it when run again", async () => {
  await importKilledAfterFirstBatch();
  const committed = await prisma.article.count();
  expect(committed).toBeGreaterThan(0);
  expect(committed).toBeLessThan(POSTS);
  // Whole batches only: never half of one.
  expect(committed % 50).toBe(0);
  expect(await prisma.wordPressImport.findFirst({ where: { dryRun: false } })).toMatchObject({ status: "RUNNING" });

  // Its lock died with it: the next run starts at once.
  const report = await importWordPress({ file: exportFile, uploadsDir: null, dryRun: false, actor: null, invalidate: () => {} });
  expect(report.posts).toMatchObject({ total: POSTS, created: POSTS - committed, unchanged: committed, updated: 0 });
  expect(await prisma.article.count()).toBe(POSTS);
  const distinct = await prisma.article.groupBy({ by: ["wordpressId"], _count: true });
  expect(distinct).toHaveLength(POSTS);
  const runs = await prisma.wordPressImport.findMany({ where: { dryRun: false }, orderBy: { startedAt: "asc" } });
  expect(runs.map((run) => [run.status, run.error])).toEqual([
    ["FAILED", INTERRUPTED],
    ["DONE", null],
  ]);
});

it("refuses a second import while one is running, anywhere", async () => {
  const held = await tryImportLock();
  expect(held).not.toBeNull();
  try {
    await expect(importWordPress({ file: exportFile, uploadsDir: null, dryRun: false, actor: null, invalidate: () => {} })).rejects.toThrow(ImportBusyError);
    // A dry run writes nothing and may run beside it.
    await expect(importWordPress({ file: exportFile, uploadsDir: null, dryRun: true, actor: null, invalidate: () => {} })).resolves.toMatchObject({ dryRun: true });
  } finally {
    await held!.release();
  }
});
