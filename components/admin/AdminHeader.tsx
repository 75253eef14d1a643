"use client";

import { Header } from "@codegouvfr/react-dsfr/Header";
import { usePathname } from "next/navigation";
import { brandTop } from "@/components/layout/brand";
import { paths } from "@/lib/paths";
import { SignOutButton } from "./SignOutButton";

type Props = {
  siteName: string;
  ministry: string;
  /** the signed-in person, when there is one */
  person: { name: string } | null;
  sections: { href: string; label: string }[];
  signOut: () => Promise<void>;
};

function isActive(pathname: string, href: string): boolean {
  return href === paths.admin.home() ? pathname === href : pathname === href || pathname.startsWith(`${href}/`);
}

/** The back office's DSFR header: its sections, the person's account, the public site, sign-out. */
export function AdminHeader({ siteName, ministry, person, sections, signOut }: Props) {
  const pathname = usePathname() ?? paths.admin.home();
  return (
    <Header
      brandTop={brandTop(ministry)}
      homeLinkProps={{ href: paths.admin.home(), title: `Administration - ${siteName}` }}
      serviceTitle={siteName}
      serviceTagline="Administration du site"
      quickAccessItems={
        person
          ? [
              { iconId: "fr-icon-account-circle-line", text: person.name, linkProps: { href: paths.admin.account() } },
              { iconId: "fr-icon-external-link-line", text: "Voir le site", linkProps: { href: paths.home() } },
              <SignOutButton key="sign-out" action={signOut} />,
            ]
          : [{ iconId: "fr-icon-external-link-line", text: "Voir le site", linkProps: { href: paths.home() } }]
      }
      navigation={
        sections.length > 0
          ? sections.map((section) => ({ text: section.label, linkProps: { href: section.href }, isActive: isActive(pathname, section.href) }))
          : undefined
      }
    />
  );
}
