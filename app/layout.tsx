import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";
import { DsfrHead } from "@/components/dsfr/DsfrHead";
import { DsfrProvider, StartDsfrOnHydration } from "@/components/dsfr/DsfrProvider";
import { getHtmlAttributes } from "@/components/dsfr/html-attributes";
import { siteUrl } from "@/lib/env";
import { feedAlternates } from "@/lib/feeds/alternates";
import { INDEXABLE } from "@/lib/seo/metadata";
import { siteIdentity } from "@/lib/site-identity";
import "./globals.css";

export function generateMetadata(): Metadata {
  return {
    metadataBase: new URL(siteUrl()),
    title: { default: siteIdentity.name, template: `%s | ${siteIdentity.shortName}` },
    description: `Actualités de l’${siteIdentity.name} (${siteIdentity.shortName}).`,
    applicationName: siteIdentity.name,
    robots: INDEXABLE,
    alternates: feedAlternates(),
    openGraph: { type: "website", locale: "fr_FR", siteName: siteIdentity.name },
    twitter: { card: "summary" },
    formatDetection: { telephone: false, address: false, email: false },
  };
}

export const viewport: Viewport = { width: "device-width", initialScale: 1 };

export default function RootLayout({ children }: { children: ReactNode }) {
  const lang = "fr";
  return (
    <html {...getHtmlAttributes({ lang })}>
      <head>
        <StartDsfrOnHydration />
        <DsfrHead preloadFonts={["Marianne-Regular", "Marianne-Medium", "Marianne-Bold"]} />
      </head>
      <body>
        <DsfrProvider lang={lang}>{children}</DsfrProvider>
      </body>
    </html>
  );
}
