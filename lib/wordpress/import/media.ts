/**
 * The images of imported posts: WordPress attachments (featured images, images in bodies, the
 * sizes WordPress made of them) read from a local copy of wp-content/uploads, re-encoded through
 * the library's own pipeline (lib/media/upload.ts: format checked, EXIF dropped), kept once per
 * attachment (Media.wordpressId) and once per picture (its SHA-256). Nothing is fetched from the
 * old site: an image that is not in the folder is reported and left out, its article imported.
 */
import { readFile, stat } from "node:fs/promises";
import path from "node:path";
import { prisma } from "../../db";
import { MAX_UPLOAD_BYTES } from "../../media/limits";
import { mediaStorageKey } from "../../media/storage-key";
import { processUpload } from "../../media/upload";
import { paths } from "../../paths";
import { deleteMediaFile, saveMediaFile } from "../../storage";
import type { ResolvedImage } from "../html";
import { htmlText } from "./mapping";
import { uploadPathKey, uploadPathOfUrl, type AttachmentInfo, type Survey } from "./survey";

export type ImageSourceRef = { src: string; attachmentId?: number };

export type MediaOutcome = { image: ResolvedImage; created: boolean; reused: boolean } | { missing: string };

export type MediaCounts = { created: number; reused: number; missing: number };

type Options = { uploadsDir: string | null; dryRun: boolean; uploaderId: string | null };

/** An upload path that stays inside the uploads folder: never `../` out of it. */
function insideUploads(uploadsDir: string, relative: string): string | null {
  const full = path.resolve(uploadsDir, relative.replace(/^\/+/, ""));
  return full.startsWith(path.resolve(uploadsDir) + path.sep) ? full : null;
}

const imageSelect = { id: true, storageKey: true, width: true, height: true, alt: true, caption: true, credit: true } as const;

function resolvedImage(row: { id: string; storageKey: string; width: number; height: number; alt: string; caption: string; credit: string }): ResolvedImage {
  return { src: paths.media(row.storageKey), mediaId: row.id, alt: row.alt, caption: row.caption || undefined, credit: row.credit || undefined, width: row.width, height: row.height };
}

export function createMediaImporter(survey: Survey, options: Options) {
  // One answer per attachment (or per upload path for an image no attachment describes).
  const known = new Map<string, Promise<MediaOutcome>>();
  const counts: MediaCounts = { created: 0, reused: 0, missing: 0 };

  function attachmentOf(source: ImageSourceRef): AttachmentInfo | null {
    if (source.attachmentId) {
      const attachment = survey.attachments.get(source.attachmentId);
      if (attachment) return attachment;
    }
    const upload = uploadPathOfUrl(source.src);
    const id = upload ? survey.attachmentsByFile.get(uploadPathKey(upload)) : undefined;
    return id ? (survey.attachments.get(id) ?? null) : null;
  }

  async function fromDatabase(wordpressId: number): Promise<ResolvedImage | null> {
    const row = await prisma.media.findUnique({ where: { wordpressId }, select: imageSelect });
    return row ? resolvedImage(row) : null;
  }

  async function importFile(relative: string, attachment: AttachmentInfo | null): Promise<MediaOutcome> {
    if (!options.uploadsDir) return { missing: `aucun dossier des médias n’a été donné : ${relative}` };
    const full = insideUploads(options.uploadsDir, relative);
    if (!full) return { missing: `chemin hors du dossier des médias : ${relative}` };
    const size = await stat(full).then((info) => (info.isFile() ? info.size : -1)).catch(() => -1);
    if (size < 0) return { missing: `fichier absent du dossier des médias : ${relative}` };
    if (size > MAX_UPLOAD_BYTES) return { missing: `fichier trop lourd (${Math.round(size / 1_048_576)} Mo) : ${relative}` };
    const words = { alt: htmlText(attachment?.alt ?? ""), caption: htmlText(attachment?.caption ?? "") };
    if (options.dryRun) return { image: { src: paths.media(`import-wordpress/${relative}`), alt: words.alt, caption: words.caption || undefined }, created: true, reused: false };

    let image: Awaited<ReturnType<typeof processUpload>>;
    try {
      image = await processUpload(await readFile(full));
    } catch (error) {
      return { missing: `image refusée (${error instanceof Error ? error.message : String(error)}) : ${relative}` };
    }
    const existing = await prisma.media.findFirst({ where: { sha256: image.sha256 }, orderBy: { createdAt: "asc" }, select: { ...imageSelect, wordpressId: true } });
    if (existing) {
      // The same picture, uploaded here before or under another attachment: used again, not stored twice.
      if (attachment && existing.wordpressId === null) await prisma.media.update({ where: { id: existing.id }, data: { wordpressId: attachment.id } });
      return { image: resolvedImage(existing), created: false, reused: true };
    }
    const storageKey = mediaStorageKey(path.basename(relative), image.mimeType);
    await saveMediaFile(storageKey, image.content);
    try {
      const row = await prisma.media.create({
        data: {
          storageKey,
          originalName: path.basename(relative).slice(0, 255),
          mimeType: image.mimeType,
          sizeBytes: image.content.length,
          width: image.width,
          height: image.height,
          alt: words.alt.slice(0, 1000),
          caption: words.caption.slice(0, 1000),
          sha256: image.sha256,
          wordpressId: attachment?.id ?? null,
          uploadedById: options.uploaderId,
        },
        select: { id: true },
      });
      return { image: { src: paths.media(storageKey), mediaId: row.id, alt: words.alt, caption: words.caption || undefined, width: image.width, height: image.height }, created: true, reused: false };
    } catch (error) {
      await deleteMediaFile(storageKey).catch(() => {});
      throw error;
    }
  }

  async function load(source: ImageSourceRef): Promise<MediaOutcome> {
    const attachment = attachmentOf(source);
    if (attachment) {
      const stored = options.dryRun ? null : await fromDatabase(attachment.id);
      if (stored) return { image: stored, created: false, reused: true };
      if (!attachment.file) return { missing: `pièce jointe n° ${attachment.id} sans fichier` };
      return importFile(attachment.file, attachment);
    }
    const upload = uploadPathOfUrl(source.src);
    if (upload) return importFile(upload, null);
    if (/^https?:\/\//i.test(source.src)) return { missing: `image d’un autre site, non importée : ${source.src.slice(0, 200)}` };
    return { missing: `image sans fichier reconnaissable : ${source.src.slice(0, 200) || `pièce jointe n° ${source.attachmentId ?? "?"}`}` };
  }

  function keyOf(source: ImageSourceRef): string {
    const attachment = attachmentOf(source);
    return attachment ? `a:${attachment.id}` : `f:${uploadPathKey(uploadPathOfUrl(source.src)) || source.src}`;
  }

  return {
    counts,
    /** Imports (or finds) the image once; later calls for the same picture get the same answer. */
    async resolve(source: ImageSourceRef): Promise<MediaOutcome> {
      const key = keyOf(source);
      let outcome = known.get(key);
      if (!outcome) {
        outcome = load(source).then((result) => {
          if ("missing" in result) counts.missing++;
          else if (result.created) counts.created++;
          else counts.reused++;
          return result;
        });
        known.set(key, outcome);
      }
      return outcome;
    },
    /** One picture, however the body names it (attachment id, full size or a smaller one). */
    keyOf,
  };
}

export type MediaImporter = ReturnType<typeof createMediaImporter>;
