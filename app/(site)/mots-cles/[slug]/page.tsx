import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ArticleListing } from "@/components/articles/ArticleListing";
import { FeedLinks } from "@/components/articles/FeedLinks";
import { getArticlePage } from "@/lib/public/articles";
import { getSettings } from "@/lib/public/site";
import { lookupTag } from "@/lib/public/taxonomies";
import { pageMetadata } from "@/lib/seo/metadata";
import { paths } from "@/lib/urls";
import { resolveScopedListing, type ScopedListingProps } from "@/lib/validation/page-query";
import { SharePanel } from "@/components/share/SharePanel";

export const dynamic = "force-dynamic";

async function resolve(props: ScopedListingProps) {
  const { scope: tag, page } = await resolveScopedListing(props, lookupTag, paths.tag);
  return { tag, page };
}

export async function generateMetadata(props: ScopedListingProps): Promise<Metadata> {
  const [{ tag, page }, settings] = await Promise.all([resolve(props), getSettings()]);
  const path = paths.tag(tag.slug);
  return pageMetadata({
    title: page > 1 ? `Mot-clé : ${tag.name} (page ${page})` : `Mot-clé : ${tag.name}`,
    description: `Les actualités sur « ${tag.name} » — ${settings.siteName}.`,
    path: page > 1 ? `${path}?page=${page}` : path,
    feeds: { tag },
  });
}

export default async function TagPage(props: ScopedListingProps) {
  const { tag, page } = await resolve(props);
  const settings = await getSettings();
  const listing = await getArticlePage({ page, perPage: settings.articlesPerPage, tagSlug: tag.slug });
  if (!listing) notFound();
  return (
    <ArticleListing
      title={`Mot-clé : ${tag.name}`}
      crumbs={[
        { label: "Accueil", href: paths.home() },
        { label: "Actualités", href: paths.news() },
      ]}
      listing={listing}
      basePath={paths.tag(tag.slug)}
      aside={<FeedLinks label="S’abonner à ce mot-clé" rss={paths.feeds.tagRss(tag.slug)} atom={paths.feeds.tagAtom(tag.slug)} />}
      share={<SharePanel path={paths.tag(tag.slug)} title={`Mot-clé : ${tag.name}`} excerpt={`Les actualités sur « ${tag.name} » — ${settings.siteName}.`} />}
    />
  );
}
