import type { Metadata } from "next";
import { pageMetadata } from "@/lib/seo/metadata";
import { paths } from "@/lib/urls";
import Link from "next/link";
import { Breadcrumb } from "@/components/articles/Breadcrumb";
import { getPublicCategories } from "@/lib/public/taxonomies";
import { SharePanel } from "@/components/share/SharePanel";

// Rendered per request: the canonical URL comes from SITE_URL at run time, not at build time.
export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return pageMetadata({
    title: "Plan du site",
    description: "Toutes les rubriques du site.",
    path: paths.siteMap(),
  });
}

export default async function SiteMapPage() {
  const categories = await getPublicCategories();
  return (
    <div className="fr-container fr-my-4w">
      <Breadcrumb segments={[{ label: "Accueil", href: paths.home() }]} current="Plan du site" />
      <h1>Plan du site</h1>
      <ul>
        <li>
          <Link href={paths.home()}>Accueil</Link>
        </li>
        <li>
          <Link href={paths.news()}>Actualités</Link>
          {categories.length > 0 && (
            <ul>
              {categories.map((category) => (
                <li key={category.slug}>
                  <Link href={paths.category(category.slug)}>{category.name}</Link>
                </li>
              ))}
            </ul>
          )}
        </li>
        <li>
          <Link href={paths.contact()}>Nous contacter</Link>
        </li>
        <li>
          <Link href={paths.accessibility()}>Accessibilité</Link>
        </li>
        <li>
          <Link href={paths.legalNotice()}>Mentions légales</Link>
        </li>
      </ul>
      <SharePanel path={paths.siteMap()} title="Plan du site" excerpt="Toutes les rubriques du site." />
    </div>
  );
}
