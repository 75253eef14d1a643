import type { MetadataRoute } from "next";
import { sitemapUrls } from "@/lib/sitemaps/paths";
import { paths } from "@/lib/urls";

// SITE_URL is read at request time: a build made without it must not bake localhost in.
export const dynamic = "force-dynamic";

/** Everything public may be crawled; the back office, search results and the share endpoints may not. */
export default function robots(): MetadataRoute.Robots {
  return {
    rules: [{ userAgent: "*", allow: "/", disallow: [paths.admin.home(), paths.search(), paths.shareBeacon(), "/partager/"] }],
    sitemap: sitemapUrls(),
  };
}
