/**
 * Upload fuzzing: hostile and broken files sent through the real upload route, one after another
 * in this one process, as a member of staff would send them. Each is refused with a French message
 * (nothing stored, nothing in the journal) or stored re-encoded — bytes that sharp decodes as a
 * plain image, without a trace of what was hidden in or after it. The route never answers 500 and
 * still takes an ordinary photo at the end. Every file is made here; nothing binary is committed.
 */
import { randomBytes } from "node:crypto";
import { gzipSync } from "node:zlib";
import { rm } from "node:fs/promises";
import sharp from "sharp";
import { beforeAll, describe, expect, it } from "vitest";
import { POST } from "@/app/admin/(espace)/medias/televersement/route";
import { prisma } from "@/lib/db";
import type { UploadResponse } from "@/lib/media/library";
import { UPLOAD_MESSAGES } from "@/lib/media/limits";
import { readMediaFile, uploadsDir } from "@/lib/storage";
import { createStaff, resetDatabase } from "../factories";
import { avif, gif, PDF, pngBomb, pngChunk, solidJpeg, SVG, webp } from "../support/images";
import { actAs, resetRequest } from "../support/request";

type Upload = { bytes: Buffer; name: string; type: string };
type Answer = { status: number; body: UploadResponse };

let sequence = 0;

async function upload(file: Upload): Promise<Answer> {
  const form = new FormData();
  form.append("fichier", new File([new Uint8Array(file.bytes)], file.name, { type: file.type }));
  form.append("alt", `Image de test ${++sequence}`);
  const response = await POST(new Request("http://localhost:3000/admin/medias/televersement", { method: "POST", body: form, headers: { origin: "http://localhost:3000" } }));
  return { status: response.status, body: (await response.json()) as UploadResponse };
}

/** Every sentence the upload pipeline refuses with (lib/media/limits.ts), the computed ones by their start. */
function isUploadMessage(message: string): boolean {
  const fixed: unknown[] = Object.values(UPLOAD_MESSAGES).filter((value) => typeof value === "string");
  return fixed.includes(message) || /^(L’image mesure .* pixels|Ce fichier est au format [A-Z0-9]+, qui n’est pas accepté|Le fichier pèse )/.test(message);
}

// What a hidden payload leaves in a file's bytes; none may survive re-encoding.
const TRACES = ["<script", "alert(", "<html", "<svg", "onload", "javascript:", "%PDF", "PK\u0003\u0004", "GIF89a", "Kiosque-payload"];

function traces(bytes: Buffer): string[] {
  const text = bytes.toString("latin1");
  return TRACES.filter((trace) => text.includes(trace));
}

const HOSTILE_HTML = Buffer.from("<html><body><script>alert('Kiosque-payload')</script><svg onload=alert(1)></svg></body></html>\n");

/** A ZIP with one stored file: what a JAR (GIFAR), a DOCX or an archive begins with. */
function zip(name = "payload.html", content = HOSTILE_HTML): Buffer {
  const header = Buffer.alloc(30);
  header.writeUInt32LE(0x04034b50, 0);
  header.writeUInt16LE(10, 4);
  header.writeUInt32LE(content.length, 18);
  header.writeUInt32LE(content.length, 22);
  header.writeUInt16LE(name.length, 26);
  return Buffer.concat([header, Buffer.from(name), content]);
}

/** A JPEG whose frame header (SOF0) announces `width` × `height`: a bomb in a few hundred bytes. */
async function jpegBomb(width: number, height: number): Promise<Buffer> {
  const jpeg = Buffer.from(await solidJpeg(16, 16));
  const sof = jpeg.indexOf(Buffer.from([0xff, 0xc0]));
  jpeg.writeUInt16BE(height, sof + 5);
  jpeg.writeUInt16BE(width, sof + 7);
  return jpeg;
}

/** A JPEG with a comment segment (COM) right after its start: where a payload hides from most viewers. */
async function jpegWithComment(comment: string): Promise<Buffer> {
  const jpeg = await solidJpeg(32, 24);
  const body = Buffer.from(comment, "latin1");
  const segment = Buffer.alloc(4);
  segment.writeUInt16BE(0xfffe, 0);
  segment.writeUInt16BE(body.length + 2, 2);
  return Buffer.concat([jpeg.subarray(0, 2), segment, body, jpeg.subarray(2)]);
}

