import type { Metadata } from "next";
import { notFound, permanentRedirect } from "next/navigation";
import { ArticleListing } from "@/components/articles/ArticleListing";
import { getArticlePage } from "@/lib/public/articles";
import { getSettings } from "@/lib/public/site";
import { getPublicCategories } from "@/lib/public/taxonomies";
import { pageMetadata } from "@/lib/seo/metadata";
import { paths } from "@/lib/urls";
import { listingQuerySchema } from "@/lib/validation/listing-query";
import { SharePanel } from "@/components/share/SharePanel";

export const dynamic = "force-dynamic";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

async function resolvePage(searchParams: Props["searchParams"]): Promise<number> {
  const parsed = listingQuerySchema.safeParse(await searchParams);
  if (!parsed.success) notFound();
  const { page, categorie } = parsed.data;
  // The former category filter now lives on the category's own page.
  if (categorie) permanentRedirect(`${paths.category(categorie)}${page > 1 ? `?page=${page}` : ""}`);
  return page;
}

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const [page, settings] = await Promise.all([resolvePage(searchParams), getSettings()]);
  return pageMetadata({
    title: page > 1 ? `Actualités (page ${page})` : "Actualités",
    description: `Toutes les actualités — ${settings.siteName}.`,
    path: page > 1 ? `${paths.news()}?page=${page}` : paths.news(),
  });
}

export default async function NewsListingPage({ searchParams }: Props) {
  const page = await resolvePage(searchParams);
  const [settings, categories] = await Promise.all([getSettings(), getPublicCategories()]);
  const listing = await getArticlePage({ page, perPage: settings.articlesPerPage });
  if (!listing) notFound();
  return (
    <ArticleListing
      title="Actualités"
      crumbs={[{ label: "Accueil", href: paths.home() }]}
      listing={listing}
      basePath={paths.news()}
      categories={categories}
      share={<SharePanel path={paths.news()} title="Actualités" excerpt={`Toutes les actualités — ${settings.siteName}.`} />}
    />
  );
}
