import type { Metadata } from "next";
import { connection } from "next/server";
import { NotFoundContent } from "@/components/errors/NotFoundContent";
import { HtmlDocument } from "@/components/layout/HtmlDocument";
import { SiteChrome } from "@/components/layout/SiteChrome";
import { getSettings } from "@/lib/public/site";
import "./globals.css";

export async function generateMetadata(): Promise<Metadata> {
  const settings = await getSettings();
  return { title: `Page non trouvée | ${settings.shortName}`, robots: { index: false } };
}

/**
 * The answer to a URL no route matches. Rendered per request (connection()), never at build time:
 * its header and footer are named after the settings in the database.
 */
export default async function GlobalNotFound() {
  await connection();
  return (
    <HtmlDocument>
      <SiteChrome>
        <NotFoundContent />
      </SiteChrome>
    </HtmlDocument>
  );
}
