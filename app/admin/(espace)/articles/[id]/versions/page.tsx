import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import type { ReactNode } from "react";
import { AdminTable } from "@/components/admin/AdminTable";
import { ArticleStatusBadge } from "@/components/admin/articles/ArticleStatusBadge";
import { Added, DiffText, Removed } from "@/components/admin/articles/DiffText";
import { BackLink } from "@/components/admin/BackLink";
import { getArticleForEditing, getRevisions, listRevisions, type RevisionContent, type RevisionSummary } from "@/lib/admin/articles/queries";
import { ForbiddenError, NotFoundError } from "@/lib/admin/errors";
import { idField } from "@/lib/admin/fields";
import { compareRevisions, type TextComparison } from "@/lib/articles/revision-diff";
import { revisionKindLabel, revisionNoteText } from "@/lib/articles/revision-labels";
import { isApproved } from "@/lib/articles/status";
import { displayTitle } from "@/lib/articles/status-view";
import { requirePagePermission } from "@/lib/auth/authorize";
import { can } from "@/lib/auth/permissions";
import { requireActorForPage } from "@/lib/auth/session";
import { formatDateTimeFr } from "@/lib/format/time";
import { paths } from "@/lib/paths";
import { RestoreRevisionButton } from "./RestoreRevisionButton";

export const metadata: Metadata = { title: "Versions d’un article" };

