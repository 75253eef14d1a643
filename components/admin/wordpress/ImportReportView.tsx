import { AdminTable } from "@/components/admin/AdminTable";
import type { ImportReport, ReportEntry } from "@/lib/wordpress/import/report";

const count = (value: number) => value.toLocaleString("fr-FR");

function Entries({ caption, entries }: { caption: string; entries: ReportEntry[] }) {
  return (
    <AdminTable caption={caption}>
      <thead>
        <tr>
          <th scope="col">Article WordPress</th>
          <th scope="col">Titre</th>
          <th scope="col">Ce qui se passe</th>
        </tr>
      </thead>
      <tbody>
        {entries.map((entry, index) => (
          <tr key={`${entry.wordpressId}-${index}`}>
            <td>n° {entry.wordpressId}</td>
            <td>{entry.title}</td>
            <td>{entry.message}</td>
          </tr>
        ))}
      </tbody>
    </AdminTable>
  );
}

/** The report of a run: what it did (or would do), what it left out, every problem. */
export function ImportReportView({ report }: { report: ImportReport }) {
  const would = report.dryRun;
  return (
    <section aria-labelledby="rapport">
      <h2 id="rapport">{would ? "Ce que l’import ferait" : "Ce que l’import a fait"}</h2>
      <ul>
        <li>
          Articles : {count(report.posts.total)} dans l’export ; {count(report.posts.created)} {would ? "à créer" : "créés"}, {count(report.posts.updated)}{" "}
          {would ? "à mettre à jour" : "mis à jour"}, {count(report.posts.unchanged)} inchangés, {count(report.posts.skipped)} laissés de côté.
        </li>
        <li>
          Auteurs : {count(report.authors.created)} {would ? "comptes à créer" : "comptes créés"} (désactivés, sans mot de passe : activez-les dans Personnes),{" "}
          {count(report.authors.matched)} retrouvés.
        </li>
        <li>
          Rubriques : {count(report.categories.created)} {would ? "à créer" : "créées"}, {count(report.categories.matched)} retrouvées. Mots-clés : {count(report.tags.created)}{" "}
          {would ? "à créer" : "créés"}, {count(report.tags.matched)} retrouvés.
        </li>
        <li>
          Images : {count(report.media.created)} {would ? "à importer" : "importées"}, {count(report.media.reused)} déjà dans la médiathèque, {count(report.media.missing)} manquantes.
        </li>
        <li>
          Anciennes adresses {would ? "qui redirigeront" : "qui redirigent"} vers les nouvelles : {count(report.redirects)}.
        </li>
      </ul>
      {report.notes.length > 0 && (
        <>
          <h3>Remarques</h3>
          <ul>
            {report.notes.map((note) => (
              <li key={note}>{note}</li>
            ))}
          </ul>
        </>
      )}
      {report.skipped.length > 0 && (
        <>
          <h3>Articles laissés de côté ({count(report.skipped.length)})</h3>
          <Entries caption="Articles laissés de côté" entries={report.skipped} />
        </>
      )}
      {report.problems.length > 0 && (
        <>
          <h3>Problèmes ({count(report.problems.length + report.moreProblems)})</h3>
          <p>Ce que le modèle d’article ne peut pas garder tel quel, et ce qui en est fait. Rien n’est perdu sans être signalé ici.</p>
          <Entries caption="Problèmes, article par article" entries={report.problems} />
          {report.moreProblems > 0 && <p>… et {count(report.moreProblems)} autres, non listés.</p>}
        </>
      )}
      <p className="fr-text--sm">
        Durée : {(report.durationMs / 1000).toLocaleString("fr-FR", { maximumFractionDigits: 1 })} s ; mémoire au plus haut : {Math.round(report.peakRssBytes / 1_048_576)} Mo.
      </p>
    </section>
  );
}
