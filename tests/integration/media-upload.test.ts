/**
 * Uploading images, on the real database and the real storage directory: the route handler called
 * as Next.js calls it (a Request with multipart form data), real images made with sharp, and what
 * is refused, with the French message the person reads.
 */
import { createHash } from "node:crypto";
import { readdir, rm } from "node:fs/promises";
import path from "node:path";
import sharp from "sharp";
import { beforeEach, describe, expect, it } from "vitest";
import { POST } from "@/app/admin/(espace)/medias/televersement/route";
import { prisma } from "@/lib/db";
import type { UploadResponse } from "@/lib/media/library";
import { MAX_UPLOAD_BYTES, UPLOAD_MESSAGES } from "@/lib/media/limits";
import { ALT_REQUIRED } from "@/lib/media/schema";
import { processUpload, ImageRejectedError } from "@/lib/media/upload";
import { readMediaFile, uploadsDir } from "@/lib/storage";
import { createStaff, ensureSettings, resetDatabase } from "../factories";
import { createCast, VISITORS, type Visitor } from "../support/matrix";
import { actAs, resetRequest } from "../support/request";
import { avif, flatPng, gif, HEIC, photoPng, PDF, phoneJpeg, pixelAt, pngBomb, solidJpeg, SVG, TEXT, transparentPng, webp } from "../support/images";

type Upload = { bytes: Buffer; name: string; type?: string };

function uploadRequest(file: Upload | null, fields: Record<string, string> = { alt: "Les élèves sur le parvis" }, headers: Record<string, string> = {}): Request {
  const form = new FormData();
  if (file) form.append("fichier", new File([new Uint8Array(file.bytes)], file.name, { type: file.type ?? "image/jpeg" }));
  for (const [key, value] of Object.entries(fields)) form.append(key, value);
  return new Request("http://localhost:3000/admin/medias/televersement", { method: "POST", body: form, headers });
}

async function upload(file: Upload | null, fields?: Record<string, string>, headers?: Record<string, string>) {
  const response = await POST(uploadRequest(file, fields, headers));
  return { status: response.status, body: (await response.json()) as UploadResponse, cacheControl: response.headers.get("cache-control") };
}

/** Every stored file, crops aside. */
async function storedFiles(): Promise<string[]> {
  const entries = await readdir(uploadsDir(), { recursive: true, withFileTypes: true }).catch(() => []);
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(uploadsDir(), path.join(entry.parentPath, entry.name)))
    .filter((name) => !name.startsWith(".crops"))
    .sort();
}

async function stored(storageKey: string): Promise<Buffer> {
  const file = await readMediaFile(storageKey);
  if (!file) throw new Error(`missing ${storageKey}`);
  return file.content;
}

beforeEach(async () => {
  resetRequest();
  await resetDatabase();
  await rm(uploadsDir(), { recursive: true, force: true });
  actAs(await createStaff("AUTHOR", { name: "Claire Auteur" }));
});

