/**
 * `npm run backup` and `npm run restore`, for any PostgreSQL (the embedded one or DATABASE_URL's)
 * and the uploads folder. The database part runs in one transaction each way: the dump reads one
 * consistent snapshot (REPEATABLE READ) while the site keeps serving, and the restore loads every
 * table or none.
 */
import { mkdir, mkdtemp, readFile, rename, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { applyMigrations } from "../migrations";
import { FORMAT, FORMAT_VERSION, packDirectory, unpackArchive, type Manifest } from "./archive";
import { copyTree, listFiles } from "./files";
import { appliedMigrations, columnsOf, quoted, tablesInOrder } from "./tables";

export class BackupError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "BackupError";
  }
}

async function connect(url: string): Promise<pg.Client> {
  const client = new pg.Client({ connectionString: url, application_name: "kiosque-sauvegarde" });
  await client.connect();
  return client;
}

export async function createBackup(options: { databaseUrl: string; uploadsDir: string; file: string }): Promise<Manifest> {
  const staging = await mkdtemp(path.join(os.tmpdir(), "kiosque-sauvegarde-"));
  const client = await connect(options.databaseUrl);
  try {
    await mkdir(path.join(staging, "database"));
    await client.query("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
    const migrations = await appliedMigrations(client);
    const postgres = (await client.query<{ v: string }>("SHOW server_version")).rows[0]!.v;
    const tables: Manifest["tables"] = [];
    for (const name of await tablesInOrder(client)) {
      const columns = await columnsOf(client, name);
      // The JSON text goes to the file untouched: big integers and exact timestamps never pass through JavaScript numbers.
      const { rows } = await client.query<{ rows: string; count: number }>(
        `SELECT coalesce(json_agg(t), '[]')::text AS rows, count(*)::int AS count FROM (SELECT ${columns.map(quoted).join(", ")} FROM ${quoted(name)}) t`,
      );
      await writeFile(path.join(staging, "database", `${name}.json`), rows[0]!.rows);
      tables.push({ name, columns, rows: rows[0]!.count });
    }
    await client.query("COMMIT");
    const uploads = await copyTree(options.uploadsDir, path.join(staging, "uploads"));
    await mkdir(path.join(staging, "uploads"), { recursive: true });
    const manifest: Manifest = { format: FORMAT, version: FORMAT_VERSION, createdAt: new Date().toISOString(), postgres, migrations, tables, uploads };
    await writeFile(path.join(staging, "manifest.json"), JSON.stringify(manifest, null, 2));
    await mkdir(path.dirname(path.resolve(options.file)), { recursive: true });
    await packDirectory(staging, path.resolve(options.file));
    return manifest;
  } finally {
    await client.end().catch(() => undefined);
    await rm(staging, { recursive: true, force: true });
  }
}

async function readManifest(directory: string): Promise<Manifest> {
  const manifest = JSON.parse(await readFile(path.join(directory, "manifest.json"), "utf8").catch(() => "{}")) as Partial<Manifest>;
  if (manifest.format !== FORMAT || manifest.version !== FORMAT_VERSION) {
    throw new BackupError("Ce fichier n’est pas une sauvegarde de Kiosque (ou d’une version de format inconnue).");
  }
  return manifest as Manifest;
}

export type RestoreOutcome = { manifest: Manifest; previousUploads?: string };

export async function restoreBackup(options: { databaseUrl: string; uploadsDir: string; file: string; force?: boolean }): Promise<RestoreOutcome> {
  const staging = await mkdtemp(path.join(os.tmpdir(), "kiosque-restauration-"));
  try {
    await unpackArchive(path.resolve(options.file), staging).catch(() => {
      throw new BackupError(`Impossible de lire l’archive ${options.file} : fichier absent, incomplet ou d’un autre format.`);
    });
    const manifest = await readManifest(staging);
    // The schema comes from this code's migrations; a backup made by a newer version cannot fit it.
    await applyMigrations(options.databaseUrl);
    const client = await connect(options.databaseUrl);
    let previousUploads: string | undefined;
    try {
      const known = new Set(await appliedMigrations(client));
      const unknown = manifest.migrations.filter((name) => !known.has(name));
      if (unknown.length > 0) {
        throw new BackupError(`Cette sauvegarde vient d’une version plus récente de Kiosque (migrations inconnues : ${unknown.join(", ")}) : mettez le code à jour avant de la restaurer.`);
      }
      const tables = await tablesInOrder(client);
      const filled: string[] = [];
      for (const table of tables) {
        if ((await client.query(`SELECT 1 FROM ${quoted(table)} LIMIT 1`)).rowCount) filled.push(table);
      }
      const existingUploads = await listFiles(options.uploadsDir);
      if (!options.force && (filled.length > 0 || existingUploads.length > 0)) {
        throw new BackupError(
          `La base de données ou le dossier des médias n’est pas vide (${filled.length > 0 ? `tables : ${filled.slice(0, 5).join(", ")}${filled.length > 5 ? "…" : ""}` : `${existingUploads.length} fichiers dans ${options.uploadsDir}`}) : ` +
            "la restauration remplacerait ce contenu. Relancez avec --force pour l’écraser.",
        );
      }

      await client.query("BEGIN");
      if (filled.length > 0) await client.query(`TRUNCATE ${tables.map(quoted).join(", ")} RESTART IDENTITY CASCADE`);
      const byName = new Map(manifest.tables.map((table) => [table.name, table]));
      for (const table of tables) {
        const saved = byName.get(table);
        if (!saved || saved.rows === 0) continue;
        const present = new Set(await columnsOf(client, table));
        // A column added by a later migration takes its default; one the backup knows and this schema dropped is left out.
        const columns = saved.columns.filter((column) => present.has(column)).map(quoted).join(", ");
        const rows = await readFile(path.join(staging, "database", `${table}.json`), "utf8");
        await client.query(`INSERT INTO ${quoted(table)} (${columns}) SELECT ${columns} FROM json_populate_recordset(NULL::${quoted(table)}, $1::json)`, [rows]);
      }
      // Sequences continue after the restored rows.
      const { rows: sequences } = await client.query<{ table: string; column: string; sequence: string }>(
        `SELECT c.relname AS table, a.attname AS column, pg_get_serial_sequence(quote_ident(c.relname), a.attname) AS sequence
           FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace JOIN pg_attribute a ON a.attrelid = c.oid
          WHERE n.nspname = 'public' AND c.relkind = 'r' AND a.attnum > 0 AND pg_get_serial_sequence(quote_ident(c.relname), a.attname) IS NOT NULL`,
      );
      for (const { table, column, sequence } of sequences) {
        await client.query(`SELECT setval($1, coalesce((SELECT max(${quoted(column)}) FROM ${quoted(table)}), 0) + 1, false)`, [sequence]);
      }
      await client.query("COMMIT");

      if (existingUploads.length > 0) {
        previousUploads = `${options.uploadsDir}.avant-restauration-${new Date().toISOString().replace(/[:.]/g, "-")}`;
        await rename(options.uploadsDir, previousUploads);
      }
      await copyTree(path.join(staging, "uploads"), options.uploadsDir);
      await mkdir(options.uploadsDir, { recursive: true });
    } catch (error) {
      await client.query("ROLLBACK").catch(() => undefined);
      throw error;
    } finally {
      await client.end().catch(() => undefined);
    }
    return { manifest, ...(previousUploads ? { previousUploads } : {}) };
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
}
