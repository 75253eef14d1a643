import { z } from "zod";
import { listingQuerySchema } from "./listing-query";

/** Category and tag pages take only a page number. */
export const pageQuerySchema = listingQuerySchema.pick({ page: true });

export const slugParamSchema = z
  .string()
  .max(100)
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
