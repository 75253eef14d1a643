import "server-only";
import { changedFields, recordAudit } from "../audit/record";
import { requirePermission } from "../auth/authorize";
import type { Actor } from "../auth/session";
import { prisma } from "../db";
import type { Prisma } from "../generated/prisma/client";
import { clearCrops } from "../images/render-crop";
import { logError } from "../log";
import type { RequestContext } from "../request-context";
import { revalidateMediaChange } from "../revalidate";
import { deleteMediaFile, saveMediaFile } from "../storage";
import { ConflictError, NotFoundError, RuleError } from "../admin/errors";
import type { LibraryItem } from "./library";
import { librarySelect, mediaUsage, toLibraryItem } from "./queries";
import type { DeleteMediaInput, UpdateMediaInput, UploadFields } from "./schema";
import { mediaStorageKey } from "./storage-key";
import { processUpload } from "./upload";

type Tx = Prisma.TransactionClient;

const MISSING = "Cette image n’existe pas ou plus : elle a peut-être été supprimée entre-temps.";

const mediaTarget = (media: { id: string; originalName: string }) => ({ type: "media" as const, id: media.id, label: media.originalName });

/** A file name as the library shows it: no folder, no control character, 200 characters at most. */
export function cleanOriginalName(name: string): string {
  const base = name
    .replace(/^.*[\\/]/, "")
    .replace(/[\u0000-\u001F\u007F]/g, "")
    .trim();
  return (base || "image").slice(0, 200);
}

/** The medium, locked until the end of the transaction (an edit and a deletion never interleave). */
async function lockMedia(tx: Tx, id: string) {
  const [row] = await tx.$queryRaw<{ id: string }[]>`SELECT "id" FROM "Media" WHERE "id" = ${id} FOR UPDATE`;
  if (!row) throw new NotFoundError(MISSING);
  return tx.media.findUniqueOrThrow({ where: { id } });
}

/** Storage is not part of the transaction: a file written for a row that was not, or deleted with its row, goes. */
async function removeFiles(storageKey: string): Promise<void> {
  await Promise.all([deleteMediaFile(storageKey), clearCrops(storageKey)]).catch((error) => logError("media_file_cleanup_failed", error, { storageKey }));
}

export type UploadInput = { file: { bytes: Buffer; name: string }; fields: UploadFields };
export type UploadResult = { status: "created" | "duplicate"; media: LibraryItem };

/**
 * Adds an uploaded image to the library (every role). The file is checked and re-encoded first
 * (lib/media/upload.ts), outside any transaction. The same picture uploaded again — the same stored
 * bytes, recognised by their SHA-256 — is not stored twice: the existing medium is answered, with
 * its own alternative text and focal point, so that one fix of either reaches every use.
 */
