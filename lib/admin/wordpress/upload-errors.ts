import { MAX_EXPORT_BYTES } from "./export-files";

/** Why an export sent from the back office was refused: a code in the address, its words here. */
export const UPLOAD_ERRORS = {
  "aucun-fichier": "Choisissez le fichier d’export de WordPress (Outils > Exporter > Tout le contenu).",
  "pas-un-export": "Ce fichier n’est pas un export WordPress : choisissez le fichier .xml que WordPress a produit (Outils > Exporter).",
  "trop-lourd": `Ce fichier dépasse ${MAX_EXPORT_BYTES / 1024 / 1024} Mo : exportez les articles par périodes (Outils > Exporter > Articles, dates de début et de fin) et importez les fichiers l’un après l’autre.`,
  illisible: "L’envoi est illisible ou a été interrompu : réessayez.",
  prefixes: "Préfixes des rubriques et des mots-clés : un mot en minuscules sans accent chacun, tel qu’il figure dans les réglages des permaliens de WordPress (par exemple « rubrique »).",
  refuse: "L’envoi a été refusé : vérifiez vos droits, puis réessayez.",
  erreur: "Une erreur inattendue est survenue : rien n’a été importé. Réessayez ; si elle se reproduit, consultez le journal du serveur.",
} as const;

export type UploadErrorCode = keyof typeof UPLOAD_ERRORS;

export function uploadErrorMessage(code: unknown): string | null {
  return typeof code === "string" && Object.hasOwn(UPLOAD_ERRORS, code) ? UPLOAD_ERRORS[code as UploadErrorCode] : null;
}
