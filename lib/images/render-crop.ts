import { mkdir, readdir, readFile, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import sharp from "sharp";
import { isValidStorageKey, readMediaFile, uploadsDir } from "../storage";
import { CENTRE, cropWindow, type FocalPoint } from "../media/focal";
import { CROPS, type CropName } from "./crops";

export { CENTRE, type FocalPoint } from "../media/focal";

const clamp = (value: number, min: number, max: number) => Math.min(max, Math.max(min, value));

/** Thousandths: finer than any click, and a stable part of the cached file's name. */
const focalTag = (focal: FocalPoint) => `${Math.round(clamp(focal.x, 0, 1) * 1000)}-${Math.round(clamp(focal.y, 0, 1) * 1000)}`;

const cropsDir = () => path.join(uploadsDir(), ".crops");

/**
 * A crop is computed once per focal point, then kept beside the uploads (shared by every instance
 * that shares the storage directory): the focal point is part of the cached file's name, so a
 * moved focal point can never be answered with the old crop, whichever instance renders it.
 */
export async function renderCrop(crop: CropName, storageKey: string, focal: FocalPoint = CENTRE): Promise<Buffer | null> {
  if (!isValidStorageKey(storageKey)) return null;
  const target = path.join(cropsDir(), crop, `${storageKey}.${focalTag(focal)}.jpg`);
  const cached = await readFile(target).catch(() => null);
  if (cached) return cached;

  const source = await readMediaFile(storageKey);
  if (!source) return null;
  const metadata = await sharp(source.content).metadata();
  const oriented = metadata.autoOrient ?? { width: metadata.width, height: metadata.height };
  const window = cropWindow(oriented, CROPS[crop], focal);
  const output = await sharp(source.content)
    .rotate()
    .resize(window.scaledWidth, window.scaledHeight, { fit: "fill" })
    .extract({ left: window.left, top: window.top, width: window.width, height: window.height })
    // A JPEG has no transparency: a logo's transparent background becomes white, not black.
    .flatten({ background: "#ffffff" })
    .jpeg({ quality: 82, mozjpeg: true })
    .toBuffer();
  await mkdir(path.dirname(target), { recursive: true });
  await writeFile(target, output);
  return output;
}

/**
 * Removes every cached crop of a stored image (all crops, all focal points): after its focal point
 * moved, or the image was deleted. Only housekeeping — a crop's name already carries its focal point.
 */
export async function clearCrops(storageKey: string): Promise<void> {
  if (!isValidStorageKey(storageKey)) return;
  const base = path.posix.basename(storageKey);
  const folder = path.posix.dirname(storageKey);
  await Promise.all(
    Object.keys(CROPS).map(async (crop) => {
      const dir = path.join(cropsDir(), crop, folder);
      const names = await readdir(dir).catch(() => [] as string[]);
      await Promise.all(names.filter((name) => name.startsWith(`${base}.`)).map((name) => rm(path.join(dir, name), { force: true })));
    }),
  );
}
