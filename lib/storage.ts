import "server-only";
import { mkdir, readFile, rm, stat, writeFile } from "node:fs/promises";
import path from "node:path";
import { env } from "./env";
import { paths } from "./paths";

/**
 * Uploaded media live on disk under <KIOSQUE_DATA_DIR>/uploads (or KIOSQUE_UPLOADS_DIR, a volume
 * several instances share), addressed by a storage key such as
 * "2022/continuum-securite.jpg", and are served at /medias/<key>.
 * Several instances must share this directory (a network volume) — see docs/decisions.
 */
export function uploadsDir(): string {
  const { KIOSQUE_UPLOADS_DIR: shared, KIOSQUE_DATA_DIR: data } = env();
  return shared ? path.resolve(/*turbopackIgnore: true*/ process.cwd(), shared) : path.resolve(/*turbopackIgnore: true*/ process.cwd(), data, "uploads");
}

const KEY_PATTERN = /^(?:[a-z0-9][a-z0-9._-]*\/)*[a-z0-9][a-z0-9._-]*\.(?:jpe?g|png|webp|avif|gif)$/;

export function isValidStorageKey(key: string): boolean {
  return KEY_PATTERN.test(key) && !key.split("/").some((part) => part === "." || part === "..");
}

export function mediaUrl(storageKey: string): string {
  return paths.media(storageKey);
}

function resolveKey(storageKey: string, dir = uploadsDir()): string {
  if (!isValidStorageKey(storageKey)) throw new Error(`Clé de stockage invalide : ${storageKey}`);
  return path.join(dir, storageKey);
}

export async function saveMediaFile(storageKey: string, content: Buffer, dir = uploadsDir()): Promise<void> {
  const target = resolveKey(storageKey, dir);
  await mkdir(path.dirname(target), { recursive: true });
  await writeFile(target, content);
}

/** Removes a stored file; a file already gone is not an error (a deletion retried, an orphan). */
export async function deleteMediaFile(storageKey: string, dir = uploadsDir()): Promise<void> {
  await rm(resolveKey(storageKey, dir), { force: true });
}

export async function readMediaFile(storageKey: string): Promise<{ content: Buffer; mtime: Date } | null> {
  if (!isValidStorageKey(storageKey)) return null;
  const file = resolveKey(storageKey);
  try {
    const [content, info] = await Promise.all([readFile(file), stat(file)]);
    return { content, mtime: info.mtime };
  } catch {
    return null;
  }
}

export const MIME_TYPES: Record<string, string> = {
  jpg: "image/jpeg",
  jpeg: "image/jpeg",
  png: "image/png",
  webp: "image/webp",
  avif: "image/avif",
  gif: "image/gif",
};
