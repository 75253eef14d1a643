import { notFound, permanentRedirect } from "next/navigation";
import { resolveLegacyUrl } from "@/lib/wordpress/legacy-urls";

// Never prerendered at build: like every public page, it reads the database (its layout does),
// which `next build` does not have; `connection()` alone left the build racing the two.
export const dynamic = "force-dynamic";

type Props = { searchParams: Promise<{ chemin?: string | string[] }> };

/**
 * What proxy.ts sends here: an address ending with a slash (WordPress's permalinks do) and the
 * root with one of WordPress's queries (`/?p=123`). One 308 to the imported article, category or
 * tag; otherwise, for a trailing slash, one 308 to the same address without it (what Next.js does
 * for every address, turned off in next.config.ts so that an old permalink costs a single
 * redirect); otherwise a 404.
 */
export default async function OldAddress({ searchParams }: Props) {
  const { chemin } = await searchParams;
  // Only an address of this site: never `//host` or `/\host`, which a browser takes for another.
  if (typeof chemin !== "string" || !chemin.startsWith("/") || chemin.startsWith("//") || chemin.includes("\\")) notFound();
  const url = new URL(chemin, "http://kiosque.invalid");
  const target = await resolveLegacyUrl(url.pathname, url.search);
  if (target) permanentRedirect(target);
  const withoutSlash = url.pathname.replace(/\/+$/, "");
  if (withoutSlash !== url.pathname && withoutSlash !== "") permanentRedirect(`${withoutSlash}${url.search}`);
  notFound();
}
