/**
 * `npm run backup` then `npm run restore` into an empty database and media folder: every table's
 * rows and every uploaded file's bytes come back identical; a non-empty target is refused in
 * French unless --force. On the integration server (embedded PostgreSQL 17, and PostgreSQL 15 in
 * CI through TEST_DATABASE_URL), and once through the embedded PostgreSQL of a data folder.
 */
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { listFiles } from "@/lib/backup/files";
import { tablesInOrder } from "@/lib/backup/tables";
import { prisma } from "@/lib/db";
import { freeLocalPort } from "@/lib/embedded-postgres";
import { seedDatabase } from "@/prisma/seed";
import { root, sql, withDatabase } from "../support/site";

const sourceUrl = process.env.DATABASE_URL!;
const sourceData = process.env.KIOSQUE_DATA_DIR!;
const restoredDb = `${new URL(sourceUrl).pathname.slice(1)}_restauree`;
const restoredUrl = withDatabase(inject("adminDatabaseUrl"), restoredDb);
const temporary: string[] = [];
let archive: string;

function run(script: "backup" | "restore", args: string[], env: Record<string, string>): { code: number | null; output: string } {
  const result = spawnSync(process.execPath, ["--conditions=react-server", "--import", "tsx", `scripts/${script}.ts`, ...args], {
    cwd: root,
    env: { ...process.env, ...env },
    encoding: "utf8",
  });
  return { code: result.status, output: `${result.stdout}${result.stderr}` };
}

/** Every table's rows, in a stable order, as PostgreSQL writes them in JSON. */
async function contents(url: string): Promise<Record<string, string>> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const out: Record<string, string> = {};
    for (const table of await tablesInOrder(client)) {
      const { rows } = await client.query<{ rows: string }>(`SELECT coalesce(json_agg(t ORDER BY t::text), '[]')::text AS rows FROM "${table}" t`);
      out[table] = rows[0]!.rows;
    }
    return out;
  } finally {
    await client.end();
  }
}

async function fileHashes(directory: string): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const file of await listFiles(directory)) out[file] = createHash("sha256").update(await readFile(path.join(directory, file))).digest("hex");
  return out;
}

beforeAll(async () => {
  await seedDatabase(prisma, { demo: true, uploadsDir: path.join(sourceData, "uploads"), adminEmail: "admin@kiosque.localhost", adminPassword: "mot-de-passe-de-la-sauvegarde", log: () => {} });
  await sql(inject("adminDatabaseUrl"), `DROP DATABASE IF EXISTS "${restoredDb}" WITH (FORCE)`);
  await sql(inject("adminDatabaseUrl"), `CREATE DATABASE "${restoredDb}"`);
  const dir = await mkdtemp(path.join(os.tmpdir(), "kiosque-archive-"));
  temporary.push(dir);
  archive = path.join(dir, "sauvegarde.tar.gz");
}, 120_000);

afterAll(async () => {
  await sql(inject("adminDatabaseUrl"), `DROP DATABASE IF EXISTS "${restoredDb}" WITH (FORCE)`);
  for (const dir of temporary) await rm(dir, { recursive: true, force: true });
});

describe("npm run backup / npm run restore", () => {
  it("round-trips every row and every media file, and refuses a non-empty target without --force", async () => {
    const before = await contents(sourceUrl);
    expect(Object.values(before).filter((rows) => rows !== "[]").length).toBeGreaterThan(5);
    const media = await fileHashes(path.join(sourceData, "uploads"));
    expect(Object.keys(media).length).toBeGreaterThan(0);

    const backup = run("backup", [archive], { DATABASE_URL: sourceUrl, KIOSQUE_DATA_DIR: sourceData });
    expect(backup.code, backup.output).toBe(0);
    expect(backup.output).toContain("Sauvegarde écrite dans");

    const target = await mkdtemp(path.join(os.tmpdir(), "kiosque-restauree-"));
    temporary.push(target);
    const restore = run("restore", [archive], { DATABASE_URL: restoredUrl, KIOSQUE_DATA_DIR: target });
    expect(restore.code, restore.output).toBe(0);
    expect(await contents(restoredUrl)).toEqual(before);
    expect(await fileHashes(path.join(target, "uploads"))).toEqual(media);

    const again = run("restore", [archive], { DATABASE_URL: restoredUrl, KIOSQUE_DATA_DIR: target });
    expect(again.code).toBe(1);
    expect(again.output).toContain("n’est pas vide");
    expect(again.output).toContain("--force");
    expect(again.output).not.toMatch(/\n\s+at /);

    await sql(restoredUrl, `UPDATE "SiteSettings" SET "siteName" = 'Modifié après la sauvegarde'`);
    const forced = run("restore", [archive, "--force"], { DATABASE_URL: restoredUrl, KIOSQUE_DATA_DIR: target });
    expect(forced.code, forced.output).toBe(0);
    expect(forced.output).toContain("Les médias remplacés sont conservés");
    expect(await contents(restoredUrl)).toEqual(before);
    expect(await fileHashes(path.join(target, "uploads"))).toEqual(media);

    expect(run("restore", [path.join(target, "absente.tar.gz")], { DATABASE_URL: restoredUrl, KIOSQUE_DATA_DIR: target }).output).toContain("Impossible de lire l’archive");
  }, 240_000);

  it.skipIf(Boolean(process.env.TEST_DATABASE_URL))("restores into and backs up from the embedded PostgreSQL of a data folder", async () => {
    if (!archive) return;
    const dataDir = await mkdtemp(path.join(os.tmpdir(), "kiosque-embarquee-"));
    temporary.push(dataDir);
    const env = { DATABASE_URL: "", KIOSQUE_DATA_DIR: dataDir, EMBEDDED_PG_PORT: String(await freeLocalPort()) };
    const restore = run("restore", [archive], env);
    expect(restore.code, restore.output).toBe(0);
    const second = path.join(path.dirname(archive), "seconde.tar.gz");
    const backup = run("backup", [second], env);
    expect(backup.code, backup.output).toBe(0);
    // The second archive, restored elsewhere, holds the same rows as the source.
    await sql(inject("adminDatabaseUrl"), `DROP DATABASE IF EXISTS "${restoredDb}" WITH (FORCE)`);
    await sql(inject("adminDatabaseUrl"), `CREATE DATABASE "${restoredDb}"`);
    const target = await mkdtemp(path.join(os.tmpdir(), "kiosque-restauree-"));
    temporary.push(target);
    const check = run("restore", [second], { DATABASE_URL: restoredUrl, KIOSQUE_DATA_DIR: target });
    expect(check.code, check.output).toBe(0);
    expect(await contents(restoredUrl)).toEqual(await contents(sourceUrl));
    expect(await fileHashes(path.join(target, "uploads"))).toEqual(await fileHashes(path.join(sourceData, "uploads")));
  }, 240_000);
});
