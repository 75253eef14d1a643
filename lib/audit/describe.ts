import { formatDateTimeFr } from "../format/time";

/**
 * An audit entry's details in French words for the journal: "Nom du site : « A » → « B »".
 * Entries are never rewritten, so unknown fields are shown as they were recorded.
 */
const FIELD_LABELS: Record<string, string> = {
  siteName: "Nom du site",
  shortName: "Nom court",
  tagline: "Devise",
  description: "Description",
  ministry: "Ministère",
  contactEmail: "Adresse de contact",
  articlesPerPage: "Articles par page",
  accessibilityStatus: "Conformité RGAA",
  requireAdminTwoFactor: "Double authentification obligatoire (administrateurs)",
  name: "Nom",
  email: "Adresse électronique",
  role: "Rôle",
  slug: "Adresse (slug)",
  position: "Ordre",
  addressLines: "Adresse",
  postcode: "Code postal",
  city: "Ville",
  addressLayout: "Présentation de l’adresse",
  phone: "Téléphone",
  isHeadquarters: "Siège",
  articles: "Articles concernés",
  during: "Pendant",
  reason: "Motif",
  by: "Blocage",
  until: "Jusqu’à",
  purpose: "Objet",
  expiresAt: "Valable jusqu’au",
  alt: "Texte alternatif",
  decorative: "Image décorative",
  caption: "Légende",
  credit: "Crédit",
  focalX: "Point d’intérêt, horizontal (%)",
  focalY: "Point d’intérêt, vertical (%)",
  originalName: "Fichier envoyé",
  storageKey: "Fichier enregistré",
  mimeType: "Format",
  width: "Largeur (px)",
  height: "Hauteur (px)",
  sizeBytes: "Poids (octets)",
  // articles
  status: "Statut",
  workingCopy: "Dans les modifications en attente (version publique inchangée)",
  at: "Publication prévue",
  note: "Note",
  revision: "Numéro de la version reprise",
  of: "Date de la version reprise",
  count: "Nombre d’articles",
  titles: "Titres",
};

/** Fields holding a list of values, never a [before, after] pair, even with two items. */
const LIST_FIELDS = new Set(["titles"]);

const VALUE_LABELS: Record<string, string> = {
  unknown: "adresse inconnue",
  password: "mot de passe erroné",
  disabled: "compte désactivé",
  "second-factor": "code de vérification erroné",
  account: "par compte",
  password_change: "changement de mot de passe",
  recovery_codes_renewal: "renouvellement des codes de secours",
  two_factor_disable: "désactivation de la double authentification",
  address: "par adresse IP",
  ADMIN: "administrateur",
  EDITOR: "éditeur",
  AUTHOR: "auteur",
  INVITATION: "invitation",
  PASSWORD_RESET: "nouveau mot de passe",
  FULL: "totalement conforme",
  PARTIAL: "partiellement conforme",
  NONE: "non conforme",
  DRAFT: "brouillon",
  IN_REVIEW: "en relecture",
  SCHEDULED: "programmé",
  PUBLISHED: "publié",
  ARCHIVED: "archivé",
};

const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/;

function show(value: unknown): string {
  if (value === null || value === undefined || value === "") return "(vide)";
  if (typeof value === "boolean") return value ? "oui" : "non";
  if (typeof value === "string" && ISO_INSTANT.test(value)) return formatDateTimeFr(new Date(value));
  if (typeof value === "string") return VALUE_LABELS[value] ?? `« ${value.length > 80 ? `${value.slice(0, 79)}…` : value} »`;
  if (Array.isArray(value)) return value.map(show).join(", ");
  return JSON.stringify(value);
}

export function describeDetails(details: unknown): string[] {
  if (!details || typeof details !== "object" || Array.isArray(details)) return [];
  return Object.entries(details as Record<string, unknown>).map(([field, value]) => {
    const label = FIELD_LABELS[field] ?? field;
    if (Array.isArray(value) && value.length === 2 && !LIST_FIELDS.has(field)) return `${label} : ${show(value[0])} → ${show(value[1])}`;
    return `${label} : ${show(value)}`;
  });
}