/** A PNG with a tEXt chunk after its header, holding `text` under the keyword "Comment". */
async function pngWithText(text: string): Promise<Buffer> {
  const png = await sharp({ create: { width: 32, height: 24, channels: 3, background: { r: 10, g: 200, b: 90 } } }).png().toBuffer();
  const data = Buffer.concat([Buffer.from("Comment\0", "latin1"), Buffer.from(text, "latin1")]);
  return Buffer.concat([png.subarray(0, 33), pngChunk("tEXt", data), png.subarray(33)]);
}

const half = (bytes: Buffer) => bytes.subarray(0, Math.floor(bytes.length / 2));
const png = (width: number, height: number) => sharp({ create: { width, height, channels: 3, background: { r: 200, g: 40, b: 40 } } }).png().toBuffer();

type Expectation = "refused" | "re-encoded" | "either";
type Case = { name: string; file: () => Promise<Upload>; expect: Expectation; message?: string | RegExp };

const CASES: Case[] = [
  { name: "SVG with a script", file: async () => ({ bytes: SVG, name: "logo.svg", type: "image/svg+xml" }), expect: "refused", message: UPLOAD_MESSAGES.svg },
  { name: "SVG declared as image/jpeg, named .jpg", file: async () => ({ bytes: SVG, name: "photo.jpg", type: "image/jpeg" }), expect: "refused", message: UPLOAD_MESSAGES.svg },
  {
    name: "SVG behind a byte-order mark, a comment and a doctype",
    file: async () => ({ bytes: Buffer.from(`\uFEFF<!-- logo -->\n<!DOCTYPE svg>\n<svg onload="alert(1)" xmlns="http://www.w3.org/2000/svg"/>`), name: "logo.png", type: "image/png" }),
    expect: "refused",
    message: UPLOAD_MESSAGES.svg,
  },
  { name: "gzip-compressed SVG (.svgz)", file: async () => ({ bytes: gzipSync(SVG), name: "logo.svgz", type: "image/svg+xml" }), expect: "refused", message: /^Ce fichier est au format GZ/ },
  { name: "HTML page named .jpg", file: async () => ({ bytes: HOSTILE_HTML, name: "photo.jpg", type: "image/jpeg" }), expect: "refused", message: UPLOAD_MESSAGES.unknown },
  { name: "HTML behind a JPEG signature", file: async () => ({ bytes: Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), HOSTILE_HTML]), name: "photo.jpg", type: "image/jpeg" }), expect: "refused", message: UPLOAD_MESSAGES.damaged },
  { name: "JPEG with an HTML page appended", file: async () => ({ bytes: Buffer.concat([await solidJpeg(40, 30), HOSTILE_HTML]), name: "polyglotte.jpg", type: "image/jpeg" }), expect: "re-encoded" },
  { name: "PNG with an HTML page appended", file: async () => ({ bytes: Buffer.concat([await png(40, 30), HOSTILE_HTML]), name: "polyglotte.png", type: "image/png" }), expect: "re-encoded" },
  { name: "JPEG + ZIP (a JAR or GIFAR-like polyglot)", file: async () => ({ bytes: Buffer.concat([await solidJpeg(48, 30), zip()]), name: "jpegar.jpg", type: "image/jpeg" }), expect: "re-encoded" },
  { name: "GIF + ZIP (GIFAR)", file: async () => ({ bytes: Buffer.concat([await gif(), zip()]), name: "gifar.gif", type: "image/gif" }), expect: "refused", message: UPLOAD_MESSAGES.gif },
  { name: "JPEG with a PDF appended", file: async () => ({ bytes: Buffer.concat([await solidJpeg(50, 30), PDF]), name: "pdf.jpg", type: "image/jpeg" }), expect: "re-encoded" },
  { name: "PDF with a JPEG inside, named .jpg", file: async () => ({ bytes: Buffer.concat([PDF, await solidJpeg(10, 10)]), name: "image.jpg", type: "image/jpeg" }), expect: "refused", message: UPLOAD_MESSAGES.pdf },
  { name: "ZIP named .png", file: async () => ({ bytes: zip(), name: "archive.png", type: "image/png" }), expect: "refused", message: /^Ce fichier est au format ZIP/ },
  { name: "PNG named .html", file: async () => ({ bytes: await png(30, 20), name: "page.html", type: "text/html" }), expect: "re-encoded" },
  { name: "PNG named .svg", file: async () => ({ bytes: await png(31, 20), name: "logo.svg", type: "image/svg+xml" }), expect: "re-encoded" },
  { name: "JPEG named .exe", file: async () => ({ bytes: await solidJpeg(33, 20), name: "setup.exe", type: "application/octet-stream" }), expect: "re-encoded" },
  { name: "truncated JPEG (half)", file: async () => ({ bytes: half(await solidJpeg(400, 300)), name: "coupee.jpg", type: "image/jpeg" }), expect: "refused", message: UPLOAD_MESSAGES.damaged },
  { name: "truncated PNG (half)", file: async () => ({ bytes: half(await png(400, 300)), name: "coupee.png", type: "image/png" }), expect: "refused", message: UPLOAD_MESSAGES.damaged },
  { name: "truncated WebP (half)", file: async () => ({ bytes: half(await webp({ transparent: false })), name: "coupee.webp", type: "image/webp" }), expect: "refused", message: UPLOAD_MESSAGES.damaged },
  { name: "truncated AVIF (half)", file: async () => ({ bytes: half(await avif()), name: "coupee.avif", type: "image/avif" }), expect: "refused", message: UPLOAD_MESSAGES.damaged },
  { name: "JPEG cut after its first 20 bytes", file: async () => ({ bytes: (await solidJpeg(40, 30)).subarray(0, 20), name: "entete.jpg", type: "image/jpeg" }), expect: "refused", message: UPLOAD_MESSAGES.damaged },
  { name: "zero bytes", file: async () => ({ bytes: Buffer.alloc(0), name: "vide.jpg", type: "image/jpeg" }), expect: "refused", message: UPLOAD_MESSAGES.empty },
  { name: "4 KB of random bytes", file: async () => ({ bytes: randomBytes(4096), name: "bruit.jpg", type: "image/jpeg" }), expect: "refused" },
  { name: "1 MB of random bytes behind a PNG signature", file: async () => ({ bytes: Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), randomBytes(1024 * 1024)]), name: "bruit.png", type: "image/png" }), expect: "refused" },
  { name: "PNG bomb: 50,000 × 50,000 in a few KB", file: async () => ({ bytes: pngBomb(50_000, 50_000), name: "bombe.png", type: "image/png" }), expect: "refused", message: UPLOAD_MESSAGES.tooManyPixels(50_000, 50_000) },
  { name: "PNG bomb: 1,000,000 × 1,000", file: async () => ({ bytes: pngBomb(1_000_000, 1_000), name: "bombe-large.png", type: "image/png" }), expect: "refused", message: UPLOAD_MESSAGES.tooManyPixels(1_000_000, 1_000) },
  { name: "JPEG bomb: 65,500 × 65,500 announced in its frame header", file: async () => ({ bytes: await jpegBomb(65_500, 65_500), name: "bombe.jpg", type: "image/jpeg" }), expect: "refused", message: UPLOAD_MESSAGES.tooManyPixels(65_500, 65_500) },
  { name: "JPEG announcing 7,000 × 6,000 with 16 × 16 pixels of data", file: async () => ({ bytes: await jpegBomb(7_000, 6_000), name: "menteuse.jpg", type: "image/jpeg" }), expect: "refused" },
  { name: "huge dimensions within the budget: a 20,000 × 2 strip", file: async () => ({ bytes: await png(20_000, 2), name: "bandeau.png", type: "image/png" }), expect: "either" },
  {
    name: "EXIF with a script in its description, artist and copyright",
    file: async () => ({
      bytes: await sharp({ create: { width: 40, height: 30, channels: 3, background: { r: 1, g: 2, b: 3 } } })
        .withExif({ IFD0: { ImageDescription: "<script>alert('Kiosque-payload')</script>", Artist: "<svg onload=alert(1)>", Copyright: "javascript:alert(1)" } })
        .jpeg()
        .toBuffer(),
      name: "exif.jpg",
      type: "image/jpeg",
    }),
    expect: "re-encoded",
  },
  {
    name: "XMP with a script",
    file: async () => ({
      bytes: await sharp({ create: { width: 41, height: 30, channels: 3, background: { r: 4, g: 5, b: 6 } } })
        .withXmp(`<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"><rdf:Description><script>alert('Kiosque-payload')</script></rdf:Description></rdf:RDF></x:xmpmeta>`)
        .jpeg()
        .toBuffer(),
      name: "xmp.jpg",
      type: "image/jpeg",
    }),
    expect: "re-encoded",
  },
  { name: "JPEG comment segment with HTML", file: async () => ({ bytes: await jpegWithComment(HOSTILE_HTML.toString("latin1")), name: "commentaire.jpg", type: "image/jpeg" }), expect: "re-encoded" },
  { name: "PNG tEXt chunk with HTML", file: async () => ({ bytes: await pngWithText(HOSTILE_HTML.toString("latin1")), name: "texte.png", type: "image/png" }), expect: "re-encoded" },
];

