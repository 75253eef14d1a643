import Link from "next/link";
import type { PublicSite } from "@/lib/public/site";
import { siteIdentity } from "@/lib/site-identity";
import { SiteAddress } from "./SiteAddress";

/** The "Nous contacter" block of the school's pages: its name and its sites. */
export function ContactSites({ sites }: { sites: PublicSite[] }) {
  return (
    <aside className="kiosque-contact fr-p-3w" aria-labelledby="contact-title">
      <h2 id="contact-title" className="fr-h5">
        <Link href="/nous-contacter">Nous contacter</Link>
      </h2>
      <p className="fr-text--bold fr-mb-2w">{siteIdentity.name}</p>
      {sites.map((site) => (
        <SiteAddress key={site.id} site={site} />
      ))}
    </aside>
  );
}
