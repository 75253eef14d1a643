"use client";

import { usePathname } from "next/navigation";
import { Header } from "@codegouvfr/react-dsfr/Header";
import { HeaderSearchForm } from "@/components/search/HeaderSearchForm";
import { mainNavigation, siteIdentity } from "@/lib/site-identity";

function isActive(pathname: string, href: string): boolean {
  return href === "/" ? pathname === "/" : pathname === href || pathname.startsWith(`${href}/`);
}

export function SiteHeader() {
  const pathname = usePathname() ?? "/";
  return (
    <Header
      brandTop={
        <>
          République
          <br />
          Française
        </>
      }
      homeLinkProps={{ href: "/", title: `Accueil - ${siteIdentity.name}` }}
      serviceTitle={siteIdentity.name}
      serviceTagline={siteIdentity.tagline}
      navigation={mainNavigation.map((item) => ({
        text: item.label,
        linkProps: { href: item.href },
        isActive: isActive(pathname, item.href),
      }))}
      // DSFR's search bar (desktop) and search modal (phone), made a plain GET form to the search
      // page so that it submits without JavaScript too.
      renderSearchInput={(input) => <HeaderSearchForm input={input} />}
    />
  );
}
