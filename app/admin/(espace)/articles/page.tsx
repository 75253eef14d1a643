import type { Metadata } from "next";
import Link from "next/link";
import { AdminTable } from "@/components/admin/AdminTable";
import { BackLink } from "@/components/admin/BackLink";
import { ArticleStatusBadge } from "@/components/admin/articles/ArticleStatusBadge";
import { ListingPagination } from "@/components/articles/ListingPagination";
import { articleListOptions, type Option } from "@/lib/admin/articles/list-options";
import { articleFilterSchema, listArticles, type ArticleFilter, type ArticleRow } from "@/lib/admin/articles/queries";
import { displayTitle } from "@/lib/articles/status-view";
import { requirePagePermission } from "@/lib/auth/authorize";
import { can } from "@/lib/auth/permissions";
import { requireActorForPage } from "@/lib/auth/session";
import { formatDateTimeFr } from "@/lib/format/time";
import { paths } from "@/lib/paths";
import { EmptyTrashForm, RestoreArticleButton, TrashNotices } from "./TrashControls";

export const metadata: Metadata = { title: "Articles" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const STATUS_CHOICES: [NonNullable<ArticleFilter["statut"]>, string][] = [
  ["DRAFT", "Brouillon"],
  ["IN_REVIEW", "En relecture"],
  ["SCHEDULED", "Programmé"],
  ["PUBLISHED", "Publié"],
  ["ARCHIVED", "Archivé"],
  ["CHANGES", "Modifications en attente"],
  ["TRASH", "Corbeille"],
];

const SORT_CHOICES: [NonNullable<ArticleFilter["tri"]>, string, string][] = [
  ["modification", "Dernière modification", "des plus récemment modifiés aux plus anciens"],
  ["publication", "Date de publication", "des plus récemment publiés aux plus anciens, les non publiés à la fin"],
  ["titre", "Titre, de A à Z", "par ordre alphabétique des titres"],
];

function Time({ iso }: { iso: string }) {
  return <time dateTime={iso}>{formatDateTimeFr(new Date(iso))}</time>;
}

/** When readers saw it first, or will: a scheduled article not yet out says so. */
function Publication({ row }: { row: ArticleRow }) {
  if (!row.publishedAt || row.status === "DRAFT" || row.status === "IN_REVIEW") return <>—</>;
  if (row.status === "SCHEDULED" && !row.isPublic) {
    return (
      <>
        Prévue le <Time iso={row.publishedAt} />
      </>
    );
  }
  return <Time iso={row.publishedAt} />;
}

function Select({ id, name, label, value, empty, options }: { id: string; name: string; label: string; value: string | undefined; empty: string; options: Option[] }) {
  return (
    <div className="fr-select-group">
      <label className="fr-label" htmlFor={id}>
        {label}
      </label>
      <select className="fr-select" id={id} name={name} defaultValue={value ?? ""}>
        <option value="">{empty}</option>
        {options.map((option) => (
          <option key={option.id} value={option.id}>
            {option.name}
          </option>
        ))}
      </select>
    </div>
  );
}

export default async function ArticlesPage({ searchParams }: Props) {
  const actor = await requireActorForPage();
  requirePagePermission(actor, "article.read");
  const everyone = can(actor, "article.read", { ownerId: "" });
  const parsed = articleFilterSchema.parse(await searchParams);
  // Authors see their own articles whatever the address says: an author filter means nothing to them.
  const filter: ArticleFilter = everyone ? parsed : { ...parsed, auteur: undefined };
  const [{ items, total, page, pageCount }, options] = await Promise.all([listArticles(actor, filter), articleListOptions(actor)]);
  const trash = filter.statut === "TRASH";
  const mayRestore = trash && can(actor, "article.delete");
  const mayEmpty = trash && can(actor, "trash.empty");
  const params: Record<string, string> = Object.fromEntries(
    Object.entries({ statut: filter.statut, auteur: filter.auteur, rubrique: filter.rubrique, motcle: filter.motcle, q: filter.q, tri: filter.tri }).filter(
      (entry): entry is [string, string] => Boolean(entry[1]),
    ),
  );
  const sort = SORT_CHOICES.find(([value]) => value === (filter.tri ?? "modification"))!;
  const columns = 5 + (everyone ? 1 : 0) + (mayRestore ? 1 : 0);

  const table = (
    <AdminTable caption={`${trash ? "Articles dans la corbeille" : everyone ? "Articles" : "Vos articles"}, ${sort[2]} : ${total} au total, page ${page} sur ${pageCount}`}>
      <thead>
        <tr>
          <th scope="col">Titre</th>
          <th scope="col">Statut</th>
          {everyone && <th scope="col">Auteur</th>}
          <th scope="col">Rubrique</th>
          <th scope="col">Publication</th>
          <th scope="col">{trash ? "Mis à la corbeille" : "Dernière modification"}</th>
          {mayRestore && <th scope="col">Action</th>}
        </tr>
      </thead>
      <tbody>
        {items.length === 0 && (
          <tr>
            <td colSpan={columns}>{trash && Object.keys(params).length === 1 ? "La corbeille est vide." : "Aucun article ne correspond à ces filtres."}</td>
          </tr>
        )}
        {items.map((row) => (
          <tr key={row.id}>
            <th scope="row">
              <Link href={paths.admin.article(row.id)}>{displayTitle(row.title)}</Link>
            </th>
            <td>
              <ArticleStatusBadge status={row.status} isPublic={row.isPublic} hasChanges={row.hasChanges} changesSubmitted={row.changesSubmitted} />
            </td>
            {everyone && <td>{row.authorName}</td>}
            <td>{row.categoryName}</td>
            <td>
              <Publication row={row} />
            </td>
            <td>
              <Time iso={trash && row.deletedAt ? row.deletedAt : row.updatedAt} />
            </td>
            {mayRestore && (
              <td>
                <RestoreArticleButton id={row.id} version={row.version} title={displayTitle(row.title)} />
              </td>
            )}
          </tr>
        ))}
      </tbody>
    </AdminTable>
  );

  return (
    <>
      {trash && <BackLink href={paths.admin.articles()}>Tous les articles</BackLink>}
      <h1>{trash ? "Corbeille" : "Articles"}</h1>
      {trash ? (
        <p>
          Un article mis à la corbeille quitte aussitôt le site public : son adresse répond alors « 410 Gone » (contenu retiré), comme celle d’un article dépublié
          qui avait été publié, et il disparaît des listes, des flux et des plans du site.{" "}
          {mayRestore
            ? "Restaurer un article le remet dans l’état où il était : un article publié redevient visible aussitôt."
            : "Un éditeur peut restaurer un article : il revient alors dans l’état où il était."}
        </p>
      ) : (
        <p>
          {everyone ? "Tous les articles de la rédaction, leur statut et leurs modifications en attente." : "Vos articles, leur statut et leurs modifications en attente."}{" "}
          Les articles supprimés sont dans la <Link href={`${paths.admin.articles()}?statut=TRASH`}>corbeille</Link>.
        </p>
      )}
      {can(actor, "article.create") && (
        <p>
          <Link className="fr-btn fr-icon-edit-line fr-btn--icon-left" href={paths.admin.newArticle()}>
            Écrire un article
          </Link>
        </p>
      )}
      <form method="get" action={paths.admin.articles()} className="fr-mb-4w" aria-label="Filtrer les articles">
        <div className="fr-grid-row fr-grid-row--gutters fr-grid-row--bottom">
          <div className="fr-col-12 fr-col-md-4">
            <div className="fr-select-group">
              <label className="fr-label" htmlFor="filtre-statut">
                Statut
              </label>
              <select className="fr-select" id="filtre-statut" name="statut" defaultValue={filter.statut ?? ""}>
                <option value="">Tous, hors corbeille</option>
                {STATUS_CHOICES.map(([value, label]) => (
                  <option key={value} value={value}>
                    {label}
                  </option>
                ))}
              </select>
            </div>
          </div>
          {everyone && (
            <div className="fr-col-12 fr-col-md-4">
              <Select id="filtre-auteur" name="auteur" label="Auteur" value={filter.auteur} empty="Tous" options={options.authors} />
            </div>
          )}
          <div className="fr-col-12 fr-col-md-4">
            <Select id="filtre-rubrique" name="rubrique" label="Rubrique" value={filter.rubrique} empty="Toutes" options={options.categories} />
          </div>
          <div className="fr-col-12 fr-col-md-4">
            <Select id="filtre-motcle" name="motcle" label="Mot-clé" value={filter.motcle} empty="Tous" options={options.tags} />
          </div>
          <div className="fr-col-12 fr-col-md-4">
            <div className="fr-input-group">
              <label className="fr-label" htmlFor="filtre-titre">
                Titre contenant
              </label>
              <input className="fr-input" type="search" id="filtre-titre" name="q" defaultValue={filter.q ?? ""} maxLength={100} />
            </div>
          </div>
          <div className="fr-col-12 fr-col-md-4">
            <div className="fr-select-group">
              <label className="fr-label" htmlFor="filtre-tri">
                Trier par
              </label>
              <select className="fr-select" id="filtre-tri" name="tri" defaultValue={filter.tri ?? "modification"}>
                {SORT_CHOICES.map(([value, label]) => (
                  <option key={value} value={value}>
                    {label}
                  </option>
                ))}
              </select>
            </div>
          </div>
          <div className="fr-col-12">
            <button type="submit" className="fr-btn">
              Filtrer
            </button>
          </div>
        </div>
        {Object.keys(params).length > 0 && (
          <p className="fr-mt-1w">
            <Link className="fr-link" href={paths.admin.articles()}>
              Effacer les filtres
            </Link>
          </p>
        )}
      </form>
      {trash ? (
        <TrashNotices>
          {table}
          <ListingPagination page={page} pageCount={pageCount} basePath={paths.admin.articles()} params={params} />
          {mayEmpty && total > 0 && <EmptyTrashForm />}
        </TrashNotices>
      ) : (
        <>
          {table}
          <ListingPagination page={page} pageCount={pageCount} basePath={paths.admin.articles()} params={params} />
        </>
      )}
    </>
  );
}
