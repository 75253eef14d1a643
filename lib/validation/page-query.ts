import { notFound, permanentRedirect } from "next/navigation";
import type { TaxonomyLookup } from "../public/taxonomies";
import { listingQuerySchema } from "./listing-query";

/** Category and tag pages take only a page number. */
export const pageQuerySchema = listingQuerySchema.pick({ page: true });

export type ScopedListingProps = {
  params: Promise<{ slug: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

/**
 * The scope of a category or tag page and its page number; a 308 to the current slug when the
 * slug is a former one (a renamed category, a merged tag); otherwise a 404: a malformed slug or
 * page, or a scope `lookup` does not know (unknown, or with no public article).
 */
export async function resolveScopedListing<T>(
  { params, searchParams }: ScopedListingProps,
  lookup: (slug: string) => Promise<TaxonomyLookup<T>>,
  pathOf: (slug: string) => string,
): Promise<{ scope: T; page: number }> {
  const query = pageQuerySchema.safeParse(await searchParams);
  if (!query.success) notFound();
  const result = await lookup((await params).slug);
  if (result.kind === "redirect") {
    permanentRedirect(`${pathOf(result.slug)}${query.data.page > 1 ? `?page=${query.data.page}` : ""}`);
  }
  if (result.kind === "missing") notFound();
  return { scope: result.scope, page: query.data.page };
}
