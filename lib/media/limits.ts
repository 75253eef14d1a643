/**
 * What the media library accepts, shared by the upload pipeline (which decides) and the upload
 * form (which warns before sending). Pure data and functions: client components import it too.
 */

/**
 * 20 MB: a full-resolution photo from a recent phone or a 45-megapixel camera JPEG is 8–15 MB, so
 * nothing a member of staff takes needs more; a bigger file is a RAW, a TIFF renamed, or a mistake.
 * The whole file is held in memory while it is checked, so this also bounds each upload's memory.
 */
export const MAX_UPLOAD_BYTES = 20 * 1024 * 1024;

/**
 * 40 megapixels, read from the file's header before anything is decoded: a decoded image costs
 * 4 bytes a pixel, so this bounds the decoder at 160 MB, while a tiny compressed file claiming
 * 50,000 × 50,000 pixels (a decompression bomb) is refused without decoding a single pixel. Every
 * phone and most cameras stay below (a 48-megapixel phone mode saves 12 megapixels by default).
 */
export const MAX_INPUT_PIXELS = 40_000_000;

/**
 * The stored image's long side at most. The public pages never show an image wider than 1920 px
 * (next.config's largest device size) and crops are 1200 px wide; 2560 leaves room for high-density
 * screens and a later, larger layout, at a fraction of a camera file's weight.
 */
export const MAX_STORED_EDGE = 2560;

/** The re-encoding of photos: mozjpeg at 82 is visually lossless at these sizes, about a tenth of a camera file. */
export const JPEG_QUALITY = 82;

/** How many uploads of one person run at the same time: two keep the line busy without starving the server. */
export const PARALLEL_UPLOADS = 2;

export const ACCEPTED_MIME_TYPES = ["image/jpeg", "image/png", "image/webp", "image/avif"] as const;
export type AcceptedMimeType = (typeof ACCEPTED_MIME_TYPES)[number];

/** The file input's `accept`: a hint for the browser's dialog only; the server reads the bytes. */
export const ACCEPT_ATTRIBUTE = [...ACCEPTED_MIME_TYPES, ".jpg", ".jpeg", ".png", ".webp", ".avif"].join(",");

/** The multipart body's own overhead above the file: boundaries, the text fields, their headers. */
export const UPLOAD_BODY_OVERHEAD_BYTES = 64 * 1024;

/** "20 Mo", "1,5 Mo", "850 ko": sizes as a French reader writes them. */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} octet${bytes > 1 ? "s" : ""}`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} ko`;
  const megabytes = bytes / (1024 * 1024);
  return `${new Intl.NumberFormat("fr-FR", { maximumFractionDigits: megabytes < 10 ? 1 : 0 }).format(megabytes)} Mo`;
}

const integer = (value: number) => new Intl.NumberFormat("fr-FR").format(value);

/** "40 mégapixels", "12,2 mégapixels". */
export function formatMegapixels(pixels: number): string {
  return `${new Intl.NumberFormat("fr-FR", { maximumFractionDigits: 1 }).format(pixels / 1_000_000)} mégapixels`;
}

export const UPLOAD_MESSAGES = {
  empty: "Le fichier est vide (0 octet) : choisissez à nouveau l’image sur votre appareil.",
  tooHeavy: (bytes: number) =>
    `Le fichier pèse ${formatBytes(bytes)} : ${formatBytes(MAX_UPLOAD_BYTES)} au plus. Réduisez la taille de l’image, ou exportez-la en JPEG, puis réessayez.`,
  bodyTooHeavy: () =>
    `L’envoi dépasse ${formatBytes(MAX_UPLOAD_BYTES)} : une image pèse ${formatBytes(MAX_UPLOAD_BYTES)} au plus. Réduisez la taille de l’image, ou exportez-la en JPEG, puis réessayez.`,
  tooManyPixels: (width: number, height: number) =>
    `L’image mesure ${integer(width)} × ${integer(height)} pixels (${formatMegapixels(width * height)}) : ${formatMegapixels(MAX_INPUT_PIXELS)} au plus. Réduisez ses dimensions, puis réessayez.`,
  unknown:
    "Ce fichier n’est pas une image reconnue. Formats acceptés : JPEG, PNG, WebP et AVIF (le format est lu dans le contenu du fichier, pas dans son nom).",
  svg: "Les images SVG ne sont pas acceptées : elles peuvent contenir du code. Exportez l’image en PNG, puis réessayez.",
  gif: "Les images GIF ne sont pas acceptées. Enregistrez l’image en PNG (ou en JPEG pour une photo), puis réessayez.",
  heic: "Les photos HEIC (format des iPhone) ne sont pas acceptées. Exportez-la en JPEG — ou réglez l’appareil sur « Le plus compatible » —, puis réessayez.",
  pdf: "Un PDF n’est pas une image. Exportez la page voulue en PNG ou en JPEG, puis réessayez.",
  other: (format: string) => `Ce fichier est au format ${format}, qui n’est pas accepté. Formats acceptés : JPEG, PNG, WebP et AVIF.`,
  damaged: "L’image est endommagée ou incomplète : elle n’a pas pu être lue. Exportez-la à nouveau, puis réessayez.",
  noFile: "Aucun fichier reçu : choisissez une image.",
  oneFile: "Une seule image par envoi : chaque image a son propre texte alternatif.",
} as const;

/** What the browser can tell before sending: the size (the format is the server's to read). */
export function clientSideProblem(file: { size: number }): string | null {
  if (file.size === 0) return UPLOAD_MESSAGES.empty;
  if (file.size > MAX_UPLOAD_BYTES) return UPLOAD_MESSAGES.tooHeavy(file.size);
  return null;
}
