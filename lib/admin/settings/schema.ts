import { z } from "zod";
import { emailField } from "../../auth/schemas";
import { checkbox, integerBetween, optionalLine, optionalText, requiredLine } from "../fields";

export const ACCESSIBILITY_STATUSES = ["FULL", "PARTIAL", "NONE"] as const;

export const ACCESSIBILITY_LABELS: Record<(typeof ACCESSIBILITY_STATUSES)[number], string> = {
  FULL: "Totalement conforme",
  PARTIAL: "Partiellement conforme",
  NONE: "Non conforme",
};

/** The site's settings form (admins). One schema for the form and the server. */
export const settingsSchema = z.object({
  siteName: requiredLine("Nom du site", 150),
  shortName: requiredLine("Nom court", 30),
  tagline: optionalLine("Devise", 200),
  description: optionalText("Description", 500),
  ministry: optionalText("Ministère (bloc-marque)", 150).refine(
    (value) => value.split(/\r?\n/).length <= 4,
    "Ministère (bloc-marque) : quatre lignes au plus.",
  ),
  contactEmail: z.preprocess((value) => (typeof value === "string" && value.trim() === "" ? undefined : value), emailField.optional()),
  articlesPerPage: integerBetween("Articles par page", 1, 60),
  accessibilityStatus: z.enum(ACCESSIBILITY_STATUSES, { message: "Choisissez un état de conformité." }),
  requireAdminTwoFactor: checkbox,
  recommendationsEnabled: checkbox,
  recommendationDailyCap: integerBetween("Courriels de recommandation par jour", 0, 10_000),
});

export type SettingsInput = z.output<typeof settingsSchema>;
