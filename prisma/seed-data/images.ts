import type { SeedImage } from "./types";

/**
 * The demo illustrations: JPEG files in prisma/seed-assets/, drawn by scripts/make-seed-images.ts.
 * They are illustrations, not photographs, and their alt texts say what they really show.
 */
export const seedImages = {
  continuum: {
    file: "continuum-securite.jpg",
    storageKey: "seed/continuum-securite.jpg",
    alt: "Illustration : un livre à couverture bleu marine intitulé « Contribution territoriale au continuum de sécurité », posé sur un autre livre, sur une table en bois, à côté d’un stylo et d’une tasse de café.",
    caption: "« Contribution territoriale au continuum de sécurité », un ouvrage collectif écrit par 23 contributeurs.",
    credit: "© ENSP",
  },
  facade: {
    file: "facade-ecole.jpg",
    storageKey: "seed/facade-ecole.jpg",
    alt: "Illustration : la façade d’un bâtiment en pierre claire à deux niveaux, avec un fronton central et un drapeau français, devant une pelouse bordée d’arbres.",
    caption: "Le siège de l’école, à Saint-Cyr-au-Mont-d’Or.",
    credit: "© ENSP",
  },
  amphitheatre: {
    file: "amphitheatre.jpg",
    storageKey: "seed/amphitheatre.jpg",
    alt: "Illustration : un amphithéâtre vu du fond de la salle, avec des rangées de sièges bleus qui descendent vers une estrade et un grand écran.",
    caption: "Les amphithéâtres de l’école accueillent enseignements, conférences et colloques.",
    credit: "© ENSP",
  },
  sport: {
    file: "terrain-de-sport.jpg",
    storageKey: "seed/terrain-de-sport.jpg",
    alt: "Illustration : une piste d’athlétisme rouge qui entoure un terrain de sport vert, sous un ciel bleu, avec une rangée d’arbres au fond.",
    caption: "Le sport tient une place importante dans la formation des futurs cadres.",
    credit: "© ENSP",
  },
  ceremony: {
    file: "ceremonie-couleurs.jpg",
    storageKey: "seed/ceremonie-couleurs.jpg",
    alt: "Illustration : des rangs d’élèves en uniforme bleu marine alignés dans une cour pavée, face à deux mâts portant le drapeau français et le drapeau européen.",
    caption: "Cérémonie dans la cour d’honneur de l’école.",
    credit: "© ENSP",
  },
  international: {
    file: "cooperation-internationale.jpg",
    storageKey: "seed/cooperation-internationale.jpg",
    alt: "Illustration : un globe terrestre stylisé sur fond bleu nuit, parcouru d’arcs lumineux qui relient des points entre eux.",
    caption: "L’école accueille chaque année des délégations et des élèves du monde entier.",
    credit: "© ENSP",
  },
  library: {
    file: "bibliotheque.jpg",
    storageKey: "seed/bibliotheque.jpg",
    alt: "Illustration : des étagères chargées de livres aux dos colorés, au-dessus d’une table de lecture où est posé un livre ouvert.",
    caption: "Le centre de documentation de l’école.",
    credit: "© ENSP",
  },
} as const satisfies Record<string, SeedImage>;

export type SeedImageName = keyof typeof seedImages;

export const seedImageNames = Object.keys(seedImages) as SeedImageName[];

export function imageSrc(name: SeedImageName): string {
  return `/medias/${seedImages[name].storageKey}`;
}