beforeAll(async () => {
  resetRequest();
  await resetDatabase();
  await rm(uploadsDir(), { recursive: true, force: true });
  actAs(await createStaff("AUTHOR", { name: "Claire Auteur" }));
});

describe("upload fuzzing: each hostile or broken file is refused in French or stored clean", () => {
  for (const kase of CASES) {
    it(`${kase.name} : ${kase.expect === "refused" ? "refusé" : kase.expect === "re-encoded" ? "réencodé" : "refusé ou réencodé"}`, async () => {
      const file = await kase.file();
      const before = { media: await prisma.media.count(), audit: await prisma.auditLog.count() };
      const answer = await upload(file);
      expect(answer.status, JSON.stringify(answer.body)).not.toBe(500);

      if (answer.body.status === "error") {
        expect(kase.expect, `refusé : ${answer.body.message}`).not.toBe("re-encoded");
        expect([400, 413, 415]).toContain(answer.status);
        expect(isUploadMessage(answer.body.message), answer.body.message).toBe(true);
        if (kase.message) expect(answer.body.message).toMatch(kase.message instanceof RegExp ? kase.message : new RegExp(`^${kase.message.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}$`));
        expect({ media: await prisma.media.count(), audit: await prisma.auditLog.count() }).toEqual(before);
        return;
      }

      expect(kase.expect, `accepté (${answer.status})`).not.toBe("refused");
      expect(answer.status).toBe(201);
      const row = await prisma.media.findFirstOrThrow({ where: { originalName: file.name }, orderBy: { createdAt: "desc" } });
      // The stored file's name comes from its content: never .html, .svg or .exe.
      expect(row.storageKey).toMatch(/\.(jpg|png|webp)$/);
      const stored = (await readMediaFile(row.storageKey))!.content;
      const metadata = await sharp(stored).metadata();
      expect(["jpeg", "png", "webp"]).toContain(metadata.format);
      expect([metadata.width, metadata.height]).toEqual([row.width, row.height]);
      expect([metadata.exif, metadata.xmp, metadata.iptc, metadata.comments]).toEqual([undefined, undefined, undefined, undefined]);
      // It decodes whole, and what was hidden in or after the picture is gone.
      await sharp(stored, { failOn: "warning" }).raw().toBuffer();
      expect(traces(stored)).toEqual([]);
    });
  }

  it("many files at once, good and bad mixed: each gets its own answer, none a 500", async () => {
    const files: Upload[] = [];
    for (let index = 0; index < 24; index++) {
      if (index % 3 === 0) files.push({ bytes: SVG, name: `logo-${index}.svg`, type: "image/svg+xml" });
      else if (index % 3 === 1) files.push({ bytes: randomBytes(2048), name: `bruit-${index}.jpg`, type: "image/jpeg" });
      else files.push({ bytes: await solidJpeg(20 + index, 20, { r: index * 10, g: 50, b: 90 }), name: `photo-${index}.jpg`, type: "image/jpeg" });
    }
    const before = await prisma.media.count();
    const answers = await Promise.all(files.map(upload));
    expect(answers.map((answer) => answer.status).filter((status) => status >= 500)).toEqual([]);
    expect(answers.filter((answer) => answer.status === 201)).toHaveLength(8);
    expect(await prisma.media.count()).toBe(before + 8);

    // Several files in one request: one image per upload, so the whole request is refused.
    const form = new FormData();
    form.append("alt", "Deux images");
    for (const name of ["a.jpg", "b.jpg"]) form.append("fichier", new File([new Uint8Array(await solidJpeg(11, 10))], name, { type: "image/jpeg" }));
    const several = await POST(new Request("http://localhost:3000/admin/medias/televersement", { method: "POST", body: form }));
    expect([several.status, ((await several.json()) as UploadResponse).status]).toEqual([400, "error"]);
  });

  it("after all of it, the same route still takes an ordinary photo", async () => {
    const answer = await upload({ bytes: await solidJpeg(640, 480, { r: 90, g: 140, b: 30 }), name: "apres.jpg", type: "image/jpeg" });
    expect(answer.status, JSON.stringify(answer.body)).toBe(201);
  });
});
