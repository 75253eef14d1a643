import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { BackLink } from "@/components/admin/BackLink";
import { ConfirmImportForm } from "@/components/admin/wordpress/ConfirmImportForm";
import { ImportReportView } from "@/components/admin/wordpress/ImportReportView";
import { RefreshWhileRunning } from "@/components/admin/wordpress/RefreshWhileRunning";
import { RUN_STATES, runKind } from "@/components/admin/wordpress/run-labels";
import { getImportRun } from "@/lib/admin/wordpress/queries";
import { requirePagePermission } from "@/lib/auth/authorize";
import { requireActorForPage } from "@/lib/auth/session";
import { formatDateTimeFr } from "@/lib/format/time";
import { paths } from "@/lib/paths";
import { confirmImportAction } from "../actions";

export const metadata: Metadata = { title: "Import WordPress" };

type Props = { params: Promise<{ id: string }> };

export default async function WordPressImportRunPage({ params }: Props) {
  const actor = await requireActorForPage();
  requirePagePermission(actor, "wordpress.import");
  const run = await getImportRun(actor, (await params).id);
  if (!run) notFound();
  const share = run.total > 0 ? Math.round((run.processed / run.total) * 100) : 0;

  return (
    <>
      <BackLink href={paths.admin.wordpressImports()}>Import WordPress</BackLink>
      <h1>
        {runKind(run)} du {formatDateTimeFr(run.startedAt)}
      </h1>
      <p>
        Fichier <strong>{run.fileName}</strong>, lancé par {run.startedBy ?? "la ligne de commande"}. État : <strong>{RUN_STATES[run.state]}</strong>
        {run.finishedAt && <> le {formatDateTimeFr(run.finishedAt)}</>}.
      </p>

      {run.state === "running" && (
        <>
          <RefreshWhileRunning />
          <label htmlFor="avancement">Avancement</label>
          <progress id="avancement" className="fr-mb-1w" max={Math.max(run.total, 1)} value={run.processed} style={{ display: "block", width: "100%" }}>
            {share} %
          </progress>
          <p aria-live="polite">
            {run.processed.toLocaleString("fr-FR")} articles sur {run.total.toLocaleString("fr-FR")} ({share} %). Cette page se met à jour d’elle-même ; vous pouvez aussi la quitter,
            {run.dryRun ? " l’essai" : " l’import"} continue.
          </p>
        </>
      )}
      {(run.state === "failed" || run.state === "interrupted") && (
        <div className="fr-alert fr-alert--error fr-alert--sm fr-mb-3w" role="alert">
          <p>{run.state === "interrupted" ? "Interrompu : le serveur qui le faisait s’est arrêté." : (run.error ?? "Échec.")}</p>
        </div>
      )}

      {run.report && <ImportReportView report={run.report} />}

      {run.dryRun && run.state === "done" && (
        <section aria-labelledby="confirmer" className="fr-mt-4w">
          <h2 id="confirmer">Importer</h2>
          <p>L’import écrit ce que montre l’essai ci-dessus. Vous pourrez le relancer plus tard avec un nouvel export : il ne mettra à jour que ce qui a changé dans WordPress.</p>
          <ConfirmImportForm action={confirmImportAction} id={run.id} label="Importer ces articles" />
        </section>
      )}
      {!run.dryRun && run.state !== "running" && run.state !== "done" && (
        <section aria-labelledby="relancer" className="fr-mt-4w">
          <h2 id="relancer">Reprendre</h2>
          <p>Ce qui a été importé est gardé ; relancé, l’import reprend où il en était, sans doublon.</p>
          <ConfirmImportForm action={confirmImportAction} id={run.id} label="Relancer l’import" />
        </section>
      )}
    </>
  );
}
