import { MIME_TYPES, readMediaFile } from "@/lib/storage";

/**
 * Serves uploaded media from storage. Keys are immutable (a replaced file gets a new key), so
 * responses may be cached for a year. next/image reads originals from here.
 */
export async function GET(_request: Request, { params }: { params: Promise<{ key: string[] }> }) {
  const { key } = await params;
  const storageKey = key.join("/");
  const file = await readMediaFile(storageKey);
  if (!file) return new Response("Fichier introuvable", { status: 404, headers: { "content-type": "text/plain; charset=utf-8" } });
  const extension = storageKey.split(".").pop() ?? "";
  return new Response(new Uint8Array(file.content), {
    headers: {
      "content-type": MIME_TYPES[extension] ?? "application/octet-stream",
      "cache-control": "public, max-age=31536000, immutable",
      "last-modified": file.mtime.toUTCString(),
      "x-content-type-options": "nosniff",
    },
  });
}
