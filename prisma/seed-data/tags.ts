import type { SeedTag } from "./types";

export const tags = [
  { slug: "commissaires", name: "commissaires" },
  { slug: "officiers", name: "officiers" },
  { slug: "securite-privee", name: "sécurité privée" },
  { slug: "continuum-de-securite", name: "continuum de sécurité" },
  { slug: "ceremonie", name: "cérémonie" },
  { slug: "portes-ouvertes", name: "portes ouvertes" },
  { slug: "cooperation-internationale", name: "coopération internationale" },
  { slug: "europe", name: "Europe" },
  { slug: "sport", name: "sport" },
  { slug: "universite", name: "université" },
  { slug: "memoire", name: "mémoire" },
  { slug: "concours", name: "concours" },
  { slug: "cybercriminalite", name: "cybercriminalité" },
  { slug: "grands-evenements", name: "grands événements" },
  { slug: "management", name: "management" },
  { slug: "violences-intrafamiliales", name: "violences intrafamiliales" },
  { slug: "gestion-de-crise", name: "gestion de crise" },
  { slug: "police-municipale", name: "police municipale" },
  { slug: "colloque", name: "colloque" },
  { slug: "publication", name: "publication" },
  { slug: "developpement-durable", name: "développement durable" },
  { slug: "solidarite", name: "solidarité" },
  { slug: "cannes-ecluse", name: "Cannes-Écluse" },
  { slug: "saint-cyr-au-mont-d-or", name: "Saint-Cyr-au-Mont-d’Or" },
] as const satisfies readonly SeedTag[];

export type TagSlug = (typeof tags)[number]["slug"];
