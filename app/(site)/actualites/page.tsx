import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ArticleGrid } from "@/components/articles/ArticleGrid";
import { Breadcrumb } from "@/components/articles/Breadcrumb";
import { CategoryFilter } from "@/components/articles/CategoryFilter";
import { ListingPagination } from "@/components/articles/ListingPagination";
import { getArticlePage } from "@/lib/public/articles";
import { getCategory, getPublicCategories, getSettings } from "@/lib/public/site";
import { listingQuerySchema } from "@/lib/validation/listing-query";

export const dynamic = "force-dynamic";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

async function resolveListing(searchParams: Props["searchParams"]) {
  const parsed = listingQuerySchema.safeParse(await searchParams);
  if (!parsed.success) notFound();
  const { page, categorie } = parsed.data;
  const category = categorie ? await getCategory(categorie) : null;
  if (categorie && !category) notFound();
  return { page, category };
}

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const { page, category } = await resolveListing(searchParams);
  const base = category ? `Actualités : ${category.name}` : "Actualités";
  return {
    title: page > 1 ? `${base} (page ${page})` : base,
    description: category?.description || "Toutes les actualités de l’École nationale supérieure de la police.",
  };
}

export default async function NewsListingPage({ searchParams }: Props) {
  const { page, category } = await resolveListing(searchParams);
  const [settings, categories] = await Promise.all([getSettings(), getPublicCategories()]);
  const listing = await getArticlePage({ page, perPage: settings.articlesPerPage, categorySlug: category?.slug });
  if (!listing) notFound();

  const title = category ? `Actualités : ${category.name}` : "Actualités";
  return (
    <div className="fr-container fr-my-4w">
      <Breadcrumb segments={[{ label: "Accueil", href: "/" }]} current={category ? title : "Actualités"} />
      <h1>
        {title}
        {page > 1 && <span className="fr-text--lead"> — page {page}</span>}
      </h1>
      <CategoryFilter categories={categories} current={category?.slug ?? null} />
      <p className="fr-text--sm" aria-live="polite">
        {listing.total === 0
          ? "Aucune actualité publiée."
          : `${listing.total} actualité${listing.total > 1 ? "s" : ""}, page ${listing.page} sur ${listing.pageCount}`}
      </p>
      <ArticleGrid articles={listing.items} headingLevel={2} />
      <ListingPagination
        page={listing.page}
        pageCount={listing.pageCount}
        basePath="/actualites"
        params={category ? { categorie: category.slug } : {}}
      />
    </div>
  );
}
