import "server-only";
import { after } from "next/server";
import { z } from "zod";
import { requirePermission } from "../../auth/authorize";
import type { Actor } from "../../auth/session";
import { prisma } from "../../db";
import { env } from "../../env";
import { logError } from "../../log";
import type { RequestContext } from "../../request-context";
import { ARCHIVE_BASE, DEFAULT_ARCHIVE_BASES, type ArchiveBases } from "../../wordpress/import/archive-bases";
import { ImportBusyError, importWordPress, startRun, type Run } from "../../wordpress/import/run";
import { NotFoundError, RuleError } from "../errors";
import { idField } from "../fields";
import { exportFileExists, exportFilePath } from "./export-files";

/**
 * The back office's WordPress import (admins only): an export sent by the upload route is first
 * tried in a dry run; its report shown, the admin confirms and the same file is imported. Both run
 * in this server process after the answer is sent (they take minutes), their progress and report
 * in the database for any instance to show. lib/wordpress/import/run.ts does the work.
 */

type Background = { file: string; dryRun: boolean; run: Run; actor: Actor; context: RequestContext; archiveBases: ArchiveBases };

function runInBackground({ file, dryRun, run, actor, context, archiveBases }: Background): void {
  after(async () => {
    try {
      await importWordPress({
        file,
        uploadsDir: env().KIOSQUE_WORDPRESS_UPLOADS_DIR ?? null,
        dryRun,
        archiveBases,
        actor: { id: actor.id, name: actor.name, email: actor.email },
        ip: context.ip,
        run,
        invalidate: async (tags) => {
          const everywhere = (globalThis as { __kiosqueRevalidateEverywhere?: (tags: string[]) => Promise<void> }).__kiosqueRevalidateEverywhere;
          await everywhere?.(tags);
        },
      });
    } catch (error) {
      // The run's row says FAILED with the message; the log keeps the rest.
      logError("wordpress_import_failed", error, { requestId: context.requestId, actorId: actor.id, runId: run.id });
    }
  });
}

const base = (label: string, fallback: string) =>
  z.preprocess(
    (value) => (typeof value === "string" && value.trim() !== "" ? value.trim().toLowerCase().replace(/^\/+|\/+$/g, "") : fallback),
    z.string().max(100, `${label} : 100 caractères au plus.`).regex(ARCHIVE_BASE, `${label} : un mot en minuscules sans accent, par exemple « rubrique » (chiffres, tirets et barres obliques permis).`),
  );

/** The fields sent with an export: the old site's archive bases (Réglages > Permaliens in WordPress). */
export const archiveBasesSchema = z.object({
  baseRubriques: base("Préfixe des rubriques", DEFAULT_ARCHIVE_BASES.category),
  baseMotsCles: base("Préfixe des mots-clés", DEFAULT_ARCHIVE_BASES.tag),
});

/** A dry run of an export just saved (export-files.ts): its run's id. */
export async function startDryRun(actor: Actor | null, input: { sha256: string; fileName: string; archiveBases: ArchiveBases }, context: RequestContext): Promise<{ id: string }> {
  requirePermission(actor, "wordpress.import");
  if (!(await exportFileExists(input.sha256))) throw new NotFoundError("Le fichier envoyé est introuvable : envoyez-le de nouveau.");
  const { archiveBases } = input;
  const run = await startRun({ fileName: input.fileName.slice(0, 255), fileSha256: input.sha256, dryRun: true, startedById: actor.id, categoryBase: archiveBases.category, tagBase: archiveBases.tag });
  runInBackground({ file: exportFilePath(input.sha256), dryRun: true, run, actor, context, archiveBases });
  return { id: run.id };
}

export const confirmImportSchema = z.object({ id: idField });

/** The import of the export a finished dry run (or an earlier import) read: its run's id. */
export async function confirmImport(actor: Actor | null, input: z.output<typeof confirmImportSchema>, context: RequestContext): Promise<{ id: string }> {
  requirePermission(actor, "wordpress.import");
  const tried = await prisma.wordPressImport.findUnique({ where: { id: input.id }, select: { fileName: true, fileSha256: true, dryRun: true, status: true, categoryBase: true, tagBase: true } });
  if (!tried) throw new NotFoundError("Cet essai à blanc n’existe pas ou plus.");
  // A dry run must have finished; a real import may be run again (interrupted, or to take a new export's changes).
  if (tried.dryRun && tried.status !== "DONE") throw new RuleError("Attendez la fin de l’essai à blanc (ou relancez-le) avant d’importer.");
  if (!(await exportFileExists(tried.fileSha256))) throw new NotFoundError("Le fichier de cet essai n’est plus sur le serveur : envoyez-le de nouveau.");
  let run: Run;
  try {
    run = await startRun({ fileName: tried.fileName, fileSha256: tried.fileSha256, dryRun: false, startedById: actor.id, categoryBase: tried.categoryBase, tagBase: tried.tagBase });
  } catch (error) {
    if (error instanceof ImportBusyError) throw new RuleError(error.message);
    throw error;
  }
  runInBackground({ file: exportFilePath(tried.fileSha256), dryRun: false, run, actor, context, archiveBases: { category: tried.categoryBase, tag: tried.tagBase } });
  return { id: run.id };
}
