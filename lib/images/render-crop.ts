import { mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import sharp from "sharp";
import { isValidStorageKey, readMediaFile, uploadsDir } from "../storage";
import { CROPS, type CropName } from "./crops";

/**
 * A crop is computed once, then kept beside the uploads (shared by every instance that shares the
 * storage directory). `attention` keeps the most salient region in frame.
 */
export async function renderCrop(crop: CropName, storageKey: string): Promise<Buffer | null> {
  if (!isValidStorageKey(storageKey)) return null;
  const target = path.join(uploadsDir(), ".crops", crop, `${storageKey}.jpg`);
  const cached = await readFile(target).catch(() => null);
  if (cached) return cached;

  const source = await readMediaFile(storageKey);
  if (!source) return null;
  const { width, height } = CROPS[crop];
  const output = await sharp(source.content)
    .rotate()
    .resize(width, height, { fit: "cover", position: sharp.strategy.attention })
    .jpeg({ quality: 82, mozjpeg: true })
    .toBuffer();
  await mkdir(path.dirname(target), { recursive: true });
  await writeFile(target, output);
  return output;
}