type Props = {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

/** An article that does not exist and one the role may not read answer the same 404. */
async function readable<T>(read: () => Promise<T>): Promise<T> {
  try {
    return await read();
  } catch (error) {
    if (error instanceof NotFoundError || error instanceof ForbiddenError) notFound();
    throw error;
  }
}

const when = (iso: string) => formatDateTimeFr(new Date(iso));
const describe = (revision: Pick<RevisionSummary, "kind" | "createdAt" | "authorName">) => `${when(revision.createdAt)} — ${revisionKindLabel(revision.kind)} — ${revision.authorName}`;
const words = (count: number, verb: string) => (count === 1 ? `1 mot ${verb}` : `${count} mots ${verb}s`);

/** The words agree with the field: "Rubrique : modifiée", "Mots-clés : inchangés". */
const STATES = { m: ["modifié", "inchangé"], f: ["modifiée", "inchangée"], mp: ["modifiés", "inchangés"] } as const;

function FieldChange({
  title,
  agreement = "m",
  comparison,
  whenSame,
  children,
}: {
  title: string;
  agreement?: keyof typeof STATES;
  comparison: { changed: boolean };
  whenSame: ReactNode;
  children: ReactNode;
}) {
  const [changed, same] = STATES[agreement];
  return (
    <section className="fr-mb-4w">
      <h3 className="fr-h5">
        {title} <span className="fr-text--regular">: {comparison.changed ? changed : same}</span>
      </h3>
      {comparison.changed ? children : whenSame}
    </section>
  );
}

function TextChange({ comparison }: { comparison: TextComparison }) {
  return (
    <>
      {comparison.replacedWhole && (
        <p className="fr-text--sm">Les deux textes sont trop différents pour être comparés mot à mot : l’ancien est affiché supprimé en entier, le nouveau ajouté en entier.</p>
      )}
      <DiffText parts={comparison.parts} />
    </>
  );
}

function Side({ label, revision, restore }: { label: string; revision: RevisionContent; restore: ReactNode }) {
  return (
    <div className="fr-col-12 fr-col-md-6">
      <div className="fr-card fr-card--no-arrow">
        <div className="fr-card__body">
          <div className="fr-card__content">
            <h3 className="fr-card__title">{label}</h3>
            <p className="fr-card__desc">
              {revisionKindLabel(revision.kind)} du <time dateTime={revision.createdAt}>{when(revision.createdAt)}</time>, par {revision.authorName}
            </p>
            {restore && <div className="fr-mt-2w">{restore}</div>}
          </div>
        </div>
      </div>
    </div>
  );
}

export default async function RevisionsPage({ params, searchParams }: Props) {
  const actor = await requireActorForPage();
  requirePagePermission(actor, "article.read");
  const id = idField.safeParse((await params).id);
  if (!id.success) notFound();
  const articleId = id.data;
  const [article, revisions, query] = await readable(() => Promise.all([getArticleForEditing(actor, articleId), listRevisions(actor, articleId), searchParams]));

  // The two versions compared: those asked for, or by default the last change made.
  const known = new Set(revisions.map((revision) => revision.id));
  const pick = (value: unknown) => (typeof value === "string" && known.has(value) ? value : undefined);
  const asked = query.a !== undefined || query.b !== undefined;
  const a = asked ? pick(query.a) : revisions[1]?.id;
  const b = asked ? pick(query.b) : revisions[0]?.id;
  const pair = a && b && a !== b ? await readable(() => getRevisions(actor, articleId, [a, b])) : [];
  const [from, to] = pair;
  const comparison = from && to ? compareRevisions(from, to) : null;

  const mayRestore = can(actor, "article.update", { ownerId: article.authorId }) && !article.deletedAt && (article.status !== "ARCHIVED" || can(actor, "article.publish"));
  const restoreButton = (revision: RevisionContent) =>
    mayRestore ? <RestoreRevisionButton articleId={article.id} version={article.version} revisionId={revision.id} description={`du ${when(revision.createdAt)}`} /> : null;
  const title = displayTitle(article.content.title);

  return (
    <>
      <BackLink href={paths.admin.article(article.id)}>Retour à l’article</BackLink>
      <h1>Versions de « {title} »</h1>
      <p>
        <ArticleStatusBadge status={article.status} isPublic={article.isPublic} hasChanges={article.workingCopy !== null} changesSubmitted={article.workingCopy?.submittedAt != null} />
      </p>
      <p>
        Chaque enregistrement, soumission et publication garde une copie complète de l’article, avec son auteur et sa date (les enregistrements automatiques n’en
        gardent pas). Comparez-en deux, puis restaurez celle que vous voulez reprendre : elle devient le contenu en cours d’édition, l’adresse de l’article ne change
        pas.
        {isApproved(article.status) && " Cet article étant publié ou programmé, la version restaurée attend la mise à jour : ce que voient les lecteurs ne change pas d’ici là."}
      </p>
      {article.deletedAt && (
        <div className="fr-alert fr-alert--info fr-alert--sm fr-mb-3w">
          <p>Cet article est dans la corbeille : il faut l’en sortir avant de reprendre l’une de ses versions.</p>
        </div>
      )}
      {!article.deletedAt && article.status === "ARCHIVED" && !mayRestore && (
        <div className="fr-alert fr-alert--info fr-alert--sm fr-mb-3w">
          <p>Cet article est archivé : seul un éditeur peut reprendre l’une de ses versions.</p>
        </div>
      )}

      <section aria-labelledby="comparer" className="fr-mb-6w">
        <h2 id="comparer">Comparer deux versions</h2>
        {revisions.length < 2 ? (
          <p>
            {revisions.length === 0
              ? "Aucune version gardée pour l’instant : la première le sera au premier enregistrement."
              : "Cet article n’a qu’une version pour l’instant : il n’y a rien à comparer."}
          </p>
        ) : (
          <form method="get" action={paths.admin.articleRevisions(article.id)} aria-label="Choisir les versions à comparer" className="fr-mb-4w">
            <div className="fr-grid-row fr-grid-row--gutters fr-grid-row--bottom">
              <div className="fr-col-12 fr-col-md-5">
                <div className="fr-select-group">
                  <label className="fr-label" htmlFor="version-a">
                    Version de départ
                  </label>
                  <select className="fr-select" id="version-a" name="a" defaultValue={a ?? ""}>
                    {revisions.map((revision) => (
                      <option key={revision.id} value={revision.id}>
                        {describe(revision)}
                      </option>
                    ))}
                  </select>
                </div>
              </div>
              <div className="fr-col-12 fr-col-md-5">
                <div className="fr-select-group">
                  <label className="fr-label" htmlFor="version-b">
                    Version d’arrivée
                  </label>
                  <select className="fr-select" id="version-b" name="b" defaultValue={b ?? ""}>
                    {revisions.map((revision) => (
                      <option key={revision.id} value={revision.id}>
                        {describe(revision)}
                      </option>
                    ))}
                  </select>
                </div>
              </div>
              <div className="fr-col-12 fr-col-md-2">
                <button type="submit" className="fr-btn fr-mb-3v">
                  Comparer
                </button>
              </div>
            </div>
          </form>
        )}
        {asked && revisions.length >= 2 && (!a || !b) && (
          <div className="fr-alert fr-alert--error fr-alert--sm fr-mb-3w" role="alert">
            <p>Cette version n’existe pas ou plus pour cet article : choisissez-en deux dans les listes.</p>
          </div>
        )}
        {a && b && a === b && (
          <div className="fr-alert fr-alert--info fr-alert--sm fr-mb-3w">
            <p>Vous avez choisi deux fois la même version : choisissez-en deux différentes pour les comparer.</p>
          </div>
        )}
        {from && to && comparison && (
          <div id="comparaison">
            <div className="fr-grid-row fr-grid-row--gutters fr-mb-4w">
              <Side label="Version de départ" revision={from} restore={restoreButton(from)} />
              <Side label="Version d’arrivée" revision={to} restore={restoreButton(to)} />
            </div>
            {!comparison.changed ? (
              <p>Ces deux versions ont le même contenu.</p>
            ) : (
              <p className="fr-text--sm">
                Ce que la version d’arrivée a ajouté est souligné, ce qu’elle a supprimé est barré ; les lecteurs d’écran annoncent « ajouté » et « supprimé ».
              </p>
            )}
            <FieldChange title="Titre" comparison={comparison.title} whenSame={<p>{to.title || "(vide)"}</p>}>
              <TextChange comparison={comparison.title} />
            </FieldChange>
            <FieldChange title="Chapô" comparison={comparison.excerpt} whenSame={<p>{to.excerpt || "(vide)"}</p>}>
              <TextChange comparison={comparison.excerpt} />
            </FieldChange>
            <FieldChange title="Rubrique" agreement="f" comparison={comparison.category} whenSame={<p>{to.categoryName}</p>}>
              <DiffText parts={comparison.category.parts} />
            </FieldChange>
            <FieldChange title="Mots-clés" agreement="mp" comparison={comparison.tags} whenSame={<p>{to.tagNames.length === 0 ? "Aucun mot-clé." : comparison.tags.kept.join(", ")}</p>}>
              <ul>
                {comparison.tags.removed.map((tag) => (
                  <li key={`-${tag}`}>
                    <Removed>{tag}</Removed>
                  </li>
                ))}
                {comparison.tags.added.map((tag) => (
                  <li key={`+${tag}`}>
                    <Added>{tag}</Added>
                  </li>
                ))}
                {comparison.tags.kept.map((tag) => (
                  <li key={tag}>{tag}</li>
                ))}
              </ul>
            </FieldChange>
            <FieldChange title="Corps de l’article" comparison={comparison.body} whenSame={null}>
              <p className="fr-text--sm">
                {words(comparison.body.addedWords, "ajouté")}, {words(comparison.body.removedWords, "supprimé")}. Le texte est comparé sans sa mise en forme ; les
                images n’y figurent que par leur légende.
              </p>
              <TextChange comparison={comparison.body} />
            </FieldChange>
          </div>
        )}
      </section>

      <section aria-labelledby="toutes-les-versions">
        <h2 id="toutes-les-versions">Toutes les versions</h2>
        <AdminTable caption={`Versions de l’article, des plus récentes aux plus anciennes : ${revisions.length}${revisions.length === 200 ? " (les 200 dernières)" : ""}`}>
          <thead>
            <tr>
              <th scope="col">Date</th>
              <th scope="col">Type</th>
              <th scope="col">Par</th>
              <th scope="col">Titre</th>
              <th scope="col">Note</th>
              <th scope="col">Changements</th>
            </tr>
          </thead>
          <tbody>
            {revisions.length === 0 && (
              <tr>
                <td colSpan={6}>Aucune version pour l’instant.</td>
              </tr>
            )}
            {revisions.map((revision, index) => {
              const previous = revisions[index + 1];
              return (
                <tr key={revision.id}>
                  <th scope="row">
                    <time dateTime={revision.createdAt}>{when(revision.createdAt)}</time>
                  </th>
                  <td>{revisionKindLabel(revision.kind)}</td>
                  <td>{revision.authorName}</td>
                  <td>{displayTitle(revision.title)}</td>
                  <td>{revision.note ? revisionNoteText(revision.note) : "—"}</td>
                  <td>
                    {previous ? (
                      <Link href={`${paths.admin.articleRevisions(article.id)}?a=${previous.id}&b=${revision.id}#comparaison`}>
                        Voir les changements <span className="fr-sr-only">de la version du {when(revision.createdAt)}</span>
                      </Link>
                    ) : revisions.length < 200 ? (
                      "Première version"
                    ) : (
                      "—"
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </AdminTable>
      </section>
    </>
  );
}
