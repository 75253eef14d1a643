import { z } from "zod";
import { slugFieldSchema, slugify } from "../slug";

/** The slug field of a category or tag form as typed: empty means "make it from the name". */
export const slugInputField = z.preprocess((value) => (typeof value === "string" ? value.trim() : ""), z.string());

/**
 * The object transform of a category or tag form: an empty slug is made from the name with the
 * site's one slug rule, then every slug — typed or made — is checked against that rule.
 */
export function slugFromName<T extends { name: string; slug: string }>(value: T, context: z.RefinementCtx<T>): T {
  const candidate = value.slug || slugify(value.name);
  const parsed = slugFieldSchema.safeParse(candidate);
  if (parsed.success) return { ...value, slug: parsed.data };
  context.addIssue({
    code: "custom",
    path: ["slug"],
    message: value.slug
      ? (parsed.error.issues[0]?.message ?? "Adresse (slug) invalide.")
      : "Adresse (slug) : impossible de la tirer de ce nom, qui ne contient aucune lettre ni aucun chiffre latin : saisissez-la.",
  });
  return z.NEVER;
}

/** "1 article", "3 articles", "aucun article". */
export function articlesSentence(count: number): string {
  return count === 0 ? "aucun article" : count === 1 ? "1 article" : `${count} articles`;
}

/** "dont aucun publié", "dont 1 publié", "dont 3 publiés". */
export function publishedSentence(count: number): string {
  return count === 0 ? "dont aucun publié" : count === 1 ? "dont 1 publié" : `dont ${count} publiés`;
}
