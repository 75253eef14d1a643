import type { Metadata } from "next";
import Link from "next/link";
import { Breadcrumb } from "@/components/articles/Breadcrumb";
import { getPublicCategories } from "@/lib/public/site";

export const dynamic = "force-dynamic";

export const metadata: Metadata = { title: "Plan du site", description: "Toutes les rubriques du site." };

export default async function SiteMapPage() {
  const categories = await getPublicCategories();
  return (
    <div className="fr-container fr-my-4w">
      <Breadcrumb segments={[{ label: "Accueil", href: "/" }]} current="Plan du site" />
      <h1>Plan du site</h1>
      <ul>
        <li>
          <Link href="/">Accueil</Link>
        </li>
        <li>
          <Link href="/actualites">Actualités</Link>
          {categories.length > 0 && (
            <ul>
              {categories.map((category) => (
                <li key={category.slug}>
                  <Link href={`/actualites?categorie=${category.slug}`}>{category.name}</Link>
                </li>
              ))}
            </ul>
          )}
        </li>
        <li>
          <Link href="/nous-contacter">Nous contacter</Link>
        </li>
        <li>
          <Link href="/accessibilite">Accessibilité</Link>
        </li>
        <li>
          <Link href="/mentions-legales">Mentions légales</Link>
        </li>
      </ul>
    </div>
  );
}
