import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Breadcrumb } from "@/components/articles/Breadcrumb";
import { ListingPagination } from "@/components/articles/ListingPagination";
import { SearchForm } from "@/components/search/SearchForm";
import { SearchResults } from "@/components/search/SearchResults";
import { getSettings } from "@/lib/public/site";
import { getCategory } from "@/lib/public/taxonomies";
import { searchQuerySchema } from "@/lib/search/query-schema";
import { searchArticles } from "@/lib/search/search-articles";
import { pageMetadata } from "@/lib/seo/metadata";
import { paths } from "@/lib/urls";

export const dynamic = "force-dynamic";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/**
 * The validated query, or a 404: a malformed page, category or year is no page of this site,
 * nor is an unknown category (as on the listing), nor a page beyond 1 without a query.
 */
async function resolveSearch(searchParams: Props["searchParams"]) {
  const parsed = searchQuerySchema.safeParse(await searchParams);
  if (!parsed.success) notFound();
  const { q, page, categorie, annee } = parsed.data;
  const category = categorie ? await getCategory(categorie) : null;
  if (categorie && !category) notFound();
  if (!q && page > 1) notFound();
  return { q, page, category, annee };
}

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const [{ q, page }, settings] = await Promise.all([resolveSearch(searchParams), getSettings()]);
  const base = q ? `Recherche : « ${q} »` : "Recherche";
  return pageMetadata({
    title: page > 1 ? `${base} (page ${page})` : base,
    description: `Rechercher dans les actualités — ${settings.siteName}.`,
    path: paths.search(),
    // Result pages are endless and thin: not indexed, but their links may be followed.
    noindex: true,
  });
}

export default async function SearchPage({ searchParams }: Props) {
  const { q, page, category, annee } = await resolveSearch(searchParams);
  const settings = await getSettings();
  const result = q
    ? await searchArticles({ q, page, perPage: settings.articlesPerPage, categorySlug: category?.slug, year: annee })
    : null;
  if (q && !result) notFound();

  const params: Record<string, string> = { q, ...(category ? { categorie: category.slug } : {}), ...(annee ? { annee: String(annee) } : {}) };
  return (
    <div className="fr-container fr-my-4w">
      <Breadcrumb segments={[{ label: "Accueil", href: paths.home() }]} current="Recherche" />
      <h1>
        Rechercher dans les actualités
        {page > 1 && <span className="fr-text--lead"> — page {page}</span>}
      </h1>
      <SearchForm q={q} category={category ?? undefined} annee={annee} facets={result?.facets ?? null} />
      {result && (
        <>
          <SearchResults
            q={q}
            result={result}
            filters={[...(category ? [category.name] : []), ...(annee ? [String(annee)] : [])]}
          />
          <ListingPagination page={result.page} pageCount={result.pageCount} basePath={paths.search()} params={params} />
        </>
      )}
    </div>
  );
}
