/**
 * The institution's identity, fixed per deployment: it is rendered by pages that must not touch the
 * database (the 404 page, static legal pages, `next build`). Editable values live in SiteSettings.
 */
export const siteIdentity = {
  name: "École nationale supérieure de la police",
  shortName: "ENSP",
  tagline: "Former les commissaires et officiers de la police nationale",
  publisher: "Ministère de l'Intérieur",
} as const;

export const mainNavigation = [
  { href: "/", label: "Accueil" },
  { href: "/actualites", label: "Actualités" },
  { href: "/nous-contacter", label: "Nous contacter" },
] as const;
