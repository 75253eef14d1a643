"use client";

import { Footer } from "@codegouvfr/react-dsfr/Footer";
import { siteIdentity } from "@/lib/site-identity";

export function SiteFooter() {
  return (
    <Footer
      id="footer"
      accessibility="partially compliant"
      accessibilityLinkProps={{ href: "/accessibilite" }}
      termsLinkProps={{ href: "/mentions-legales" }}
      websiteMapLinkProps={{ href: "/plan-du-site" }}
      contentDescription={`${siteIdentity.name} — ${siteIdentity.tagline}. Site placé sous la responsabilité du ${siteIdentity.publisher}.`}
      bottomItems={[{ text: "Nous contacter", linkProps: { href: "/nous-contacter" } }]}
    />
  );
}
