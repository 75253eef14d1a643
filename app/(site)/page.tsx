import type { Metadata } from "next";
import Link from "next/link";
import { ArticleCard } from "@/components/articles/ArticleCard";
import { ArticleGrid } from "@/components/articles/ArticleGrid";
import { ContactSites } from "@/components/contact/ContactSites";
import { getLatestArticles } from "@/lib/public/articles";
import { getSettings, getSites } from "@/lib/public/site";
import { LOGO_PATH, organizationJsonLd, webSiteJsonLd } from "@/lib/seo/json-ld";
import { pageMetadata } from "@/lib/seo/metadata";
import { paths } from "@/lib/urls";
import { JsonLd } from "@/components/seo/JsonLd";
import { SharePanel } from "@/components/share/SharePanel";

// Rendered per request from cached data: nothing is read from the database at build time.
export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const settings = await getSettings();
  const metadata = await pageMetadata({
    title: settings.siteName,
    description: settings.description || `Les actualités — ${settings.siteName}.`,
    path: paths.home(),
    images: [{ url: LOGO_PATH, width: 600, height: 600, alt: settings.siteName }],
  });
  return { ...metadata, title: { absolute: settings.siteName } };
}

export default async function HomePage() {
  const [articles, sites, settings] = await Promise.all([getLatestArticles(7), getSites(), getSettings()]);
  const [featured, ...recent] = articles;
  return (
    <div className="fr-container fr-my-6w">
      <JsonLd data={organizationJsonLd(sites, settings)} />
      <JsonLd data={webSiteJsonLd(settings)} />
      <h1 className="fr-h2">{settings.siteName}</h1>
      {settings.tagline && <p className="fr-text--lead">{settings.tagline}</p>}
      <div className="fr-grid-row fr-grid-row--gutters">
        <div className="fr-col-12 fr-col-lg-9">
          <section aria-labelledby="a-la-une">
            <h2 id="a-la-une" className="fr-h4">
              À la une
            </h2>
            {featured ? (
              <ArticleCard article={featured} horizontal headingLevel={3} priority />
            ) : (
              <p>Aucune actualité n’est publiée pour le moment.</p>
            )}
          </section>
          {recent.length > 0 && (
            <section aria-labelledby="dernieres-actualites" className="fr-mt-6w">
              <h2 id="dernieres-actualites" className="fr-h4">
                Dernières actualités
              </h2>
              <ArticleGrid articles={recent} />
              <p className="fr-mt-4w">
                <Link className="fr-link fr-icon-arrow-right-line fr-link--icon-right" href={paths.news()}>
                  Toutes les actualités
                </Link>
              </p>
            </section>
          )}
        </div>
        <div className="fr-col-12 fr-col-lg-3">
          <ContactSites sites={sites} schoolName={settings.siteName} />
        </div>
      </div>
      <SharePanel path={paths.home()} title={settings.siteName} excerpt={settings.description || `Les actualités — ${settings.siteName}.`} />
    </div>
  );
}
