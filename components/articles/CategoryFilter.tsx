import Link from "next/link";
import type { PublicCategory } from "@/lib/public/article-types";
import { paths } from "@/lib/paths";

/** Category filter as DSFR tags: plain links to the category pages, so it works without JavaScript. */
export function CategoryFilter({ categories, current }: { categories: PublicCategory[]; current: string | null }) {
  if (categories.length === 0) return null;
  return (
    <nav aria-label="Filtrer par catégorie" className="fr-mb-3w">
      <ul className="fr-tags-group">
        <li>
          <Link className="fr-tag" href={paths.news()} aria-current={current === null ? "page" : undefined}>
            Toutes
          </Link>
        </li>
        {categories.map((category) => (
          <li key={category.slug}>
            <Link
              className="fr-tag"
              href={paths.category(category.slug)}
              aria-current={current === category.slug ? "page" : undefined}
            >
              {category.name}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
