import { z } from "zod";
import { slugSchema } from "../slug";

const single = (value: unknown) => (Array.isArray(value) ? value[0] : value);

/**
 * The listing's query string. A malformed page ("abc", "0", "01", "2.5", "-1") fails, and the
 * route answers 404: there is no such page. Unknown parameters are ignored.
 */
export const listingQuerySchema = z.object({
  page: z.preprocess(
    single,
    z
      .string()
      .regex(/^[1-9]\d{0,4}$/, "Numéro de page invalide")
      .transform(Number)
      .optional()
      .default(1),
  ),
  categorie: z.preprocess(single, slugSchema.optional()),
});

export type ListingQuery = z.infer<typeof listingQuerySchema>;
