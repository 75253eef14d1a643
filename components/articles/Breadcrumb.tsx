import Link from "next/link";

export type Crumb = { label: string; href: string };

/**
 * The DSFR breadcrumb with the visible label "Vous êtes dans :" of the school's site. Always
 * expanded (no collapse button), so it is readable without JavaScript and on a phone.
 */
export function Breadcrumb({ segments, current }: { segments: Crumb[]; current: string }) {
  return (
    <nav className="fr-breadcrumb kiosque-breadcrumb" aria-labelledby="breadcrumb-label">
      <p id="breadcrumb-label" className="kiosque-breadcrumb__label">
        Vous êtes dans :
      </p>
      <ol className="fr-breadcrumb__list">
        {segments.map((segment) => (
          <li key={segment.href}>
            <Link className="fr-breadcrumb__link" href={segment.href}>
              {segment.label}
            </Link>
          </li>
        ))}
        <li>
          {/* DSFR marks the current page with a link without href; a span is not a broken link to crawlers. */}
          <span className="fr-breadcrumb__link" aria-current="page">
            {current}
          </span>
        </li>
      </ol>
    </nav>
  );
}
