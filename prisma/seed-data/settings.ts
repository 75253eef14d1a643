import type { SeedSettings } from "./types";

export const settings: SeedSettings = {
  siteName: "École nationale supérieure de la police",
  shortName: "ENSP",
  ministry: "Ministère de l'Intérieur",
  tagline: "Former les cadres de la police nationale",
  description:
    "L’École nationale supérieure de la police forme les commissaires et les officiers de la police nationale, sur ses sites de Saint-Cyr-au-Mont-d’Or et de Cannes-Écluse. Retrouvez ici l’actualité de l’école : formation initiale et continue, recherche, partenariats et coopération internationale.",
  contactEmail: "contact@ensp.example",
  articlesPerPage: 12,
  accessibilityStatus: "PARTIAL",
  requireAdminTwoFactor: false,
  defaultImageCredit: "© ENSP",
  recommendationsEnabled: true,
  recommendationDailyCap: 200,
};
