import type { SeedCategory } from "./types";

export const categories = [
  {
    slug: "vie-de-l-ecole",
    name: "Vie de l'école",
    description: "Cérémonies, événements, sport et vie quotidienne sur les sites de Saint-Cyr-au-Mont-d’Or et de Cannes-Écluse.",
    position: 0,
  },
  {
    slug: "formation-initiale",
    name: "Formation initiale",
    description: "La scolarité des élèves commissaires et des élèves officiers, de la rentrée à la sortie de promotion.",
    position: 1,
  },
  {
    slug: "formation-continue",
    name: "Formation continue",
    description: "Les sessions proposées aux cadres en poste tout au long de leur carrière.",
    position: 2,
  },
  {
    slug: "partenariats",
    name: "Partenariats",
    description: "Universités, collectivités, sécurité privée : les partenaires de l’école et les projets menés ensemble.",
    position: 3,
  },
  {
    slug: "international",
    name: "International",
    description: "Coopération internationale, échanges européens et accueil de délégations étrangères.",
    position: 4,
  },
  {
    slug: "recherche",
    name: "Recherche",
    description: "Séminaires, colloques, publications et travaux du centre de recherche de l’école.",
    position: 5,
  },
  {
    slug: "concours-et-recrutement",
    name: "Concours et recrutement",
    description: "Devenir commissaire ou officier de police : concours, calendriers et préparation.",
    position: 6,
  },
] as const satisfies readonly SeedCategory[];

export type CategorySlug = (typeof categories)[number]["slug"];
