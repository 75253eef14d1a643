import "server-only";
import { createHash } from "node:crypto";
import { getActor } from "../auth/session";
import { isCropName } from "../images/crops";
import { CENTRE, renderCrop } from "../images/render-crop";
import { isValidStorageKey, MIME_TYPES, readMediaFile } from "../storage";
import { isPublicMedia, mediaFacts, type MediaFacts } from "./visibility";

/** Keys are never reused (a new upload gets a new key): a public original may be cached for a year. */
export const PUBLIC_FILE_CACHE = "public, max-age=31536000, immutable";
/**
 * A crop changes when its focal point moves, under the same URL (the og:image and JSON-LD of a page
 * already shared): caches keep it but ask again each time, and get a 304 while the focal point stays.
 */
export const PUBLIC_CROP_CACHE = "public, no-cache";
/** A file only staff may see: never kept by a browser or a proxy, so that it cannot outlive the session. */
export const STAFF_ONLY_CACHE = "private, no-store";

const notFound = () =>
  new Response("Fichier introuvable", {
    status: 404,
    // The same URL answers once the article using it is published: never remember the refusal.
    headers: { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store", "x-content-type-options": "nosniff" },
  });

type Access = { cacheControl: "public" | "staff"; facts: MediaFacts | null };

/**
 * Who may get a stored file: anyone when an article that is public now shows it (its public
 * version, not a working copy); otherwise signed-in staff only. The public case costs a cached
 * lookup and no session check; only a refused anonymous request reads the session.
 */
async function access(storageKey: string): Promise<Access | null> {
  const facts = await mediaFacts(storageKey);
  if (isPublicMedia(facts)) return { cacheControl: "public", facts };
  return (await getActor()) ? { cacheControl: "staff", facts } : null;
}

/** /medias/<key>: the stored original (next/image reads it from here, anonymously). */
export async function serveMediaFile(storageKey: string): Promise<Response> {
  if (!isValidStorageKey(storageKey)) return notFound();
  const file = await readMediaFile(storageKey);
  if (!file) return notFound();
  const granted = await access(storageKey);
  if (!granted) return notFound();
  const extension = storageKey.split(".").pop() ?? "";
  return new Response(new Uint8Array(file.content), {
    headers: {
      "content-type": MIME_TYPES[extension] ?? "application/octet-stream",
      "cache-control": granted.cacheControl === "public" ? PUBLIC_FILE_CACHE : STAFF_ONLY_CACHE,
      "last-modified": file.mtime.toUTCString(),
      "x-content-type-options": "nosniff",
    },
  });
}

/** /medias/recadrages/<crop>/<key>: a fixed-size crop around the medium's focal point. */
export async function serveMediaCrop(crop: string, storageKey: string, request: Request): Promise<Response> {
  if (!isCropName(crop) || !isValidStorageKey(storageKey)) return notFound();
  const granted = await access(storageKey);
  if (!granted) return notFound();
  const focal = granted.facts ? { x: granted.facts.focalX, y: granted.facts.focalY } : CENTRE;
  const etag = `"${createHash("sha256").update(`${crop}\n${storageKey}\n${focal.x}\n${focal.y}`).digest("base64url").slice(0, 27)}"`;
  const cacheControl = granted.cacheControl === "public" ? PUBLIC_CROP_CACHE : STAFF_ONLY_CACHE;
  if (granted.cacheControl === "public" && request.headers.get("if-none-match")?.split(/\s*,\s*/).includes(etag)) {
    return new Response(null, { status: 304, headers: { etag, "cache-control": cacheControl } });
  }
  const image = await renderCrop(crop, storageKey, focal);
  if (!image) return notFound();
  return new Response(new Uint8Array(image), {
    headers: { "content-type": "image/jpeg", "cache-control": cacheControl, etag, "x-content-type-options": "nosniff" },
  });
}
