import type { ReactNode } from "react";
import { DsfrHead } from "@/components/dsfr/DsfrHead";
import { DsfrProvider, StartDsfrOnHydration } from "@/components/dsfr/DsfrProvider";
import { getHtmlAttributes } from "@/components/dsfr/html-attributes";
import { NO_SCRIPT_PHONE_CSS } from "@/components/search/HeaderSearchForm";

const LANG = "fr";

/** The <html> document of every page, in French, with the DSFR and its fonts served by the app. */
export function HtmlDocument({ children }: { children: ReactNode }) {
  return (
    <html {...getHtmlAttributes({ lang: LANG })}>
      {/* eslint-disable-next-line @next/next/no-head-element -- the App Router's root document, shared by the root layout and global-not-found */}
      <head>
        <StartDsfrOnHydration />
        {/* Body text and headings. Medium (buttons, navigation) is not preloaded: three fonts fetched
            first held back a phone's largest paint, the article's photo, by 0.8 s (npm run lighthouse). */}
        <DsfrHead preloadFonts={["Marianne-Regular", "Marianne-Bold"]} />
        {/* In the head: a <style> in the body is invalid HTML (it used to sit in the search form). */}
        <noscript>
          <style>{NO_SCRIPT_PHONE_CSS}</style>
        </noscript>
      </head>
      <body>
        <DsfrProvider lang={LANG}>{children}</DsfrProvider>
      </body>
    </html>
  );
}
