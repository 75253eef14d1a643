/**
 * The geometry of crops around a focal point, shared by the server (lib/images/render-crop.ts cuts
 * the JPEG crops) and the medium's page (which previews the same crops with CSS). Pure.
 */

/** A point of the image as fractions of its width and height: (0.5, 0.5) is the centre. */
export type FocalPoint = { x: number; y: number };

export const CENTRE: FocalPoint = { x: 0.5, y: 0.5 };

const clamp = (value: number, min: number, max: number) => Math.min(max, Math.max(min, value));

/**
 * The window of a `target` crop in the image scaled to cover it, placed so that the focal point is
 * as near the window's centre as the image's edges allow.
 */
export function cropWindow(source: { width: number; height: number }, target: { width: number; height: number }, focal: FocalPoint) {
  const scale = Math.max(target.width / source.width, target.height / source.height);
  // Never below the target: rounding must not leave a window wider than the scaled image.
  const scaledWidth = Math.max(target.width, Math.round(source.width * scale));
  const scaledHeight = Math.max(target.height, Math.round(source.height * scale));
  const left = clamp(Math.round(clamp(focal.x, 0, 1) * scaledWidth - target.width / 2), 0, scaledWidth - target.width);
  const top = clamp(Math.round(clamp(focal.y, 0, 1) * scaledHeight - target.height / 2), 0, scaledHeight - target.height);
  return { scaledWidth, scaledHeight, left, top, width: target.width, height: target.height };
}

/**
 * The CSS `object-position` (in %) that shows, in a box of `aspect` (width / height) with
 * `object-fit: cover`, the same region as cropWindow: CSS percentages align the image's point with
 * the box's point, so the focal point's fraction must be translated.
 */
export function objectPosition(source: { width: number; height: number }, aspect: number, focal: FocalPoint): { x: number; y: number } {
  const ratio = source.width / source.height;
  const position = (fraction: number, overflow: number) => (overflow <= 1 ? 50 : clamp((fraction * overflow - 0.5) / (overflow - 1), 0, 1) * 100);
  return ratio > aspect ? { x: position(focal.x, ratio / aspect), y: 50 } : { x: 50, y: position(focal.y, aspect / ratio) };
}
