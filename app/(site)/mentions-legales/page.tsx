import type { Metadata } from "next";
import Link from "next/link";
import { Breadcrumb } from "@/components/articles/Breadcrumb";
import { getSettings, getSites } from "@/lib/public/site";
import { pageMetadata } from "@/lib/seo/metadata";
import { paths } from "@/lib/urls";
import { SharePanel } from "@/components/share/SharePanel";

// Rendered per request: the canonical URL comes from SITE_URL at run time, not at build time.
export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const settings = await getSettings();
  return pageMetadata({
    title: "Mentions légales",
    description: `Mentions légales du site — ${settings.siteName}.`,
    path: paths.legalNotice(),
  });
}

export default async function LegalNoticePage() {
  const [settings, sites] = await Promise.all([getSettings(), getSites()]);
  const headquarters = sites.find((site) => site.isHeadquarters) ?? sites[0];
  return (
    <div className="fr-container fr-my-4w">
      <Breadcrumb segments={[{ label: "Accueil", href: paths.home() }]} current="Mentions légales" />
      <div className="fr-grid-row">
        <div className="fr-col-12 fr-col-lg-8">
          <h1>Mentions légales</h1>
          <h2>Éditeur</h2>
          <p>
            {settings.siteName} ({settings.shortName}){settings.ministry ? `, sous la tutelle : ${settings.ministry}` : ""}.
            {headquarters && (
              <>
                <br />
                Siège : {[...headquarters.addressLines, `${headquarters.postcode} ${headquarters.city}`].join(", ")}.
              </>
            )}{" "}
            Voir aussi <Link href={paths.contact()}>Nous contacter</Link>.
          </p>
          <h2>Directeur de la publication</h2>
          <p>Le directeur ou la directrice de l’établissement : {settings.siteName}.</p>
          <h2>Hébergement</h2>
          <p>Le site est hébergé en France{settings.ministry ? `, sur l’infrastructure de son administration de tutelle (${settings.ministry})` : ""}.</p>
          <h2>Propriété intellectuelle</h2>
          <p>
            Les textes de ce site sont publiés sous Licence Ouverte Etalab 2.0, sauf mention contraire. Les photographies et
            illustrations restent la propriété de leurs auteurs, crédités sous chacune d’elles (par exemple « © {settings.shortName} ») ;
            toute réutilisation demande leur accord.
          </p>
          <h2>Données personnelles et cookies</h2>
          <p>
            Ce site ne dépose aucun cookie de mesure d’audience ni de traceur, et ne charge aucun service tiers. Les seuls
            cookies utilisés servent à l’authentification des agents de l’établissement sur l’espace d’administration.
          </p>
          <h2>Accessibilité</h2>
          <p>
            Voir la <Link href={paths.accessibility()}>déclaration d’accessibilité</Link>.
          </p>
        </div>
      </div>
      <SharePanel path={paths.legalNotice()} title="Mentions légales" excerpt={`Mentions légales du site — ${settings.siteName}.`} />
    </div>
  );
}
