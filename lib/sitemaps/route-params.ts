import { z } from "zod";

/** "<n>.xml" with n a positive integer without leading zeros (one URL per file), parsed to n. */
export const sitemapFileParam = z
  .string()
  .regex(/^[1-9]\d{0,5}\.xml$/)
  .transform((file) => Number.parseInt(file, 10));
