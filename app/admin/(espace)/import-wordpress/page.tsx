import type { Metadata } from "next";
import Link from "next/link";
import { AdminTable } from "@/components/admin/AdminTable";
import { RUN_STATES, runKind } from "@/components/admin/wordpress/run-labels";
import { MAX_EXPORT_BYTES } from "@/lib/admin/wordpress/export-files";
import { listImportRuns } from "@/lib/admin/wordpress/queries";
import { uploadErrorMessage } from "@/lib/admin/wordpress/upload-errors";
import { requirePagePermission } from "@/lib/auth/authorize";
import { requireActorForPage } from "@/lib/auth/session";
import { env } from "@/lib/env";
import { formatDateTimeFr } from "@/lib/format/time";
import { paths } from "@/lib/paths";

export const metadata: Metadata = { title: "Import WordPress" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function WordPressImportsPage({ searchParams }: Props) {
  const actor = await requireActorForPage();
  requirePagePermission(actor, "wordpress.import");
  const [runs, { erreur }] = await Promise.all([listImportRuns(actor), searchParams]);
  const error = uploadErrorMessage(erreur);
  const mediaFolder = env().KIOSQUE_WORDPRESS_UPLOADS_DIR;

  return (
    <>
      <h1>Import WordPress</h1>
      <p>
        Les articles d’un site WordPress, avec leurs auteurs, rubriques, mots-clés et images, et leurs anciennes adresses, qui redirigent ensuite vers les nouvelles. Un essai à blanc
        montre d’abord ce que l’import ferait, sans rien écrire ; vous confirmez ensuite. L’import peut être relancé : il met à jour ce qui a changé dans WordPress et ne crée aucun
        doublon.
      </p>
      {mediaFolder ? (
        <p>Les images sont lues dans le dossier <code>{mediaFolder}</code> du serveur (une copie de <code>wp-content/uploads</code>).</p>
      ) : (
        <div className="fr-alert fr-alert--info fr-alert--sm fr-mb-3w">
          <p>
            Aucun dossier des médias n’est réglé (<code>KIOSQUE_WORDPRESS_UPLOADS_DIR</code>) : les images seront signalées manquantes. Copiez <code>wp-content/uploads</code> sur le
            serveur et indiquez son chemin dans cette variable, ou importez en ligne de commande avec <code>--uploads</code>.
          </p>
        </div>
      )}
      {error && (
        <div className="fr-alert fr-alert--error fr-alert--sm fr-mb-3w" role="alert">
          <p>{error}</p>
        </div>
      )}
      <form method="post" action={paths.admin.wordpressUpload()} encType="multipart/form-data" className="fr-mb-6w" aria-label="Envoyer un export WordPress">
        <div className="fr-upload-group fr-mb-3w">
          <label className="fr-label" htmlFor="export-wordpress">
            Fichier d’export de WordPress
            <span className="fr-hint-text">
              Dans WordPress : Outils &gt; Exporter &gt; Tout le contenu. Un fichier .xml de {MAX_EXPORT_BYTES / 1024 / 1024} Mo au plus.
            </span>
          </label>
          <input className="fr-upload" type="file" id="export-wordpress" name="fichier" accept=".xml,text/xml,application/xml" required />
        </div>
        <fieldset className="fr-fieldset fr-mb-3w" aria-describedby="prefixes-aide">
          <legend className="fr-fieldset__legend fr-text--regular">Adresses des rubriques et mots-clés de l’ancien site</legend>
          <p id="prefixes-aide" className="fr-hint-text fr-fieldset__element">
            Dans WordPress : Réglages &gt; Permaliens, « Préfixe des catégories » et « Préfixe des étiquettes ». Laissez les valeurs proposées s’ils sont vides.
          </p>
          <div className="fr-fieldset__element fr-input-group">
            <label className="fr-label" htmlFor="base-rubriques">
              Préfixe des rubriques
            </label>
            <input className="fr-input" id="base-rubriques" name="baseRubriques" defaultValue="category" autoComplete="off" spellCheck={false} />
          </div>
          <div className="fr-fieldset__element fr-input-group">
            <label className="fr-label" htmlFor="base-mots-cles">
              Préfixe des mots-clés
            </label>
            <input className="fr-input" id="base-mots-cles" name="baseMotsCles" defaultValue="tag" autoComplete="off" spellCheck={false} />
          </div>
        </fieldset>
        <button type="submit" className="fr-btn">
          Envoyer et faire un essai à blanc
        </button>
      </form>

      <h2>Essais et imports</h2>
      {runs.length === 0 ? (
        <p>Aucun pour l’instant.</p>
      ) : (
        <AdminTable caption="Essais et imports, du plus récent au plus ancien">
          <thead>
            <tr>
              <th scope="col">Date</th>
              <th scope="col">Type</th>
              <th scope="col">Fichier</th>
              <th scope="col">État</th>
              <th scope="col">Par</th>
            </tr>
          </thead>
          <tbody>
            {runs.map((run) => (
              <tr key={run.id}>
                <td>
                  <Link href={paths.admin.wordpressImport(run.id)}>{formatDateTimeFr(run.startedAt)}</Link>
                </td>
                <td>{runKind(run)}</td>
                <td>{run.fileName}</td>
                <td>
                  {RUN_STATES[run.state]}
                  {run.state === "running" && ` (${run.processed.toLocaleString("fr-FR")} / ${run.total.toLocaleString("fr-FR")})`}
                </td>
                <td>{run.startedBy ?? "ligne de commande"}</td>
              </tr>
            ))}
          </tbody>
        </AdminTable>
      )}
    </>
  );
}
