import { paths } from "../paths";

/**
 * Fixed crops of a stored image, for search engines and social cards: Google wants article images
 * at least 1200 px wide in 16:9, 4:3 and 1:1; Open Graph wants 1200 × 630.
 */
export const CROPS = {
  "16x9": { width: 1200, height: 675 },
  "4x3": { width: 1200, height: 900 },
  "1x1": { width: 1200, height: 1200 },
  og: { width: 1200, height: 630 },
  /** the back office's thumbnails (library grid, image chooser): a few kilobytes instead of the original */
  vignette: { width: 400, height: 300 },
} as const;

export type CropName = keyof typeof CROPS;

export function isCropName(value: string): value is CropName {
  return Object.hasOwn(CROPS, value);
}

export function cropPath(crop: CropName, storageKey: string): string {
  return paths.mediaCrop(crop, storageKey);
}
