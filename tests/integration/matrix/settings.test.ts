import { describe, expect } from "vitest";
import { updateSettingsAction } from "@/app/admin/(espace)/reglages/actions";
import { prisma } from "@/lib/db";
import { auditActions, matrixCase, post } from "../../support/matrix";

const validSettings = {
  siteName: "École nationale supérieure de la police — nouveau nom",
  shortName: "ENSP",
  tagline: "Former les cadres de la police nationale",
  description: "Une description.",
  ministry: "Ministère de l'Intérieur",
  contactEmail: "contact@ecole.example",
  articlesPerPage: "12",
  accessibilityStatus: "PARTIAL",
  recommendationDailyCap: "150",
};

describe("matrix: the site's settings", () => {
  matrixCase({
    name: "modifier les réglages",
    allowed: ["administrateur"],
    call: () => post(updateSettingsAction, validSettings),
    verify: async () => {
      const row = await prisma.siteSettings.findUniqueOrThrow({ where: { id: 1 } });
      expect(row.siteName).toBe(validSettings.siteName);
      // an unchecked box is absent from the form: the recommendation form is switched off
      expect(row).toMatchObject({ recommendationsEnabled: false, recommendationDailyCap: 150 });
      expect(await auditActions()).toEqual(["settings.updated"]);
    },
  });
});
