import { z } from "zod";

/** A category or tag slug as stored: lowercase words joined by single hyphens, bounded. */
export const feedSlugParam = z
  .string()
  .max(200)
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
