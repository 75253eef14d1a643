"use client";

import { usePathname } from "next/navigation";
import { Header } from "@codegouvfr/react-dsfr/Header";
import { HeaderSearchForm } from "@/components/search/HeaderSearchForm";
import { mainNavigation, paths } from "@/lib/paths";
import { brandTop } from "./brand";

function isActive(pathname: string, href: string): boolean {
  return href === paths.home() ? pathname === href : pathname === href || pathname.startsWith(`${href}/`);
}

type Props = { siteName: string; tagline: string; ministry: string };

export function SiteHeader({ siteName, tagline, ministry }: Props) {
  const pathname = usePathname() ?? paths.home();
  return (
    <Header
      brandTop={brandTop(ministry)}
      homeLinkProps={{ href: paths.home(), title: `Accueil - ${siteName}` }}
      serviceTitle={siteName}
      serviceTagline={tagline}
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
