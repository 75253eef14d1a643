import { unstable_cache } from "next/cache";
import { cache } from "react";
import { prisma } from "../db";
import type { Site, SiteSettings } from "../generated/prisma/client";
import { readAfterWrites } from "../cache-guard";
import { PAGE_TTL_SECONDS, tags } from "../cache-tags";

/** What public pages show of a site of the school: the model's own fields, so they cannot drift. */
export type PublicSite = Pick<
  Site,
  "id" | "name" | "addressLines" | "postcode" | "city" | "addressLayout" | "phone" | "isHeadquarters"
>;

/**
 * The school's identity and the site's public settings: the one source of the name, short name,
 * tagline and ministry that the header, footer, titles, feeds, share cards and JSON-LD show.
 */
export type PublicSettings = Pick<
  SiteSettings,
  | "siteName"
  | "shortName"
  | "tagline"
  | "description"
  | "ministry"
  | "contactEmail"
  | "articlesPerPage"
  | "accessibilityStatus"
  | "recommendationsEnabled"
>;

/** What the site calls itself everywhere: header, footer, titles, feeds, share cards, JSON-LD. */
export type SiteIdentity = Pick<PublicSettings, "siteName" | "shortName" | "tagline" | "ministry">;

export class MissingSettingsError extends Error {
  constructor() {
    super("Les réglages du site sont absents de la base : `npm start` ou `npm run db:seed` les crée.");
    this.name = "MissingSettingsError";
  }
}

export const publicSettingsSelect = {
  siteName: true,
  shortName: true,
  tagline: true,
  description: true,
  ministry: true,
  contactEmail: true,
  articlesPerPage: true,
  accessibilityStatus: true,
  recommendationsEnabled: true,
} as const satisfies Record<keyof PublicSettings, true>;

export const publicSiteSelect = {
  id: true,
  name: true,
  addressLines: true,
  postcode: true,
  city: true,
  addressLayout: true,
  phone: true,
  isHeadquarters: true,
} as const satisfies Record<keyof PublicSite, true>;

/** The order "Nous contacter" shows the sites in, in the back office too. */
export const siteOrder = [{ position: "asc" as const }, { name: "asc" as const }];

const loadSites = unstable_cache(
  readAfterWrites(async (): Promise<PublicSite[]> => prisma.site.findMany({ orderBy: siteOrder, select: publicSiteSelect }), [tags.sites]),
  ["sites"],
  { tags: [tags.sites], revalidate: PAGE_TTL_SECONDS },
);

const loadSettings = unstable_cache(
  readAfterWrites(async (): Promise<PublicSettings> => {
    const row = await prisma.siteSettings.findUnique({ where: { id: 1 }, select: publicSettingsSelect });
    // The start script always creates the row; without it the site has no name to show.
    if (!row) throw new MissingSettingsError();
    return row;
  }, [tags.settings]),
  ["settings"],
  { tags: [tags.settings], revalidate: PAGE_TTL_SECONDS },
);

// React's cache() makes the layout, generateMetadata and the page of one request share one read.
export const getSites = cache(() => loadSites());
export const getSettings = cache(() => loadSettings());