describe("the upload pipeline", () => {
  it("stores a phone photo rotated upright, without EXIF nor GPS, as a JPEG under YYYY/MM/<name>-<random>.jpg", async () => {
    const original = await phoneJpeg();
    const before = await sharp(original).metadata();
    expect([before.orientation, before.width, before.height]).toEqual([6, 300, 200]);
    expect(before.exif?.includes(Buffer.from("KiosquePhone"))).toBe(true);

    const { status, body } = await upload({ bytes: original, name: "IMG_2026 Remise des diplômes.JPG" });
    expect(status, JSON.stringify(body)).toBe(201);
    const row = await prisma.media.findFirstOrThrow();
    expect(row).toMatchObject({ originalName: "IMG_2026 Remise des diplômes.JPG", mimeType: "image/jpeg", width: 200, height: 300, alt: "Les élèves sur le parvis", credit: "© ENSP" });
    expect(row.storageKey).toMatch(/^\d{4}\/\d{2}\/img-2026-remise-des-diplomes-[a-z0-9]{8}\.jpg$/);

    const file = await stored(row.storageKey);
    const after = await sharp(file).metadata();
    expect([after.format, after.width, after.height]).toEqual(["jpeg", 200, 300]);
    // Nothing of the camera is left: no EXIF (so no GPS and no orientation tag), no XMP, no ICC, no IPTC.
    expect([after.exif, after.xmp, after.icc, after.iptc, after.orientation]).toEqual([undefined, undefined, undefined, undefined, undefined]);
    expect(file.includes(Buffer.from("KiosquePhone"))).toBe(false);
    // Turned right: the red half (the left of the sensor) is now on top.
    const [topR, , topB] = await pixelAt(file, 100, 20);
    const [bottomR, , bottomB] = await pixelAt(file, 100, 280);
    expect(topR).toBeGreaterThan(200);
    expect(topB).toBeLessThan(60);
    expect(bottomB).toBeGreaterThan(200);
    expect(bottomR).toBeLessThan(60);
    expect(row.sha256).toBe(createHash("sha256").update(file).digest("hex"));
    expect(row.sizeBytes).toBe(file.length);
    expect(body).toMatchObject({ status: "created", message: "Image ajoutée à la médiathèque.", media: { id: row.id, src: `/medias/${row.storageKey}`, width: 200, height: 300 } });
  });

  it("keeps a PNG with transparency as a PNG, transparent", async () => {
    const { status } = await upload({ bytes: await transparentPng(), name: "logo.png", type: "image/png" });
    expect(status).toBe(201);
    const row = await prisma.media.findFirstOrThrow();
    expect(row.mimeType).toBe("image/png");
    expect(row.storageKey).toMatch(/\/logo-[a-z0-9]{8}\.png$/);
    const file = await stored(row.storageKey);
    expect((await sharp(file).metadata()).hasAlpha).toBe(true);
    expect((await pixelAt(file, 2, 2))[3]).toBe(0);
    expect((await pixelAt(file, 32, 32)).slice(2)).toEqual([255, 255]);
  });

  it("keeps a flat opaque PNG (a screenshot) as PNG, and turns a photo saved as PNG into JPEG", async () => {
    await upload({ bytes: await flatPng(), name: "capture.png", type: "image/png" }, { alt: "Capture du formulaire" });
    await upload({ bytes: await photoPng(), name: "photo.png", type: "image/png" }, { alt: "Photo du parvis" });
    const rows = await prisma.media.findMany({ orderBy: { createdAt: "asc" }, select: { originalName: true, mimeType: true } });
    expect(rows).toEqual([
      { originalName: "capture.png", mimeType: "image/png" },
      { originalName: "photo.png", mimeType: "image/jpeg" },
    ]);
  });

  it("accepts WebP (opaque → JPEG, transparent → WebP) and AVIF", async () => {
    await upload({ bytes: await webp({ transparent: false }), name: "a.webp", type: "image/webp" }, { alt: "Image A" });
    await upload({ bytes: await webp({ transparent: true }), name: "b.webp", type: "image/webp" }, { alt: "Image B" });
    await upload({ bytes: await avif(), name: "c.avif", type: "image/avif" }, { alt: "Image C" });
    const rows = await prisma.media.findMany({ orderBy: { createdAt: "asc" }, select: { originalName: true, mimeType: true, width: true, height: true } });
    expect(rows).toEqual([
      { originalName: "a.webp", mimeType: "image/jpeg", width: 120, height: 80 },
      { originalName: "b.webp", mimeType: "image/webp", width: 120, height: 80 },
      { originalName: "c.avif", mimeType: "image/jpeg", width: 120, height: 80 },
    ]);
    const transparent = await stored((await prisma.media.findFirstOrThrow({ where: { originalName: "b.webp" } })).storageKey);
    expect((await sharp(transparent).metadata()).format).toBe("webp");
    expect((await pixelAt(transparent, 10, 10))[3]).toBeLessThan(255);
  });

  it("reads the format from the bytes: a PNG renamed .jpg is detected, and stored, as a PNG", async () => {
    const { status } = await upload({ bytes: await transparentPng(), name: "photo.jpg", type: "image/jpeg" });
    expect(status).toBe(201);
    const row = await prisma.media.findFirstOrThrow();
    expect([row.originalName, row.mimeType]).toEqual(["photo.jpg", "image/png"]);
    expect(row.storageKey).toMatch(/\/photo-[a-z0-9]{8}\.png$/);
    expect((await sharp(await stored(row.storageKey)).metadata()).format).toBe("png");
  });

  it("reduces an image to 2560 px on its long side", async () => {
    await upload({ bytes: await solidJpeg(4000, 1000), name: "panorama.jpg" });
    expect(await prisma.media.findFirstOrThrow({ select: { width: true, height: true } })).toEqual({ width: 2560, height: 640 });
  });

  it.each([
    ["an SVG (it may hold code)", { bytes: SVG, name: "logo.svg", type: "image/svg+xml" }, UPLOAD_MESSAGES.svg, 415],
    ["an SVG renamed .png", { bytes: SVG, name: "logo.png", type: "image/png" }, UPLOAD_MESSAGES.svg, 415],
    ["a GIF", { bytes: null, name: "anim.gif", type: "image/gif" }, UPLOAD_MESSAGES.gif, 415],
    ["an iPhone HEIC photo", { bytes: HEIC, name: "IMG_0420.HEIC", type: "image/heic" }, UPLOAD_MESSAGES.heic, 415],
    ["a PDF", { bytes: PDF, name: "affiche.pdf", type: "application/pdf" }, UPLOAD_MESSAGES.pdf, 415],
    ["a text file renamed .jpg", { bytes: TEXT, name: "photo.jpg", type: "image/jpeg" }, UPLOAD_MESSAGES.unknown, 415],
    ["an empty file", { bytes: Buffer.alloc(0), name: "vide.jpg", type: "image/jpeg" }, UPLOAD_MESSAGES.empty, 400],
  ])("refuses %s with a French message, and stores nothing", async (_label, file, message, status) => {
    const bytes = file.bytes ?? (await gif());
    const answer = await upload({ ...file, bytes });
    expect(answer.status).toBe(status);
    expect(answer.body).toEqual({ status: "error", message, fieldErrors: { fichier: message } });
    expect(await prisma.media.count()).toBe(0);
    expect(await prisma.auditLog.count()).toBe(0);
    expect(await storedFiles()).toEqual([]);
  });

  it("refuses a decompression bomb from its header, without decoding it", async () => {
    const bomb = pngBomb(50_000, 50_000);
    expect(bomb.length).toBeLessThan(100_000);
    const started = performance.now();
    const answer = await upload({ bytes: bomb, name: "petite.png", type: "image/png" });
    expect(performance.now() - started).toBeLessThan(2_000);
    expect(answer.status).toBe(413);
    expect(answer.body.status === "error" && answer.body.message).toBe(UPLOAD_MESSAGES.tooManyPixels(50_000, 50_000));
    expect(answer.body.status === "error" && answer.body.message).toMatch(/^L’image mesure 50\u202f000 × 50\u202f000 pixels .* 40 mégapixels au plus\./);
    expect(await prisma.media.count()).toBe(0);
  });

  it("refuses too many bytes, announced or not, before reading an image's worth", async () => {
    const heavy = Buffer.concat([await solidJpeg(10, 10), Buffer.alloc(MAX_UPLOAD_BYTES + 1024 * 1024)]);
    const answer = await upload({ bytes: heavy, name: "lourde.jpg" });
    expect(answer.status).toBe(413);
    expect(answer.body).toEqual({ status: "error", message: UPLOAD_MESSAGES.bodyTooHeavy() });
    expect(UPLOAD_MESSAGES.bodyTooHeavy()).toMatch(/^L’envoi dépasse 20 Mo/);
    // A client that announces it is refused before sending the body.
    const announced = await POST(
      new Request("http://localhost:3000/admin/medias/televersement", {
        method: "POST",
        body: "x",
        headers: { "content-type": "multipart/form-data; boundary=x", "content-length": String(MAX_UPLOAD_BYTES * 2) },
      }),
    );
    expect(announced.status).toBe(413);
    // Just over the limit in the file itself: the pipeline says how heavy it is.
    await expect(processUpload(Buffer.alloc(MAX_UPLOAD_BYTES + 1, 0xff))).rejects.toThrow(new ImageRejectedError(UPLOAD_MESSAGES.tooHeavy(MAX_UPLOAD_BYTES + 1), 413));
    expect(await prisma.media.count()).toBe(0);
    expect(await storedFiles()).toEqual([]);
  });

  it("refuses a truncated image as damaged", async () => {
    const photo = await solidJpeg(400, 300);
    const answer = await upload({ bytes: photo.subarray(0, Math.floor(photo.length / 2)), name: "coupee.jpg" });
    expect(answer.status).toBe(400);
    expect(answer.body.status === "error" && answer.body.message).toBe(UPLOAD_MESSAGES.damaged);
  });
});

