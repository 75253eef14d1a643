import type { Metadata } from "next";
import Link from "next/link";
import { ListingPagination } from "@/components/articles/ListingPagination";
import { LibraryUploader } from "@/components/admin/media/LibraryUploader";
import styles from "@/components/admin/media/media.module.css";
import { requirePagePermission } from "@/lib/auth/authorize";
import { requireActorForPage } from "@/lib/auth/session";
import { formatDateFr } from "@/lib/format/date";
import { listMedia } from "@/lib/media/queries";
import { mediaListQuerySchema, USAGE_FILTERS, USAGE_LABELS, type MediaListQuery } from "@/lib/media/schema";
import { paths } from "@/lib/paths";

export const metadata: Metadata = { title: "Médiathèque" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const STATUS_MESSAGES: Record<string, string> = {
  supprimee: "L’image a été supprimée de la médiathèque.",
};

const UNFILTERED: MediaListQuery = { q: undefined, utilisation: "toutes", miennes: false, page: 1 };

function usageSentence(count: number): string {
  if (count === 0) return "Utilisée par aucun article";
  return count === 1 ? "Utilisée par 1 article" : `Utilisée par ${count} articles`;
}

export default async function MediaLibraryPage({ searchParams }: Props) {
  const actor = await requireActorForPage();
  requirePagePermission(actor, "media.upload");
  const raw = await searchParams;
  const parsed = mediaListQuerySchema.safeParse({ q: raw.q, utilisation: raw.utilisation, miennes: raw.miennes, page: raw.page });
  const query = parsed.success ? parsed.data : UNFILTERED;
  const { items, total, page, pageCount, defaultCredit } = await listMedia(actor, query);
  const status = typeof raw.statut === "string" ? STATUS_MESSAGES[raw.statut] : undefined;
  const params: Record<string, string> = {
    ...(query.q ? { q: query.q } : {}),
    ...(query.utilisation !== "toutes" ? { utilisation: query.utilisation } : {}),
    ...(query.miennes ? { miennes: "1" } : {}),
  };
  const filtered = Object.keys(params).length > 0;
  const described = [
    query.q ? `correspondant à « ${query.q} »` : null,
    query.utilisation === "utilisees" ? "utilisées par un article" : query.utilisation === "inutilisees" ? "utilisées par aucun article" : null,
    query.miennes ? "téléversées par vous" : null,
  ].filter(Boolean);

  return (
    <>
      <h1>Médiathèque</h1>
      <p>
        Les images des articles. Chacune a un texte alternatif (ou est marquée décorative), une légende et un crédit facultatifs, et un point
        d’intérêt que tous les recadrages gardent visible. Une image n’est visible du public que lorsqu’un article publié l’affiche.
      </p>
      {status && (
        <div className="fr-alert fr-alert--success fr-alert--sm fr-mb-3w" role="status">
          <p>{status}</p>
        </div>
      )}
      {!parsed.success && (
        <div className="fr-alert fr-alert--error fr-alert--sm fr-mb-3w" role="alert">
          <p>Recherche invalide : {parsed.error.issues.map((issue) => issue.message).join(" ")} La médiathèque est affichée sans filtre.</p>
        </div>
      )}

      <section className="fr-mb-6w" aria-labelledby="televerser">
        <h2 id="televerser" className="fr-h4">
          Téléverser des images
        </h2>
        <LibraryUploader defaultCredit={defaultCredit} />
      </section>

      <section aria-labelledby="images">
        <h2 id="images" className="fr-h4">
          Images
        </h2>
        <form method="get" action={paths.admin.media()} role="search" aria-label="Chercher dans la médiathèque" className="fr-mb-4w">
          <div className="fr-grid-row fr-grid-row--gutters fr-grid-row--bottom">
            <div className="fr-col-12 fr-col-md-5">
              <div className="fr-input-group fr-mb-0">
                <label className="fr-label" htmlFor="recherche-medias">
                  Chercher
                  <span className="fr-hint-text">Dans le nom du fichier, le texte alternatif et la légende.</span>
                </label>
                <input className="fr-input" type="search" id="recherche-medias" name="q" defaultValue={query.q ?? ""} maxLength={100} />
              </div>
            </div>
            <div className="fr-col-12 fr-col-md-3">
              <div className="fr-select-group fr-mb-0">
                <label className="fr-label" htmlFor="filtre-utilisation">
                  Utilisation
                </label>
                <select className="fr-select" id="filtre-utilisation" name="utilisation" defaultValue={query.utilisation}>
                  {USAGE_FILTERS.map((value) => (
                    <option key={value} value={value}>
                      {USAGE_LABELS[value]}
                    </option>
                  ))}
                </select>
              </div>
            </div>
            <div className="fr-col-12 fr-col-md-2">
              <div className="fr-checkbox-group">
                <input type="checkbox" id="filtre-miennes" name="miennes" value="1" defaultChecked={query.miennes} />
                <label className="fr-label" htmlFor="filtre-miennes">
                  Seulement mes images
                </label>
              </div>
            </div>
            <div className="fr-col-12 fr-col-md-2">
              <button type="submit" className="fr-btn">
                Filtrer
              </button>
            </div>
          </div>
          {filtered && (
            <p className="fr-mt-2w">
              <Link className="fr-link" href={paths.admin.media()}>
                Afficher toutes les images
              </Link>
            </p>
          )}
        </form>

        <p role="status">
          {total === 0
            ? filtered
              ? "Aucune image ne correspond à ces critères."
              : "La médiathèque est vide pour l’instant : téléversez une première image ci-dessus."
            : `${total} image${total > 1 ? "s" : ""}${described.length ? ` ${described.join(", ")}` : ""}, page ${page} sur ${pageCount}, les plus récentes d’abord.`}
        </p>

        {items.length > 0 && (
          <ul className={styles.grid}>
            {items.map((item) => (
              <li key={item.id} className={styles.gridItem}>
                {/* The words are beside it: the thumbnail only repeats them. */}
                {/* eslint-disable-next-line @next/next/no-img-element -- a back-office thumbnail, possibly of an unpublished image */}
                <img className={styles.thumbnail} src={item.thumbnailUrl} alt="" loading="lazy" width={400} height={300} />
                <div className={styles.gridBody}>
                  <p className="fr-text--sm fr-text--bold">
                    <Link href={item.editUrl}>
                      {item.decorative ? "Image décorative" : item.alt || "Sans texte alternatif"}
                      <span className="fr-sr-only"> — {item.originalName}</span>
                    </Link>
                  </p>
                  <p className="fr-text--xs">
                    {item.originalName} · {item.width} × {item.height}
                  </p>
                  <p className="fr-text--xs">
                    {usageSentence(item.articleCount)}
                    <br />
                    Ajoutée le {formatDateFr(item.createdAt)}
                    {item.uploadedBy ? ` par ${item.uploadedBy}` : ""}
                  </p>
                  {!item.decorative && !item.alt && <p className="fr-badge fr-badge--warning fr-badge--sm">Texte alternatif manquant</p>}
                </div>
              </li>
            ))}
          </ul>
        )}
        <ListingPagination page={page} pageCount={pageCount} basePath={paths.admin.media()} params={params} />
      </section>
    </>
  );
}
