import type { ReactNode } from "react";
import { DsfrHead } from "@/components/dsfr/DsfrHead";
import { DsfrProvider, StartDsfrOnHydration } from "@/components/dsfr/DsfrProvider";
import { getHtmlAttributes } from "@/components/dsfr/html-attributes";

const LANG = "fr";

/** The <html> document of every page, in French, with the DSFR and its fonts served by the app. */
export function HtmlDocument({ children }: { children: ReactNode }) {
  return (
    <html {...getHtmlAttributes({ lang: LANG })}>
      {/* eslint-disable-next-line @next/next/no-head-element -- the App Router's root document, shared by the root layout and global-not-found */}
      <head>
        <StartDsfrOnHydration />
        <DsfrHead preloadFonts={["Marianne-Regular", "Marianne-Medium", "Marianne-Bold"]} />
      </head>
      <body>
        <DsfrProvider lang={LANG}>{children}</DsfrProvider>
      </body>
    </html>
  );
}
