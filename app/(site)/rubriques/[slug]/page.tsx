import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ArticleListing } from "@/components/articles/ArticleListing";
import { FeedLinks } from "@/components/articles/FeedLinks";
import { getArticlePage } from "@/lib/public/articles";
import { getSettings } from "@/lib/public/site";
import { getPublicCategories, lookupCategory } from "@/lib/public/taxonomies";
import { pageMetadata } from "@/lib/seo/metadata";
import { paths } from "@/lib/urls";
import { resolveScopedListing, type ScopedListingProps } from "@/lib/validation/page-query";
import { SharePanel } from "@/components/share/SharePanel";

export const dynamic = "force-dynamic";

async function resolve(props: ScopedListingProps) {
  const { scope: category, page } = await resolveScopedListing(props, lookupCategory, paths.category);
  return { category, page };
}

export async function generateMetadata(props: ScopedListingProps): Promise<Metadata> {
  const { category, page } = await resolve(props);
  const path = paths.category(category.slug);
  return pageMetadata({
    title: page > 1 ? `${category.name} (page ${page})` : category.name,
    description: category.description || `Les actualités de la rubrique « ${category.name} ».`,
    path: page > 1 ? `${path}?page=${page}` : path,
    feeds: { category },
  });
}

export default async function CategoryPage(props: ScopedListingProps) {
  const { category, page } = await resolve(props);
  const [settings, categories] = await Promise.all([getSettings(), getPublicCategories()]);
  const listing = await getArticlePage({ page, perPage: settings.articlesPerPage, categorySlug: category.slug });
  if (!listing) notFound();
  return (
    <ArticleListing
      title={category.name}
      intro={category.description ? <p className="fr-text--lead">{category.description}</p> : undefined}
      crumbs={[
        { label: "Accueil", href: paths.home() },
        { label: "Actualités", href: paths.news() },
      ]}
      listing={listing}
      basePath={paths.category(category.slug)}
      categories={categories}
      currentCategory={category.slug}
      share={
        <SharePanel
          path={paths.category(category.slug)}
          title={category.name}
          excerpt={category.description || `Les actualités de la rubrique « ${category.name} ».`}
        />
      }
      aside={
        <FeedLinks
          label="S’abonner à cette rubrique"
          rss={paths.feeds.categoryRss(category.slug)}
          atom={paths.feeds.categoryAtom(category.slug)}
        />
      }
    />
  );
}
