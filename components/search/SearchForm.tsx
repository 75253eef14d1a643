import { MAX_QUERY_LENGTH } from "@/lib/search/limits";
import type { SearchFacets } from "@/lib/search/types";
import { paths } from "@/lib/paths";

type Props = {
  q: string;
  category?: { slug: string; name: string };
  annee?: number;
  /** the filters' options, with how many results each gives; no filters without a query */
  facets: SearchFacets | null;
};

const withCount = (label: string, count: number) => `${label} (${count})`;

/**
 * The search page's form: a plain GET form (it works without JavaScript), the query and, once
 * there is one, its filters. Submitting starts again from page 1.
 */
export function SearchForm({ q, category: selected, annee, facets }: Props) {
  const categories = [...(facets?.categories ?? [])];
  const years = [...(facets?.years ?? [])];
  // A filter value from the address that gives no result is still shown as selected.
  if (selected && !categories.some((category) => category.slug === selected.slug)) {
    categories.push({ ...selected, count: 0 });
  }
  if (annee && !years.some((entry) => entry.year === annee)) years.push({ year: annee, count: 0 });

  return (
    <form action={paths.search()} method="get" role="search" aria-label="Rechercher dans les actualités" className="fr-mb-4w">
      <div className="fr-grid-row fr-grid-row--gutters fr-grid-row--bottom">
        <div className="fr-col-12 fr-col-lg-6">
          <div className="fr-input-group fr-mb-0">
            <label className="fr-label" htmlFor="search-q">
              Mots-clés
              <span className="fr-hint-text">Par exemple : continuum de sécurité, formation des commissaires</span>
            </label>
            <input className="fr-input" type="search" id="search-q" name="q" defaultValue={q} maxLength={MAX_QUERY_LENGTH} />
          </div>
        </div>
        {facets && (
          <>
            <div className="fr-col-12 fr-col-sm-6 fr-col-lg-2">
              <div className="fr-select-group fr-mb-0">
                <label className="fr-label" htmlFor="search-categorie">
                  Catégorie
                </label>
                <select className="fr-select" id="search-categorie" name="categorie" defaultValue={selected?.slug ?? ""}>
                  <option value="">Toutes</option>
                  {categories.map((category) => (
                    <option key={category.slug} value={category.slug}>
                      {withCount(category.name, category.count)}
                    </option>
                  ))}
                </select>
              </div>
            </div>
            <div className="fr-col-12 fr-col-sm-6 fr-col-lg-2">
              <div className="fr-select-group fr-mb-0">
                <label className="fr-label" htmlFor="search-annee">
                  Année
                </label>
                <select className="fr-select" id="search-annee" name="annee" defaultValue={annee ? String(annee) : ""}>
                  <option value="">Toutes</option>
                  {years.map((entry) => (
                    <option key={entry.year} value={entry.year}>
                      {withCount(String(entry.year), entry.count)}
                    </option>
                  ))}
                </select>
              </div>
            </div>
          </>
        )}
        <div className="fr-col-12 fr-col-lg-2">
          <button type="submit" className="fr-btn fr-icon-search-line fr-btn--icon-left">
            Rechercher
          </button>
        </div>
      </div>
    </form>
  );
}
