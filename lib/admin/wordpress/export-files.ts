import "server-only";
import { createHash, randomUUID } from "node:crypto";
import { createWriteStream } from "node:fs";
import { mkdir, rename, rm, stat } from "node:fs/promises";
import path from "node:path";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { uploadsDir } from "../../storage";

/**
 * WordPress exports sent from the back office, kept where every instance can read them (the shared
 * uploads folder, in a folder no media address can reach: storage keys never start with a dot and
 * always end with an image extension), named by their SHA-256: the dry run and the import that
 * follows it, on any instance, read the same file.
 */
export const MAX_EXPORT_BYTES = 200 * 1024 * 1024;

function exportsDir(): string {
  return path.join(uploadsDir(), ".exports-wordpress");
}

export function exportFilePath(sha256: string): string {
  if (!/^[0-9a-f]{64}$/.test(sha256)) throw new Error("empreinte d’export invalide");
  return path.join(exportsDir(), `${sha256}.xml`);
}

export async function exportFileExists(sha256: string): Promise<boolean> {
  return stat(exportFilePath(sha256)).then((info) => info.isFile(), () => false);
}

export class ExportTooLargeError extends Error {}

/** Streams an upload to disk, hashing it on the way and stopping past MAX_EXPORT_BYTES. */
export async function saveExport(body: ReadableStream<Uint8Array>): Promise<{ sha256: string; bytes: number; file: string }> {
  await mkdir(exportsDir(), { recursive: true });
  const partial = path.join(exportsDir(), `.envoi-${randomUUID()}`);
  const hash = createHash("sha256");
  let bytes = 0;
  try {
    await pipeline(
      Readable.fromWeb(body as import("node:stream/web").ReadableStream<Uint8Array>),
      async function* count(source: AsyncIterable<Buffer>) {
        for await (const chunk of source) {
          bytes += chunk.length;
          if (bytes > MAX_EXPORT_BYTES) throw new ExportTooLargeError();
          hash.update(chunk);
          yield chunk;
        }
      },
      createWriteStream(partial),
    );
    const sha256 = hash.digest("hex");
    await rename(partial, exportFilePath(sha256));
    return { sha256, bytes, file: exportFilePath(sha256) };
  } catch (error) {
    await rm(partial, { force: true });
    throw error;
  }
}