export async function uploadMedia(actor: Actor | null, input: UploadInput, context: RequestContext): Promise<UploadResult> {
  requirePermission(actor, "media.upload");
  const image = await processUpload(input.file.bytes);
  const existing = await prisma.media.findFirst({ where: { sha256: image.sha256 }, orderBy: { createdAt: "asc" }, select: librarySelect });
  if (existing) return { status: "duplicate", media: toLibraryItem(existing) };

  const originalName = cleanOriginalName(input.file.name);
  const storageKey = mediaStorageKey(originalName, image.mimeType);
  const credit =
    input.fields.credit ?? (await prisma.siteSettings.findUnique({ where: { id: 1 }, select: { defaultImageCredit: true } }))?.defaultImageCredit ?? "";
  await saveMediaFile(storageKey, image.content);
  try {
    const outcome = await prisma.$transaction(async (tx) => {
      // Two uploads of one picture at the same moment: the second waits, then finds the first.
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`kiosque:media:${image.sha256}`}))`;
      const again = await tx.media.findFirst({ where: { sha256: image.sha256 }, orderBy: { createdAt: "asc" }, select: librarySelect });
      if (again) return { status: "duplicate" as const, row: again };
      const data = {
        storageKey,
        originalName,
        mimeType: image.mimeType,
        sizeBytes: image.content.length,
        width: image.width,
        height: image.height,
        alt: input.fields.alt,
        decorative: input.fields.decorative,
        caption: input.fields.caption,
        credit,
        sha256: image.sha256,
        uploadedById: actor.id,
      };
      const row = await tx.media.create({ data, select: librarySelect });
      const { sha256: _sha256, uploadedById: _uploadedById, ...details } = data;
      await recordAudit({ action: "media.uploaded", actor, target: mediaTarget(row), details, ip: context.ip }, tx);
      return { status: "created" as const, row };
    });
    if (outcome.status === "duplicate") await removeFiles(storageKey);
    return { status: outcome.status, media: toLibraryItem(outcome.row) };
  } catch (error) {
    await removeFiles(storageKey);
    throw error;
  }
}

/** The slugs of the articles whose public version shows the medium as its hero image: their pages show its words. */
async function heroSlugs(tx: Tx, mediaId: string): Promise<string[]> {
  const rows = await tx.article.findMany({ where: { heroImageId: mediaId }, select: { slug: true } });
  return rows.map((row) => row.slug);
}

const percent = (fraction: number) => Math.round(fraction * 10_000) / 100;

/**
 * Edits a medium's words and focal point: authors their own uploads, editors and admins any.
 * Articles showing it as their hero image show the change at once; images already inserted in a
 * body keep the words they were inserted with (the document carries its own copy). Every crop
 * follows a new focal point at its next request.
 */
export async function updateMedia(actor: Actor | null, input: UpdateMediaInput, context: RequestContext) {
  requirePermission(actor, "media.update");
  const { id, updatedAt, ...data } = input;
  const result = await prisma.$transaction(async (tx) => {
    const before = await lockMedia(tx, id);
    requirePermission(actor, "media.update", { ownerId: before.uploadedById });
    if (before.updatedAt.getTime() !== updatedAt.getTime()) {
      throw new ConflictError("Cette image a été modifiée entre-temps par quelqu’un d’autre : rechargez la page pour voir sa dernière version.");
    }
    const changes = changedFields(before, data);
    const changed = Object.keys(changes);
    if (changed.length === 0) return { changed, storageKey: before.storageKey, slugs: [] as string[] };
    await tx.media.update({ where: { id }, data });
    // The journal reads focal points as percentages, as the form shows them.
    const details: Record<string, Prisma.InputJsonValue> = { ...changes } as Record<string, Prisma.InputJsonValue>;
    for (const field of ["focalX", "focalY"] as const) if (field in details) details[field] = [percent(before[field]), percent(data[field])];
    await recordAudit({ action: "media.updated", actor, target: mediaTarget(before), details, ip: context.ip }, tx);
    return { changed, storageKey: before.storageKey, slugs: await heroSlugs(tx, id) };
  });
  if (result.changed.length === 0) return { changed: result.changed };
  const wordsChanged = result.changed.some((field) => field !== "focalX" && field !== "focalY");
  revalidateMediaChange(wordsChanged ? result.slugs : []);
  if (result.changed.includes("focalX") || result.changed.includes("focalY")) {
    await clearCrops(result.storageKey).catch((error) => logError("media_crop_cleanup_failed", error, { storageKey: result.storageKey }));
  }
  return { changed: result.changed };
}

/** "« A », « B » et 2 autres": the articles named in a refusal. */
function articleList(titles: string[]): string {
  const named = titles.slice(0, 3).map((title) => `« ${title} »`);
  const rest = titles.length - named.length;
  if (rest > 0) return `${named.join(", ")} et ${rest} autre${rest > 1 ? "s" : ""}`;
  return named.length > 1 ? `${named.slice(0, -1).join(", ")} et ${named.at(-1)}` : (named[0] ?? "");
}

/**
 * Deletes a medium (editors and admins) — never one that an article shows, in its public version
 * or in its working copy: the refusal names them. The file and its crops go after the commit.
 */
export async function deleteMedia(actor: Actor | null, input: DeleteMediaInput, context: RequestContext) {
  requirePermission(actor, "media.delete");
  const deleted = await prisma.$transaction(async (tx) => {
    const media = await lockMedia(tx, input.id);
    const usage = await mediaUsage(tx, media.id);
    if (usage.length > 0) {
      const titles = articleList(usage.map((article) => article.title));
      throw new RuleError(
        usage.length === 1
          ? `Cette image ne peut pas être supprimée : l’article ${titles} l’utilise. Retirez-la d’abord de cet article (texte, image principale ou modifications en cours).`
          : `Cette image ne peut pas être supprimée : ${usage.length} articles l’utilisent (${titles}). Retirez-la d’abord de ces articles (texte, image principale ou modifications en cours).`,
      );
    }
    await tx.media.delete({ where: { id: media.id } });
    const { originalName, storageKey, mimeType, width, height, sizeBytes, alt, decorative, caption, credit } = media;
    await recordAudit(
      { action: "media.deleted", actor, target: mediaTarget(media), details: { originalName, storageKey, mimeType, width, height, sizeBytes, alt, decorative, caption, credit }, ip: context.ip },
      tx,
    );
    return { storageKey, originalName };
  });
  await removeFiles(deleted.storageKey);
  revalidateMediaChange();
  return { originalName: deleted.originalName };
}
