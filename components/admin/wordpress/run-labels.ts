import type { ImportRunView } from "@/lib/admin/wordpress/queries";

/** "Essai à blanc" or "Import", and where it stands, in words. */
export function runKind(run: Pick<ImportRunView, "dryRun">): string {
  return run.dryRun ? "Essai à blanc" : "Import";
}

export const RUN_STATES: Record<ImportRunView["state"], string> = {
  running: "En cours",
  done: "Terminé",
  failed: "Échoué",
  interrupted: "Interrompu",
};
