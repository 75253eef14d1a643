import { z } from "zod";
import { slugSchema } from "../slug";
import { listingQuerySchema } from "../validation/listing-query";
import { MAX_QUERY_LENGTH, MAX_YEAR, MIN_YEAR } from "./limits";

const single = (value: unknown) => (Array.isArray(value) ? value[0] : value);
// A GET form sends its "all" option as an empty value: that means no filter, not a malformed one.
const singleOrAbsent = (value: unknown) => {
  const first = single(value);
  return first === "" ? undefined : first;
};

/**
 * The free text as it may reach PostgreSQL and the page: without control, format, private-use
 * characters or lone surrogates (NUL cannot even be sent to PostgreSQL, and private-use
 * characters are the highlight markers), whitespace collapsed, and at most MAX_QUERY_LENGTH
 * characters counted in code points, so that an emoji is never cut in half.
 */
export function normalizeSearchText(raw: string): string {
  const cleaned = raw
    .replace(/[\p{Cc}\p{Cf}\p{Co}\p{Cs}\p{Zl}\p{Zp}]/gu, " ")
    .replace(/\s+/gu, " ")
    .trim();
  return Array.from(cleaned).slice(0, MAX_QUERY_LENGTH).join("").trim();
}

/**
 * The search page's query string: `q` (free text, may be empty: the page then shows the form
 * alone), `page` (the listing's own rules: a malformed or out-of-range page is a 404),
 * `categorie` (a category slug) and `annee` (a four-digit year). Unknown parameters are ignored.
 */
export const searchQuerySchema = z.object({
  q: z.preprocess(single, z.string().optional().default("").transform(normalizeSearchText)),
  page: listingQuerySchema.shape.page,
  categorie: z.preprocess(
    singleOrAbsent,
    slugSchema.optional(),
  ),
  annee: z.preprocess(
    singleOrAbsent,
    z
      .string()
      .regex(/^\d{4}$/, "Année invalide")
      .transform(Number)
      .pipe(z.number().int().min(MIN_YEAR).max(MAX_YEAR))
      .optional(),
  ),
});

export type SearchQuery = z.infer<typeof searchQuerySchema>;
