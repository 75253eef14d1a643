/**
 * `npm run import:wordpress -- export.xml [--uploads DIR] [--dry-run] [--time-zone Europe/Paris]
 *   [--category-base rubrique] [--tag-base etiquette]`:
 * a WordPress export (Outils > Exporter) into Kiosque, beside a running site or not (the embedded
 * database is started for the occasion when the site is down), then the report in French.
 * Run it again at will: it updates what changed in WordPress and duplicates nothing; after an
 * interruption it finishes the job. lib/wordpress/import/run.ts does the work.
 */
import { createRequire } from "node:module";
import { stat } from "node:fs/promises";
import path from "node:path";
import { parseArgs } from "node:util";
import { ARCHIVE_BASE } from "../lib/wordpress/import/archive-bases";
import { openTarget } from "./backup-target";

const say = (message: string) => console.error(`[kiosque] ${message}`);

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    uploads: { type: "string" },
    "dry-run": { type: "boolean", default: false },
    "time-zone": { type: "string", default: "Europe/Paris" },
    // The old site's own archive bases (Réglages > Permaliens), when it changed WordPress's.
    "category-base": { type: "string", default: "category" },
    "tag-base": { type: "string", default: "tag" },
  },
});

function progressBar(): (done: number, total: number) => void {
  let lastTenth = -1;
  return (done, total) => {
    const share = total === 0 ? 1 : done / total;
    if (process.stderr.isTTY) {
      const width = 30;
      const filled = Math.round(share * width);
      process.stderr.write(`\r[${"#".repeat(filled)}${".".repeat(width - filled)}] ${done.toLocaleString("fr-FR")} / ${total.toLocaleString("fr-FR")} articles`);
      if (done >= total) process.stderr.write("\n");
    } else if (Math.floor(share * 10) > lastTenth) {
      lastTenth = Math.floor(share * 10);
      say(`${done.toLocaleString("fr-FR")} / ${total.toLocaleString("fr-FR")} articles`);
    }
  };
}

async function main(): Promise<number> {
  const file = positionals[0];
  if (!file || positionals.length > 1) {
    say("Usage : npm run import:wordpress -- export.xml [--uploads dossier/wp-content/uploads] [--dry-run] [--time-zone Europe/Paris] [--category-base category] [--tag-base tag]");
    return 2;
  }
  if (!(await stat(file).then((info) => info.isFile()).catch(() => false))) {
    say(`Fichier introuvable : ${file}`);
    return 1;
  }
  const uploadsDir = values.uploads ? path.resolve(values.uploads) : null;
  if (uploadsDir && !(await stat(uploadsDir).then((info) => info.isDirectory()).catch(() => false))) {
    say(`Dossier des médias introuvable : ${uploadsDir}`);
    return 1;
  }
  try {
    new Intl.DateTimeFormat("fr-FR", { timeZone: values["time-zone"] });
  } catch {
    say(`Fuseau horaire inconnu : ${values["time-zone"]} (par exemple Europe/Paris).`);
    return 1;
  }
  const archiveBases = { category: values["category-base"].replace(/^\/+|\/+$/g, ""), tag: values["tag-base"].replace(/^\/+|\/+$/g, "") };
  if (!ARCHIVE_BASE.test(archiveBases.category) || !ARCHIVE_BASE.test(archiveBases.tag)) {
    say("--category-base et --tag-base : un mot en minuscules, sans accent (chiffres, tirets et barres obliques permis), par exemple rubrique.");
    return 1;
  }
  const target = await openTarget("import", say);
  try {
    process.env.DATABASE_URL = target.databaseUrl;
    process.env.KIOSQUE_UPLOADS_DIR ||= target.uploadsDir;
    const { applyMigrations } = await import("../lib/migrations");
    await applyMigrations(target.databaseUrl);
    const { importWordPress } = await import("../lib/wordpress/import/run");
    const { formatReport } = await import("../lib/wordpress/import/report");
    const { publishTags } = createRequire(import.meta.url)("../lib/cache/cache-handler.cjs") as { publishTags: (tags: string[]) => Promise<void> };
    say(`${values["dry-run"] ? "Essai à blanc" : "Import"} de ${file} dans ${target.label}${uploadsDir ? `, médias lus dans ${uploadsDir}` : ", sans dossier des médias (--uploads) : les images seront signalées manquantes"}…`);
    const report = await importWordPress({
      file,
      uploadsDir,
      dryRun: values["dry-run"],
      timeZone: values["time-zone"],
      archiveBases,
      actor: null,
      onProgress: progressBar(),
      invalidate: publishTags,
    });
    console.log(formatReport(report));
    return 0;
  } finally {
    const { prisma } = await import("../lib/db");
    await prisma.$disconnect();
    await target.release();
  }
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    say(`L’import a échoué : ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  },
);
