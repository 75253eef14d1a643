import type { Metadata } from "next";
import { pageMetadata } from "@/lib/seo/metadata";
import Link from "next/link";
import { Breadcrumb } from "@/components/articles/Breadcrumb";
import { getSettings } from "@/lib/public/site";
import type { AccessibilityStatus } from "@/lib/generated/prisma/enums";
import { paths } from "@/lib/urls";
import { SharePanel } from "@/components/share/SharePanel";

// Rendered per request: the canonical URL comes from SITE_URL at run time, not at build time.
export const dynamic = "force-dynamic";

/** The RGAA's words for each compliance status (the footer says the same). */
const STATUS_WORDS: Record<AccessibilityStatus, string> = {
  FULL: "totalement conforme",
  PARTIAL: "partiellement conforme",
  NONE: "non conforme",
};

export async function generateMetadata(): Promise<Metadata> {
  const settings = await getSettings();
  return pageMetadata({
    title: "Accessibilité",
    description: `Déclaration d’accessibilité du site — ${settings.siteName}.`,
    path: paths.accessibility(),
  });
}

export default async function AccessibilityPage() {
  const settings = await getSettings();
  const status = STATUS_WORDS[settings.accessibilityStatus];
  return (
    <div className="fr-container fr-my-4w">
      <Breadcrumb segments={[{ label: "Accueil", href: paths.home() }]} current="Accessibilité" />
      <div className="fr-grid-row">
        <div className="fr-col-12 fr-col-lg-8">
          <h1>Déclaration d’accessibilité</h1>
          <p>
            {settings.siteName} ({settings.shortName}) s’engage à rendre ses sites internet, intranet, extranet et ses
            progiciels accessibles conformément à l’article 47 de la loi n° 2005-102 du 11 février 2005.
          </p>
          <p>Cette déclaration d’accessibilité s’applique au présent site d’actualités.</p>

          <h2>État de conformité</h2>
          <p>
            Le site est <strong>{status}</strong> avec le référentiel général d’amélioration de l’accessibilité (RGAA),
            version 4.1.2{settings.accessibilityStatus === "FULL" ? "." : ", en raison des non-conformités et des dérogations énumérées ci-dessous."}
          </p>

          <h2>Résultats des tests</h2>
          <p>
            Une vérification automatisée (axe-core, critères WCAG 2.1 niveaux A et AA) est exécutée à chaque modification du
            site sur les pages d’accueil, des actualités, d’un article, de contact et d’erreur, sans aucune anomalie détectée.
            Le statut de conformité ci-dessus est celui que l’établissement déclare dans les réglages du site, au vu des
            audits réalisés.
          </p>

          <h2>Contenus non accessibles</h2>
          <h3>Non-conformités</h3>
          <ul>
            <li>Certaines images d’articles anciens peuvent avoir une alternative textuelle incomplète.</li>
          </ul>
          <h3>Dérogations pour charge disproportionnée</h3>
          <p>Aucune.</p>
          <h3>Contenus non soumis à l’obligation d’accessibilité</h3>
          <p>Les documents bureautiques publiés avant le 23 septembre 2018.</p>

          <h2>Établissement de cette déclaration d’accessibilité</h2>
          <p>Cette déclaration a été établie le 26 novembre 2026.</p>
          <h3>Technologies utilisées pour la réalisation du site</h3>
          <ul>
            <li>HTML5</li>
            <li>CSS (Système de design de l’État)</li>
            <li>JavaScript (amélioration progressive : le site reste utilisable sans)</li>
          </ul>
          <h3>Environnement de test</h3>
          <p>Chromium sous Linux, navigation au clavier, analyse automatisée axe-core.</p>

          <h2>Retour d’information et contact</h2>
          <p>
            Si vous n’arrivez pas à accéder à un contenu ou à un service, vous pouvez nous contacter pour être orienté vers une
            alternative accessible ou obtenir le contenu sous une autre forme : voir la page{" "}
            <Link href={paths.contact()}>Nous contacter</Link>.
          </p>

          <h2>Voies de recours</h2>
          <p>
            Si vous constatez un défaut d’accessibilité vous empêchant d’accéder à un contenu ou une fonctionnalité du site,
            que vous nous le signalez et que vous ne parvenez pas à obtenir une réponse de notre part, vous êtes en droit de
            faire parvenir vos doléances ou une demande de saisine au Défenseur des droits :
          </p>
          <ul>
            <li>
              écrire un message au Défenseur des droits (<a href="https://formulaire.defenseurdesdroits.fr/">formulaire en ligne</a>) ;
            </li>
            <li>contacter le délégué du Défenseur des droits dans votre région ;</li>
            <li>
              envoyer un courrier par la poste (gratuit, ne pas mettre de timbre) : Défenseur des droits, Libre réponse 71120,
              75342 Paris CEDEX 07.
            </li>
          </ul>
        </div>
      </div>
      <SharePanel path={paths.accessibility()} title="Accessibilité" excerpt={`Déclaration d’accessibilité du site — ${settings.siteName}.`} />
    </div>
  );
}
