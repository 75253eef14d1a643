import type { PublicSite } from "@/lib/public/site";

function telHref(phone: string): string {
  const digits = phone.replace(/[^\d+]/g, "");
  return `tel:${digits.startsWith("0") ? `+33${digits.slice(1)}` : digits}`;
}

/** One site of the school, as on its letterhead: address lines, then "postcode CITY", then phone. */
export function SiteAddress({ site, headingLevel = 3 }: { site: PublicSite; headingLevel?: 2 | 3 }) {
  const Heading = headingLevel === 2 ? "h2" : "h3";
  const cityLine = `${site.postcode} ${site.city}`;
  return (
    <div className="kiosque-site">
      <Heading className="fr-h6 fr-mb-1w">{site.name}</Heading>
      <address className="kiosque-site__address">
        {site.addressLayout === "INLINE" ? (
          <span className="kiosque-site__line">{[...site.addressLines, cityLine].join(" - ")}</span>
        ) : (
          [...site.addressLines, cityLine].map((line) => (
            <span key={line} className="kiosque-site__line">
              {line}
            </span>
          ))
        )}
        <span className="kiosque-site__line">
          Tél. : <a href={telHref(site.phone)}>{site.phone}</a>
        </span>
      </address>
    </div>
  );
}
