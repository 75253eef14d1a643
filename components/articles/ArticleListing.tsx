import type { ReactNode } from "react";
import type { ArticlePage, PublicCategory } from "@/lib/public/article-types";
import { ArticleGrid } from "./ArticleGrid";
import { Breadcrumb, type Crumb } from "./Breadcrumb";
import { CategoryFilter } from "./CategoryFilter";
import { ListingPagination } from "./ListingPagination";

/** A paginated list of articles: the news page, a category page or a tag page. */
export function ArticleListing({
  title,
  intro,
  crumbs,
  listing,
  basePath,
  categories,
  currentCategory = null,
  aside,
  share,
}: {
  title: string;
  intro?: ReactNode;
  crumbs: Crumb[];
  listing: ArticlePage;
  basePath: string;
  categories?: PublicCategory[];
  currentCategory?: string | null;
  aside?: ReactNode;
  /** "Recommander cette page", last */
  share?: ReactNode;
}) {
  return (
    <div className="fr-container fr-my-4w">
      <Breadcrumb segments={crumbs} current={title} />
      <h1>
        {title}
        {listing.page > 1 && <span className="fr-text--lead"> — page {listing.page}</span>}
      </h1>
      {intro}
      {categories && <CategoryFilter categories={categories} current={currentCategory} />}
      <p className="fr-text--sm">
        {listing.total === 0
          ? "Aucune actualité publiée."
          : `${listing.total} actualité${listing.total > 1 ? "s" : ""}, page ${listing.page} sur ${listing.pageCount}`}
      </p>
      <ArticleGrid articles={listing.items} headingLevel={2} />
      <ListingPagination page={listing.page} pageCount={listing.pageCount} basePath={basePath} />
      {aside}
      {share}
    </div>
  );
}
