import { slugify } from "../slug";

/** The extension a stored file gets, from its real format (never from the uploaded name). */
export const EXTENSIONS = { "image/jpeg": "jpg", "image/png": "png", "image/webp": "webp", "image/avif": "avif" } as const;
export type StoredMimeType = keyof typeof EXTENSIONS;

/** Long enough to keep a key readable in a URL, short enough that a long file name cannot dominate it. */
const NAME_MAX_LENGTH = 60;
const RANDOM_LENGTH = 8;
const ALPHABET = "abcdefghijklmnopqrstuvwxyz0123456789";

/**
 * 8 characters of 36: about 41 bits, so that the key of an image not yet published cannot be
 * guessed from its name and date (anonymous readers are refused it anyway), and two uploads of
 * "photo.jpg" in one month never collide in practice (the database's unique key catches the rest).
 */
export function randomSuffix(length = RANDOM_LENGTH): string {
  const bytes = crypto.getRandomValues(new Uint8Array(length));
  // 252 = 7 × 36: values above it are skipped, so that each character is equally likely.
  let out = "";
  for (const byte of bytes) if (byte < 252) out += ALPHABET[byte % 36];
  return out.length === length ? out : out + randomSuffix(length - out.length);
}

/** The uploaded name without its extension, as a slug: "Photo de classe 2026 (1).JPG" → "photo-de-classe-2026-1". */
export function nameSlug(originalName: string): string {
  const base = originalName.replace(/^.*[\\/]/, "").replace(/\.[A-Za-z0-9]{1,5}$/, "");
  const slug = slugify(base);
  if (slug.length <= NAME_MAX_LENGTH) return slug || "image";
  const cut = slug.slice(0, NAME_MAX_LENGTH + 1);
  const boundary = cut.lastIndexOf("-");
  return (boundary > 0 ? cut.slice(0, boundary) : slug.slice(0, NAME_MAX_LENGTH)).replace(/-+$/, "");
}

/** Year and month in Paris, where the school's staff reads its folders. */
function parisYearMonth(now: Date): [string, string] {
  const parts = new Intl.DateTimeFormat("en-GB", { timeZone: "Europe/Paris", year: "numeric", month: "2-digit" }).formatToParts(now);
  const get = (type: string) => parts.find((part) => part.type === type)?.value ?? "";
  return [get("year"), get("month")];
}

/**
 * Where an upload is stored: `YYYY/MM/<slug of its name>-<random>.<extension of its real format>`,
 * e.g. "2026/05/remise-des-diplomes-k3j9x2ab.jpg". A key is never reused: the public files are cached
 * as immutable.
 */
export function mediaStorageKey(originalName: string, mimeType: StoredMimeType, now: Date = new Date(), random: string = randomSuffix()): string {
  const [year, month] = parisYearMonth(now);
  return `${year}/${month}/${nameSlug(originalName)}-${random}.${EXTENSIONS[mimeType]}`;
}
