import type { Metadata } from "next";
import { paths } from "@/lib/urls";
import { pageMetadata } from "@/lib/seo/metadata";
import { Breadcrumb } from "@/components/articles/Breadcrumb";
import { SiteAddress } from "@/components/contact/SiteAddress";
import { getSettings, getSites } from "@/lib/public/site";
import { SharePanel } from "@/components/share/SharePanel";

// Rendered per request: the canonical URL comes from SITE_URL at run time, not at build time.
export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const settings = await getSettings();
  return pageMetadata({
    title: "Nous contacter",
    description: `Adresses et téléphones des sites — ${settings.siteName}.`,
    path: paths.contact(),
  });
}

export default async function ContactPage() {
  const [sites, settings] = await Promise.all([getSites(), getSettings()]);
  return (
    <div className="fr-container fr-my-4w">
      <Breadcrumb segments={[{ label: "Accueil", href: paths.home() }]} current="Nous contacter" />
      <h1>Nous contacter</h1>
      <p className="fr-text--lead">{settings.siteName}</p>
      <ul className="fr-grid-row fr-grid-row--gutters kiosque-plain-list">
        {sites.map((site) => (
          <li key={site.id} className="fr-col-12 fr-col-md-6">
            <div className="fr-p-3w kiosque-contact">
              <SiteAddress site={site} headingLevel={2} />
            </div>
          </li>
        ))}
      </ul>
      {settings.contactEmail && (
        <p className="fr-mt-4w">
          Par courriel : <a href={`mailto:${settings.contactEmail}`}>{settings.contactEmail}</a>
        </p>
      )}
      <SharePanel path={paths.contact()} title="Nous contacter" excerpt={`Adresses et téléphones des sites — ${settings.siteName}.`} />
    </div>
  );
}
