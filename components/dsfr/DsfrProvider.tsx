"use client";

import Link from "next/link";
import type { ReactNode } from "react";
import { DsfrProviderBase, StartDsfrOnHydration } from "@codegouvfr/react-dsfr/next-app-router";
import { defaultColorScheme } from "./color-scheme";

export function DsfrProvider({ children, lang }: { children: ReactNode; lang: string }) {
  return (
    <DsfrProviderBase lang={lang} Link={Link} defaultColorScheme={defaultColorScheme}>
      {children}
    </DsfrProviderBase>
  );
}

export { StartDsfrOnHydration };
