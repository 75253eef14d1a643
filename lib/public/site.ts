import { unstable_cache } from "next/cache";
import { prisma } from "../db";
import type { Site, SiteSettings } from "../generated/prisma/client";
import { PAGE_TTL_SECONDS, tags } from "../cache-tags";
import type { PublicCategory, PublicTag } from "./article-types";
import { publicTtlSeconds } from "./schedule";
import { publicArticleWhere } from "./visibility";

/** What public pages show of a site of the school: the model's own fields, so they cannot drift. */
export type PublicSite = Pick<
  Site,
  "id" | "name" | "addressLines" | "postcode" | "city" | "addressLayout" | "phone" | "isHeadquarters"
>;

export type PublicSettings = Pick<
  SiteSettings,
  "siteName" | "shortName" | "tagline" | "description" | "ministry" | "contactEmail" | "articlesPerPage"
>;

const FALLBACK_SETTINGS: PublicSettings = {
  siteName: "École nationale supérieure de la police",
  shortName: "ENSP",
  tagline: "",
  description: "",
  ministry: "Ministère de l'Intérieur",
  contactEmail: "",
  articlesPerPage: 12,
};

export const getSites = unstable_cache(
  async (): Promise<PublicSite[]> =>
    prisma.site.findMany({
      orderBy: [{ position: "asc" }, { name: "asc" }],
      select: {
        id: true,
        name: true,
        addressLines: true,
        postcode: true,
        city: true,
        addressLayout: true,
        phone: true,
        isHeadquarters: true,
      },
    }),
  ["sites"],
  { tags: [tags.sites], revalidate: PAGE_TTL_SECONDS },
);

export const getSettings = unstable_cache(
  async (): Promise<PublicSettings> => {
    const row = await prisma.siteSettings.findUnique({ where: { id: 1 } });
    if (!row) return FALLBACK_SETTINGS;
    const { siteName, shortName, tagline, description, ministry, contactEmail, articlesPerPage } = row;
    return { siteName, shortName, tagline, description, ministry, contactEmail, articlesPerPage };
  },
  ["settings"],
  { tags: [tags.settings], revalidate: PAGE_TTL_SECONDS },
);

/** Categories that have at least one public article, in their editorial order. */
export async function getPublicCategories(): Promise<PublicCategory[]> {
  const load = unstable_cache(
    async () =>
      prisma.category.findMany({
        where: { articles: { some: publicArticleWhere() } },
        orderBy: [{ position: "asc" }, { name: "asc" }],
        select: { slug: true, name: true, description: true },
      }),
    ["public-categories"],
    { tags: [tags.articles], revalidate: await publicTtlSeconds() },
  );
  return load();
}

export async function getCategory(slug: string): Promise<PublicCategory | null> {
  const categories = await getPublicCategories();
  return categories.find((category) => category.slug === slug) ?? null;
}

/** Tags that have at least one public article, by name. */
export async function getPublicTags(): Promise<PublicTag[]> {
  const load = unstable_cache(
    async () =>
      prisma.tag.findMany({
        where: { articles: { some: { article: publicArticleWhere() } } },
        orderBy: { name: "asc" },
        select: { slug: true, name: true },
      }),
    ["public-tags"],
    { tags: [tags.articles], revalidate: await publicTtlSeconds() },
  );
  return load();
}

export async function getTag(slug: string): Promise<PublicTag | null> {
  const all = await getPublicTags();
  return all.find((tag) => tag.slug === slug) ?? null;
}
