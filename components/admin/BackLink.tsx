import Link from "next/link";

/** "← Toutes les rubriques": back to a section's list, above a page's title. */
export function BackLink({ href, children }: { href: string; children: string }) {
  return (
    <p>
      <Link className="fr-link fr-icon-arrow-left-line fr-link--icon-left" href={href}>
        {children}
      </Link>
    </p>
  );
}
