import Link from "next/link";
import type { SearchResult } from "@/lib/search/types";
import { paths } from "@/lib/paths";
import { resultCountText } from "./result-count";
import { SearchResultCard } from "./SearchResultCard";

/** The result count as a heading (screen readers jump to it), then the results or advice. */
export function SearchResults({ q, result, filters }: { q: string; result: SearchResult; filters: string[] }) {
  return (
    <section aria-labelledby="search-results-title">
      <h2 id="search-results-title" className="fr-h4 fr-mb-1w">
        {resultCountText(result.total, q)}
        {filters.length > 0 && <span className="fr-text--md fr-text--regular"> ({filters.join(", ")})</span>}
      </h2>
      {result.pageCount > 1 && (
        <p className="fr-text--sm">
          Page {result.page} sur {result.pageCount}
        </p>
      )}
      {result.total === 0 ? (
        <div className="fr-mt-3w">
          <p>Vérifiez l’orthographe, essayez des mots plus généraux ou moins nombreux, ou retirez les filtres.</p>
          <p>
            <Link className="fr-link fr-icon-arrow-right-line fr-link--icon-right" href={paths.news()}>
              Voir toutes les actualités
            </Link>
          </p>
        </div>
      ) : (
        <ul className="kiosque-plain-list fr-mt-3w">
          {result.items.map((hit) => (
            <li key={hit.slug} className="fr-mb-3w">
              <SearchResultCard hit={hit} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
