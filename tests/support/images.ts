/**
 * Real images for the media tests, made with sharp in the test itself: what a phone, a camera or an
 * export tool would produce, and what a hostile upload would look like.
 */
import { deflateSync } from "node:zlib";
import sharp from "sharp";

const RED = { r: 255, g: 0, b: 0 };
const BLUE = { r: 0, g: 0, b: 255 };

/**
 * A phone photo as it comes off the sensor: 300 × 200 pixels stored sideways (left half red, right
 * half blue) with EXIF orientation 6 (display it turned 90° clockwise, so red on top), a camera
 * make and a GPS position.
 */
export async function phoneJpeg(): Promise<Buffer> {
  const left = await sharp({ create: { width: 150, height: 200, channels: 3, background: RED } }).png().toBuffer();
  return sharp({ create: { width: 300, height: 200, channels: 3, background: BLUE } })
    .composite([{ input: left, left: 0, top: 0 }])
    .withExif({
      IFD0: { Make: "KiosquePhone", Model: "Test 1" },
      IFD3: { GPSLatitudeRef: "N", GPSLatitude: "45/1 48/1 0/1", GPSLongitudeRef: "E", GPSLongitude: "4/1 46/1 0/1" },
    })
    .withMetadata({ orientation: 6 })
    .jpeg({ quality: 90 })
    .toBuffer();
}

/** A solid JPEG of any size, for crops and duplicates. */
export function solidJpeg(width: number, height: number, colour: { r: number; g: number; b: number } = { r: 40, g: 120, b: 200 }): Promise<Buffer> {
  return sharp({ create: { width, height, channels: 3, background: colour } }).jpeg().toBuffer();
}

/** A logo: a blue disc-like square on a fully transparent background. */
export async function transparentPng(width = 64, height = 64): Promise<Buffer> {
  const square = await sharp({ create: { width: width / 2, height: height / 2, channels: 4, background: { ...BLUE, alpha: 1 } } }).png().toBuffer();
  return sharp({ create: { width, height, channels: 4, background: { r: 0, g: 0, b: 0, alpha: 0 } } })
    .composite([{ input: square, left: width / 4, top: height / 4 }])
    .png()
    .toBuffer();
}

/** A screenshot-like opaque PNG: flat colours, which PNG compresses far better than JPEG would look. */
export async function flatPng(): Promise<Buffer> {
  const band = await sharp({ create: { width: 400, height: 40, channels: 3, background: { r: 0, g: 0, b: 145 } } }).png().toBuffer();
  return sharp({ create: { width: 400, height: 300, channels: 3, background: { r: 255, g: 255, b: 255 } } })
    .composite([{ input: band, left: 0, top: 0 }])
    .png()
    .toBuffer();
}

/** A photo saved as PNG: gradients and grain, which JPEG compresses far better than PNG. */
export function photoPng(width = 300, height = 200): Promise<Buffer> {
  const pixels = Buffer.alloc(width * height * 3);
  let seed = 42;
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      const grain = (seed >> 16) % 24;
      const index = (y * width + x) * 3;
      pixels[index] = Math.min(255, x * 0.8 + grain);
      pixels[index + 1] = Math.min(255, y + grain);
      pixels[index + 2] = 128 + grain;
    }
  }
  return sharp(pixels, { raw: { width, height, channels: 3 } }).png().toBuffer();
}

export function webp({ transparent }: { transparent: boolean }): Promise<Buffer> {
  const background = transparent ? { r: 0, g: 128, b: 0, alpha: 0.5 } : { r: 0, g: 128, b: 0, alpha: 1 };
  return sharp({ create: { width: 120, height: 80, channels: transparent ? 4 : 3, background } })
    .webp({ quality: 90 })
    .toBuffer();
}

export function avif(): Promise<Buffer> {
  return sharp({ create: { width: 120, height: 80, channels: 3, background: { r: 200, g: 30, b: 30 } } })
    .avif({ quality: 60 })
    .toBuffer();
}

export function gif(): Promise<Buffer> {
  return sharp({ create: { width: 20, height: 20, channels: 3, background: RED } })
    .gif()
    .toBuffer();
}

export const SVG = Buffer.from(
  `<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><script>alert(1)</script><rect width="10" height="10"/></svg>`,
);

/** The smallest PDF readers accept: its signature is what counts here. */
export const PDF = Buffer.from("%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n");

/** The start of an iPhone photo: an ISO media file whose brand is HEIC (what file-type reads). */
export const HEIC = Buffer.concat([Buffer.from([0, 0, 0, 0x18]), Buffer.from("ftypheic", "ascii"), Buffer.alloc(4), Buffer.from("mif1heic", "ascii"), Buffer.alloc(64)]);

export const TEXT = Buffer.from("Ceci n’est pas une image, seulement un texte renommé en .jpg.\n");

function crc32(bytes: Buffer): number {
  let crc = ~0;
  for (const byte of bytes) {
    crc ^= byte;
    for (let bit = 0; bit < 8; bit++) crc = (crc >>> 1) ^ (0xedb88320 & -(crc & 1));
  }
  return ~crc >>> 0;
}

/** A PNG chunk: length, type, data and CRC. */
export function pngChunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/**
 * A decompression bomb: a valid PNG header announcing `width` × `height` pixels, with a few
 * kilobytes of compressed zeros. Decoding it would take width × height bytes of memory at least.
 */
export function pngBomb(width = 50_000, height = 50_000): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.writeUInt8(8, 8); // bit depth
  header.writeUInt8(0, 9); // greyscale
  // One filter byte and `width` zero bytes per row, for the first rows only: enough for a header reader.
  const rows = deflateSync(Buffer.alloc((width + 1) * 16));
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), pngChunk("IHDR", header), pngChunk("IDAT", rows), pngChunk("IEND", Buffer.alloc(0))]);
}

/** The colour of one pixel of an image, as [r, g, b, a?]. */
export async function pixelAt(image: Buffer, x: number, y: number): Promise<number[]> {
  const { data, info } = await sharp(image).raw().toBuffer({ resolveWithObject: true });
  const offset = (y * info.width + x) * info.channels;
  return [...data.subarray(offset, offset + info.channels)];
}
