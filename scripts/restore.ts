/**
 * `npm run restore -- fichier.tar.gz [--force]`: puts a backup of `npm run backup` back — the
 * database in one transaction, then the media. Refuses a database or media folder that is not
 * empty unless --force (then the old media folder is kept aside, renamed).
 */
import { BackupError, restoreBackup } from "../lib/backup/backup";
import { EmbeddedPostgresError } from "../lib/embedded-postgres";
import { EnvError } from "../lib/env";
import { AlreadyRunningError } from "../lib/instance-lock";
import { openTarget } from "./backup-target";

const say = (message: string) => console.log(`[kiosque] ${message}`);
const args = process.argv.slice(2);
const file = args.find((arg) => !arg.startsWith("--"));
const force = args.includes("--force");

try {
  if (!file) throw new BackupError("Indiquez l’archive à restaurer : npm run restore -- kiosque-sauvegarde-….tar.gz [--force]");
  const target = await openTarget("restore", say);
  try {
    say(`Restauration de ${file} dans ${target.label} et ${target.uploadsDir}…`);
    const { manifest, previousUploads } = await restoreBackup({ databaseUrl: target.databaseUrl, uploadsDir: target.uploadsDir, file, force });
    const rows = manifest.tables.reduce((sum, table) => sum + table.rows, 0);
    say(`Sauvegarde du ${manifest.createdAt} restaurée : ${rows} lignes, ${manifest.uploads.files} fichiers de médias.`);
    if (previousUploads) say(`Les médias remplacés sont conservés dans ${previousUploads}.`);
    say("Au prochain démarrage, les caches sont reconstruits à partir de la base restaurée.");
  } finally {
    await target.release();
  }
} catch (error) {
  const known = error instanceof BackupError || error instanceof EnvError || error instanceof AlreadyRunningError || error instanceof EmbeddedPostgresError;
  console.error(known ? (error as Error).message : `La restauration a échoué : ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
}
