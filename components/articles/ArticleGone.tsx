import Link from "next/link";
import { paths } from "@/lib/paths";

/** The page of an article withdrawn after having been public (answered with 410 Gone). */
export function ArticleGone() {
  return (
    <div className="fr-container fr-my-7w">
      <div className="fr-grid-row fr-grid-row--center">
        <div className="fr-col-12 fr-col-md-8">
          <h1>Cet article n’est plus en ligne</h1>
          <p className="fr-text--sm fr-mb-3w">Erreur 410</p>
          <p className="fr-text--lead fr-mb-5w">L’article publié à cette adresse a été retiré du site.</p>
          <ul className="fr-btns-group fr-btns-group--inline-md">
            <li>
              <Link className="fr-btn" href={paths.news()}>
                Toutes les actualités
              </Link>
            </li>
            <li>
              <Link className="fr-btn fr-btn--secondary" href={paths.search()}>
                Rechercher une actualité
              </Link>
            </li>
          </ul>
        </div>
      </div>
    </div>
  );
}
