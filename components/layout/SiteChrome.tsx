import type { ReactNode } from "react";
import { SiteFooter } from "./SiteFooter";
import { SiteHeader } from "./SiteHeader";
import { SiteSkipLinks } from "./SiteSkipLinks";

/** Header, main landmark and footer of every public page. `#top` is the "Haut de page" target. */
export function SiteChrome({ children }: { children: ReactNode }) {
  return (
    <>
      <div id="top" tabIndex={-1} className="kiosque-top-anchor" />
      <SiteSkipLinks />
      <SiteHeader />
      <main id="contenu" tabIndex={-1} className="kiosque-main">
        {children}
      </main>
      <SiteFooter />
    </>
  );
}