describe("the upload form's fields", () => {
  it("requires an alternative text unless the image is decorative", async () => {
    const missing = await upload({ bytes: await solidJpeg(50, 50), name: "a.jpg" }, { alt: "" });
    expect(missing.status).toBe(400);
    expect(missing.body).toMatchObject({ status: "error", fieldErrors: { alt: ALT_REQUIRED } });
    expect(await prisma.media.count()).toBe(0);

    const decorative = await upload({ bytes: await solidJpeg(50, 50), name: "a.jpg" }, { alt: "reste", decorative: "on" });
    expect(decorative.status).toBe(201);
    expect(await prisma.media.findFirstOrThrow({ select: { alt: true, decorative: true } })).toEqual({ alt: "", decorative: true });
  });

  it("gives the settings' default credit to an upload that sends none, and keeps an empty one sent on purpose", async () => {
    await ensureSettings({ defaultImageCredit: "© ENSP — Service communication" });
    await upload({ bytes: await solidJpeg(50, 50, { r: 1, g: 2, b: 3 }), name: "a.jpg" }, { alt: "Image A", caption: "Le parvis" });
    await upload({ bytes: await solidJpeg(50, 50, { r: 200, g: 2, b: 3 }), name: "b.jpg" }, { alt: "Image B", credit: "" });
    await upload({ bytes: await solidJpeg(50, 50, { r: 2, g: 200, b: 3 }), name: "c.jpg" }, { alt: "Image C", credit: "Photo : Jeanne Martin" });
    const rows = await prisma.media.findMany({ orderBy: { createdAt: "asc" }, select: { caption: true, credit: true } });
    expect(rows).toEqual([
      { caption: "Le parvis", credit: "© ENSP — Service communication" },
      { caption: "", credit: "" },
      { caption: "", credit: "Photo : Jeanne Martin" },
    ]);
  });

  it("offers the existing medium for the same picture uploaded again, instead of a duplicate", async () => {
    const photo = await phoneJpeg();
    const first = await upload({ bytes: photo, name: "parvis.jpg" });
    const second = await upload({ bytes: photo, name: "parvis (copie).jpg" }, { alt: "Autre texte" });
    expect(second.status).toBe(200);
    expect(second.body.status).toBe("duplicate");
    expect(second.body.status !== "error" && second.body.media.id).toBe(first.body.status !== "error" && first.body.media.id);
    expect(second.body.status !== "error" && second.body.message).toMatch(/^Cette image est déjà dans la médiathèque \(« Les élèves sur le parvis »\) : c’est elle qui est proposée/);
    expect(await prisma.media.count()).toBe(1);
    expect((await prisma.media.findFirstOrThrow()).alt).toBe("Les élèves sur le parvis");
    expect(await storedFiles()).toHaveLength(1);
    expect((await prisma.auditLog.findMany({ select: { action: true } })).map((row) => row.action)).toEqual(["media.uploaded"]);
  });

  it("records the upload in the journal, with who and what", async () => {
    await upload({ bytes: await solidJpeg(80, 60), name: "journal.jpg" }, { alt: "Le journal", caption: "Légende" });
    const entry = await prisma.auditLog.findFirstOrThrow();
    const row = await prisma.media.findFirstOrThrow();
    expect(entry).toMatchObject({ action: "media.uploaded", targetType: "media", targetId: row.id, targetLabel: "journal.jpg", ip: "203.0.113.10" });
    expect(entry.actorLabel).toMatch(/^Claire Auteur </);
    expect(entry.details).toMatchObject({ originalName: "journal.jpg", storageKey: row.storageKey, mimeType: "image/jpeg", width: 80, height: 60, alt: "Le journal", caption: "Légende", credit: "© ENSP" });
  });

  it("answers a request without a file, with two files, from another site, or not multipart", async () => {
    expect((await upload(null)).body).toEqual({ status: "error", message: UPLOAD_MESSAGES.noFile, fieldErrors: { fichier: UPLOAD_MESSAGES.noFile } });

    const form = new FormData();
    form.append("alt", "Deux images");
    for (const name of ["a.jpg", "b.jpg"]) form.append("fichier", new File([new Uint8Array(await solidJpeg(10, 10))], name, { type: "image/jpeg" }));
    const two = await POST(new Request("http://localhost:3000/admin/medias/televersement", { method: "POST", body: form }));
    expect([two.status, ((await two.json()) as UploadResponse).status]).toEqual([400, "error"]);

    const foreign = await upload({ bytes: await solidJpeg(10, 10), name: "a.jpg" }, undefined, { origin: "https://pirate.example" });
    expect(foreign.status).toBe(403);
    const sameSite = await upload({ bytes: await solidJpeg(10, 10), name: "a.jpg" }, undefined, { origin: "http://localhost:3000" });
    expect(sameSite.status).toBe(201);

    const json = await POST(new Request("http://localhost:3000/admin/medias/televersement", { method: "POST", body: "{}", headers: { "content-type": "application/json" } }));
    expect(json.status).toBe(415);
    expect(await prisma.media.count()).toBe(1);
  });
});

