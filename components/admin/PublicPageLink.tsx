import Link from "next/link";

/** A category's or tag's public page: a link once it has a published article, the bare address before (it answers 404 until then). */
export function PublicPageLink({ path, published }: { path: string; published: boolean }) {
  if (published) return <Link href={path}>{path}</Link>;
  return (
    <span>
      {path} <span className="fr-text--sm">(aucun article publié : pas encore de page)</span>
    </span>
  );
}
