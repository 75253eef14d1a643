import { notFound, permanentRedirect } from "next/navigation";
import { resolveLegacyUrl } from "@/lib/wordpress/legacy-urls";

// Never prerendered at build: like every public page, it reads the database (its layout does),
// which `next build` does not have; `connection()` alone left the build racing the two.
export const dynamic = "force-dynamic";

type Props = { params: Promise<{ chemin: string[] }> };

/**
 * Every address no other route takes: an old site's address imported from WordPress answers one
 * permanent redirect to what it became (lib/wordpress/legacy-urls.ts); anything else is a 404.
 * Addresses ending with a slash, and `/?p=123`, come through app/(site)/ancienne-adresse.
 */
export default async function OldAddressOrNotFound({ params }: Props) {
  const { chemin } = await params;
  const target = await resolveLegacyUrl(`/${chemin.join("/")}`);
  if (target) permanentRedirect(target);
  notFound();
}
