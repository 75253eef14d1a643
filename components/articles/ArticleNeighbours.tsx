import Link from "next/link";
import type { ArticleNeighbour } from "@/lib/public/article-types";
import { paths } from "@/lib/paths";

/** Links to the previous (older) and next (newer) public articles. */
export function ArticleNeighbours({ previous, next }: { previous: ArticleNeighbour | null; next: ArticleNeighbour | null }) {
  if (!previous && !next) return null;
  return (
    <nav className="kiosque-neighbours fr-mt-6w" aria-label="Articles précédent et suivant">
      <ul className="fr-grid-row fr-grid-row--gutters kiosque-plain-list">
        {previous && (
          <li className="fr-col-12 fr-col-md-6">
            <p className="fr-text--sm fr-mb-1v">Article précédent</p>
            <Link className="fr-link fr-icon-arrow-left-line fr-link--icon-left" href={paths.article(previous.slug)} rel="prev">
              {previous.title}
            </Link>
          </li>
        )}
        {next && (
          <li className="fr-col-12 fr-col-md-6 kiosque-neighbours__next">
            <p className="fr-text--sm fr-mb-1v">Article suivant</p>
            <Link className="fr-link fr-icon-arrow-right-line fr-link--icon-right" href={paths.article(next.slug)} rel="next">
              {next.title}
            </Link>
          </li>
        )}
      </ul>
    </nav>
  );
}
