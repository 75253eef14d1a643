"use client";

import { Footer } from "@codegouvfr/react-dsfr/Footer";
import type { AccessibilityStatus } from "@/lib/generated/prisma/enums";
import { paths } from "@/lib/paths";
import { brandTop } from "./brand";

/** The settings' status, in the words react-dsfr's footer prints ("Accessibilité : partiellement conforme"). */
const ACCESSIBILITY = {
  FULL: "fully compliant",
  PARTIAL: "partially compliant",
  NONE: "non compliant",
} as const satisfies Record<AccessibilityStatus, string>;

type Props = { siteName: string; tagline: string; ministry: string; accessibilityStatus: AccessibilityStatus };

export function SiteFooter({ siteName, tagline, ministry, accessibilityStatus }: Props) {
  return (
    <Footer
      id="footer"
      brandTop={brandTop(ministry)}
      homeLinkProps={{ href: paths.home(), title: `Accueil - ${siteName}` }}
      accessibility={ACCESSIBILITY[accessibilityStatus]}
      accessibilityLinkProps={{ href: paths.accessibility() }}
      termsLinkProps={{ href: paths.legalNotice() }}
      websiteMapLinkProps={{ href: paths.siteMap() }}
      contentDescription={[siteName, tagline].filter(Boolean).join(" — ") + (ministry ? `. ${ministry}.` : ".")}
      bottomItems={[{ text: "Nous contacter", linkProps: { href: paths.contact() } }]}
    />
  );
}
