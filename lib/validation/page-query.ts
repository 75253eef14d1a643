import { notFound } from "next/navigation";
import { z } from "zod";
import { listingQuerySchema } from "./listing-query";

/** Category and tag pages take only a page number. */
export const pageQuerySchema = listingQuerySchema.pick({ page: true });

export const slugParamSchema = z
  .string()
  .max(100)
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);

export type ScopedListingProps = {
  params: Promise<{ slug: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

/**
 * The scope of a category or tag page and its page number, or a 404: a malformed slug or page,
 * or a scope `find` does not know (unknown, or with no public article).
 */
export async function resolveScopedListing<T>(
  { params, searchParams }: ScopedListingProps,
  find: (slug: string) => Promise<T | null>,
): Promise<{ scope: T; page: number }> {
  const slug = slugParamSchema.safeParse((await params).slug);
  const query = pageQuerySchema.safeParse(await searchParams);
  if (!slug.success || !query.success) notFound();
  const scope = await find(slug.data);
  if (!scope) notFound();
  return { scope, page: query.data.page };
}
