import type { ReactNode } from "react";
import { getSettings } from "@/lib/public/site";
import { SiteFooter } from "./SiteFooter";
import { SiteHeader } from "./SiteHeader";
import { SiteSkipLinks } from "./SiteSkipLinks";

/**
 * Header, main landmark and footer of every public page, named after the settings, so that an
 * admin's edit reaches every page. `#top` is the "Haut de page" target.
 */
export async function SiteChrome({ children }: { children: ReactNode }) {
  const settings = await getSettings();
  const identity = { siteName: settings.siteName, tagline: settings.tagline, ministry: settings.ministry };
  return (
    <>
      <div id="top" tabIndex={-1} className="kiosque-top-anchor" />
      <SiteSkipLinks />
      <SiteHeader {...identity} />
      <main id="contenu" tabIndex={-1} className="kiosque-main">
        {children}
      </main>
      <SiteFooter {...identity} accessibilityStatus={settings.accessibilityStatus} />
    </>
  );
}
