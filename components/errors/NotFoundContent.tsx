import Link from "next/link";
import { paths } from "@/lib/paths";

/** The DSFR 404 message, in French. */
export function NotFoundContent() {
  return (
    <div className="fr-container fr-my-7w">
      <div className="fr-grid-row fr-grid-row--gutters fr-grid-row--middle fr-grid-row--center">
        <div className="fr-col-12 fr-col-md-8">
          <h1>Page non trouvée</h1>
          <p className="fr-text--sm fr-mb-3w">Erreur 404</p>
          <p className="fr-text--lead fr-mb-3w">La page que vous cherchez est introuvable. Excusez-nous pour la gêne occasionnée.</p>
          <p className="fr-text--sm fr-mb-5w">
            Si vous avez tapé l’adresse web dans le navigateur, vérifiez qu’elle est correcte. La page n’est peut-être plus disponible.
            <br />
            Dans ce cas, pour continuer votre visite, vous pouvez consulter notre page d’accueil ou nos actualités.
          </p>
          <ul className="fr-btns-group fr-btns-group--inline-md">
            <li>
              <Link className="fr-btn" href={paths.home()}>
                Page d’accueil
              </Link>
            </li>
            <li>
              <Link className="fr-btn fr-btn--secondary" href={paths.news()}>
                Toutes les actualités
              </Link>
            </li>
          </ul>
        </div>
      </div>
    </div>
  );
}
