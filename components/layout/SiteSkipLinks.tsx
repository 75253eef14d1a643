"use client";

import { SkipLinks } from "@codegouvfr/react-dsfr/SkipLinks";

export function SiteSkipLinks() {
  return (
    <SkipLinks
      links={[
        { anchor: "#contenu", label: "Contenu" },
        { anchor: "#footer", label: "Pied de page" },
      ]}
    />
  );
}
