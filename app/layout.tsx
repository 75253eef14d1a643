import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";
import { HtmlDocument } from "@/components/layout/HtmlDocument";
import { siteUrl } from "@/lib/env";
import { feedAlternates } from "@/lib/feeds/alternates";
import { getSettings } from "@/lib/public/site";
import { INDEXABLE } from "@/lib/seo/metadata";
import "./globals.css";

export async function generateMetadata(): Promise<Metadata> {
  const settings = await getSettings();
  return {
    metadataBase: new URL(siteUrl()),
    title: { default: settings.siteName, template: `%s | ${settings.shortName}` },
    description: settings.description || `Les actualités — ${settings.siteName} (${settings.shortName}).`,
    applicationName: settings.siteName,
    robots: INDEXABLE,
    alternates: feedAlternates(settings),
    openGraph: { type: "website", locale: "fr_FR", siteName: settings.siteName },
    twitter: { card: "summary" },
    formatDetection: { telephone: false, address: false, email: false },
  };
}

export const viewport: Viewport = { width: "device-width", initialScale: 1 };

export default function RootLayout({ children }: { children: ReactNode }) {
  return <HtmlDocument>{children}</HtmlDocument>;
}
