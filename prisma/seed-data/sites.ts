import type { SeedSite } from "./types";

/** The two sites, exactly as the school's "Nous contacter" block lists them. */
export const sites: SeedSite[] = [
  {
    name: "Siège et Site de Saint-Cyr-Au-Mont-d'Or",
    addressLines: ["9, rue Carnot"],
    postcode: "69450",
    city: "SAINT-CYR-AU-MONT-D'OR",
    addressLayout: "BLOCK",
    phone: "04 72 53 18 50",
    isHeadquarters: true,
    position: 0,
  },
  {
    name: "Site de Cannes-Écluse",
    addressLines: ["BP 50097"],
    postcode: "77875",
    city: "MONTEREAU Cedex",
    // rendered on one line: "BP 50097 - 77875 MONTEREAU Cedex"
    addressLayout: "INLINE",
    phone: "01 64 69 35 00",
    isHeadquarters: false,
    position: 1,
  },
];
