/**
 * `npm run backup [-- fichier.tar.gz]`: the database and the uploaded media in one archive
 * (lib/backup/), while the site keeps running. Default file: kiosque-sauvegarde-<date>.tar.gz.
 */
import { stat } from "node:fs/promises";
import { BackupError, createBackup } from "../lib/backup/backup";
import { EmbeddedPostgresError } from "../lib/embedded-postgres";
import { EnvError } from "../lib/env";
import { AlreadyRunningError } from "../lib/instance-lock";
import { openTarget } from "./backup-target";

const say = (message: string) => console.log(`[kiosque] ${message}`);
const stamp = new Date().toISOString().slice(0, 19).replace(/[-:]/g, "").replace("T", "-");
const file = process.argv.slice(2).find((arg) => !arg.startsWith("--")) ?? `kiosque-sauvegarde-${stamp}.tar.gz`;

try {
  const target = await openTarget("backup", say);
  try {
    say(`Sauvegarde de ${target.label} et de ${target.uploadsDir}…`);
    const manifest = await createBackup({ databaseUrl: target.databaseUrl, uploadsDir: target.uploadsDir, file });
    const rows = manifest.tables.reduce((sum, table) => sum + table.rows, 0);
    const size = (await stat(file)).size;
    say(`Sauvegarde écrite dans ${file} (${(size / 1024 / 1024).toFixed(1)} Mo) : ${rows} lignes dans ${manifest.tables.length} tables, ${manifest.uploads.files} fichiers de médias.`);
  } finally {
    await target.release();
  }
} catch (error) {
  const known = error instanceof BackupError || error instanceof EnvError || error instanceof AlreadyRunningError || error instanceof EmbeddedPostgresError;
  console.error(known ? (error as Error).message : `La sauvegarde a échoué : ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
}
