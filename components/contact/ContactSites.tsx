import Link from "next/link";
import type { PublicSite } from "@/lib/public/site";
import { paths } from "@/lib/paths";
import { SiteAddress } from "./SiteAddress";

/** The "Nous contacter" block of the school's pages: its name and its sites. */
export function ContactSites({ sites, schoolName }: { sites: PublicSite[]; schoolName: string }) {
  return (
    <aside className="kiosque-contact fr-p-3w" aria-labelledby="contact-title">
      <h2 id="contact-title" className="fr-h5">
        <Link href={paths.contact()}>Nous contacter</Link>
      </h2>
      <p className="fr-text--bold fr-mb-2w">{schoolName}</p>
      {sites.map((site) => (
        <SiteAddress key={site.id} site={site} />
      ))}
    </aside>
  );
}
