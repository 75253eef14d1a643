import "server-only";
import { createHash } from "node:crypto";
import { fileTypeFromBuffer } from "file-type";
import sharp, { type Metadata } from "sharp";
import { CommandError } from "../admin/errors";
import { ACCEPTED_MIME_TYPES, JPEG_QUALITY, MAX_INPUT_PIXELS, MAX_STORED_EDGE, MAX_UPLOAD_BYTES, UPLOAD_MESSAGES, type AcceptedMimeType } from "./limits";
import type { StoredMimeType } from "./storage-key";

/** A file refused for what it is (its format, its size); `status` is the HTTP answer of the upload endpoint. */
export class ImageRejectedError extends CommandError {
  constructor(
    message: string,
    readonly status: 400 | 413 | 415 = 415,
  ) {
    super(message, "fichier");
  }
}

/** An upload made ready to store: re-encoded, oriented, without metadata. */
export type ProcessedImage = {
  content: Buffer;
  mimeType: StoredMimeType;
  /** the format read from the uploaded bytes */
  detectedMimeType: AcceptedMimeType;
  width: number;
  height: number;
  sha256: string;
};

const isAccepted = (mime: string): mime is AcceptedMimeType => (ACCEPTED_MIME_TYPES as readonly string[]).includes(mime);

/** Whether any pixel of 8-bit RGBA data is not fully opaque (an alpha channel that is all 255 is no transparency). */
function hasTransparentPixel(rgba: Buffer): boolean {
  for (let index = 3; index < rgba.length; index += 4) if (rgba[index]! < 255) return true;
  return false;
}

/** The format of the bytes, whatever the file's name or declared type says. */
async function detectFormat(bytes: Buffer): Promise<AcceptedMimeType> {
  const type = await fileTypeFromBuffer(bytes);
  if (type && isAccepted(type.mime)) return type.mime;
  if (!type) {
    // file-type recognises binary signatures only: an SVG is text, so it looks for its root element.
    const head = bytes.subarray(0, 4096).toString("utf8").replace(/^\uFEFF/, "");
    if (/^\s*(<\?xml[^>]*>\s*)?(<!--[\s\S]*?-->\s*)*(<!DOCTYPE svg[^>]*>\s*)?<svg[\s>]/i.test(head)) throw new ImageRejectedError(UPLOAD_MESSAGES.svg);
    throw new ImageRejectedError(UPLOAD_MESSAGES.unknown);
  }
  if (type.mime === "image/gif") throw new ImageRejectedError(UPLOAD_MESSAGES.gif);
  if (type.mime === "image/heic" || type.mime === "image/heif" || type.ext === "heic") throw new ImageRejectedError(UPLOAD_MESSAGES.heic);
  if (type.mime === "application/pdf") throw new ImageRejectedError(UPLOAD_MESSAGES.pdf);
  if (type.mime === "application/xml" || type.mime === "image/svg+xml") throw new ImageRejectedError(UPLOAD_MESSAGES.svg);
  throw new ImageRejectedError(UPLOAD_MESSAGES.other(type.ext.toUpperCase()));
}

// Untrusted input: refuse anything over the pixel budget before decoding, and stop at the first
// decoding error rather than store a half image.
const INPUT_OPTIONS = { limitInputPixels: MAX_INPUT_PIXELS, failOn: "error" } as const;

/** An opaque PNG stays PNG while it weighs at most this many times its JPEG (lossless is worth that much). */
const PNG_KEPT_UP_TO = 1.5;

/**
 * Checks an uploaded file and makes the one the library stores:
 * 1. bytes: none, or more than MAX_UPLOAD_BYTES, are refused;
 * 2. format from the content (file-type): JPEG, PNG, WebP and AVIF only;
 * 3. dimensions from the header (sharp's metadata decodes no pixel): over MAX_INPUT_PIXELS refused,
 *    so a small file announcing a gigantic image costs nothing;
 * 4. re-encoded: orientation applied (`rotate()` first), at most MAX_STORED_EDGE on the long side,
 *    converted to sRGB, every metadata dropped (EXIF with GPS, XMP, IPTC, ICC profiles, comments);
 *    a photo as JPEG (mozjpeg); an image with real transparency as PNG (from a PNG) or WebP; an
 *    opaque PNG stays PNG when that costs little more than JPEG (a screenshot, a chart);
 * 5. the SHA-256 of the stored bytes, by which the same picture uploaded again is recognised.
 */
export async function processUpload(bytes: Buffer): Promise<ProcessedImage> {
  if (bytes.length === 0) throw new ImageRejectedError(UPLOAD_MESSAGES.empty, 400);
  if (bytes.length > MAX_UPLOAD_BYTES) throw new ImageRejectedError(UPLOAD_MESSAGES.tooHeavy(bytes.length), 413);
  const detectedMimeType = await detectFormat(bytes);

  let metadata: Metadata;
  try {
    metadata = await sharp(bytes, { limitInputPixels: false }).metadata();
  } catch {
    throw new ImageRejectedError(UPLOAD_MESSAGES.damaged, 400);
  }
  const { width = 0, height = 0 } = metadata;
  if (width <= 0 || height <= 0) throw new ImageRejectedError(UPLOAD_MESSAGES.damaged, 400);
  if (width * height > MAX_INPUT_PIXELS) throw new ImageRejectedError(UPLOAD_MESSAGES.tooManyPixels(width, height), 413);

  try {
    // Decoded once, oriented, reduced and in sRGB; every candidate encoding starts from these pixels.
    const { data: pixels, info } = await sharp(bytes, INPUT_OPTIONS)
      .rotate()
      .resize({ width: MAX_STORED_EDGE, height: MAX_STORED_EDGE, fit: "inside", withoutEnlargement: true })
      .toColourspace("srgb")
      .raw({ depth: "uchar" })
      .toBuffer({ resolveWithObject: true });
    const channels = info.channels as 3 | 4;
    const transparent = channels === 4 && hasTransparentPixel(pixels);
    const encode = async (mimeType: StoredMimeType) => {
      const pipeline = sharp(pixels, { raw: { width: info.width, height: info.height, channels } });
      if (mimeType === "image/jpeg") pipeline.flatten({ background: "#ffffff" }).jpeg({ quality: JPEG_QUALITY, mozjpeg: true });
      else if (mimeType === "image/png") pipeline.png({ compressionLevel: 9, adaptiveFiltering: true });
      else pipeline.webp({ quality: 90, alphaQuality: 100, effort: 4 });
      return { content: await pipeline.toBuffer(), mimeType, width: info.width, height: info.height };
    };
    let stored: Awaited<ReturnType<typeof encode>>;
    if (transparent) stored = await encode(detectedMimeType === "image/png" ? "image/png" : "image/webp");
    else if (detectedMimeType !== "image/png") stored = await encode("image/jpeg");
    else {
      // An opaque PNG is a screenshot, a chart or a logo more often than a photo: it stays PNG
      // (sharp text, flat colours) unless it is a photo, whose PNG weighs far more than its JPEG.
      const jpeg = await encode("image/jpeg");
      const png = await encode("image/png");
      stored = png.content.length <= jpeg.content.length * PNG_KEPT_UP_TO ? png : jpeg;
    }
    return { ...stored, detectedMimeType, sha256: createHash("sha256").update(stored.content).digest("hex") };
  } catch (error) {
    if (error instanceof Error && /pixel limit/i.test(error.message)) throw new ImageRejectedError(UPLOAD_MESSAGES.tooManyPixels(width, height), 413);
    throw new ImageRejectedError(UPLOAD_MESSAGES.damaged, 400);
  }
}