describe("who may upload: the route checks the session and the permission itself", () => {
  const expected: Record<Visitor, number> = {
    anonyme: 401,
    auteur: 201,
    "autre auteur": 201,
    éditeur: 201,
    administrateur: 201,
    "compte désactivé": 401,
    "session révoquée": 401,
  };

  for (const visitor of VISITORS) {
    it(`${visitor} : ${expected[visitor]}`, async () => {
      resetRequest();
      await resetDatabase();
      await rm(uploadsDir(), { recursive: true, force: true });
      await createCast(visitor);
      const answer = await upload({ bytes: await solidJpeg(30, 20), name: "role.jpg" });
      expect(answer.status, JSON.stringify(answer.body)).toBe(expected[visitor]);
      expect(answer.cacheControl).toBe("no-store");
      if (expected[visitor] === 201) {
        expect(await prisma.media.count()).toBe(1);
      } else {
        expect(answer.body).toEqual({ status: "error", message: "Votre session a pris fin : reconnectez-vous pour continuer." });
        expect(await prisma.media.count()).toBe(0);
        expect(await prisma.auditLog.count()).toBe(0);
        expect(await storedFiles()).toEqual([]);
      }
    });
  }

  it("an admin who must first enrol in two-factor authentication: 403", async () => {
    await ensureSettings({ requireAdminTwoFactor: true });
    actAs(await createStaff("ADMIN"));
    const answer = await upload({ bytes: await solidJpeg(30, 20), name: "role.jpg" });
    expect(answer.status).toBe(403);
    expect(answer.body.status === "error" && answer.body.message).toMatch(/double authentification/);
    expect(await prisma.media.count()).toBe(0);
  });
});
