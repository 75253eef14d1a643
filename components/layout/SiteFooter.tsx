"use client";

import { Footer } from "@codegouvfr/react-dsfr/Footer";
import { siteIdentity } from "@/lib/site-identity";
import { paths } from "@/lib/paths";

export function SiteFooter() {
  return (
    <Footer
      id="footer"
      accessibility="partially compliant"
      accessibilityLinkProps={{ href: paths.accessibility() }}
      termsLinkProps={{ href: paths.legalNotice() }}
      websiteMapLinkProps={{ href: paths.siteMap() }}
      contentDescription={`${siteIdentity.name} — ${siteIdentity.tagline}. Site placé sous la responsabilité du ${siteIdentity.publisher}.`}
      bottomItems={[{ text: "Nous contacter", linkProps: { href: paths.contact() } }]}
    />
  );
}
