import type { Metadata } from "next";
import { pageMetadata } from "@/lib/seo/metadata";
import Link from "next/link";
import { Breadcrumb } from "@/components/articles/Breadcrumb";
import { siteIdentity } from "@/lib/site-identity";
import { paths } from "@/lib/urls";

// Rendered per request: the canonical URL comes from SITE_URL at run time, not at build time.
export const dynamic = "force-dynamic";

export function generateMetadata(): Metadata {
  return pageMetadata({
    title: "Mentions légales",
    description: `Mentions légales du site de l’${siteIdentity.name}.`,
    path: paths.legalNotice(),
  });
}

export default function LegalNoticePage() {
  return (
    <div className="fr-container fr-my-4w">
      <Breadcrumb segments={[{ label: "Accueil", href: "/" }]} current="Mentions légales" />
      <div className="fr-grid-row">
        <div className="fr-col-12 fr-col-lg-8">
          <h1>Mentions légales</h1>
          <h2>Éditeur</h2>
          <p>
            {siteIdentity.name}, établissement public administratif placé sous la tutelle du {siteIdentity.publisher}.
            <br />
            Siège : 9, rue Carnot, 69450 Saint-Cyr-au-Mont-d’Or. Voir aussi <Link href="/nous-contacter">Nous contacter</Link>.
          </p>
          <h2>Directeur de la publication</h2>
          <p>Le directeur de l’{siteIdentity.name}.</p>
          <h2>Hébergement</h2>
          <p>Le site est hébergé sur l’infrastructure du {siteIdentity.publisher}, en France.</p>
          <h2>Propriété intellectuelle</h2>
          <p>
            Les textes de ce site sont publiés sous Licence Ouverte Etalab 2.0, sauf mention contraire. Les photographies et
            illustrations restent la propriété de leurs auteurs, crédités sous chacune d’elles (par exemple « © ENSP ») ; toute
            réutilisation demande leur accord.
          </p>
          <h2>Données personnelles et cookies</h2>
          <p>
            Ce site ne dépose aucun cookie de mesure d’audience ni de traceur, et ne charge aucun service tiers. Les seuls
            cookies utilisés servent à l’authentification des agents de l’école sur l’espace d’administration.
          </p>
          <h2>Accessibilité</h2>
          <p>
            Voir la <Link href={paths.accessibility()}>déclaration d’accessibilité</Link>.
          </p>
        </div>
      </div>
    </div>
  );
}
