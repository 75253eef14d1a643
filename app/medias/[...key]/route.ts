import { serveMediaFile } from "@/lib/media/serve";

/**
 * Serves uploaded media from storage: to anyone when a public article shows the file, otherwise to
 * signed-in staff only (lib/media/serve.ts). next/image reads originals from here, anonymously.
 */
export async function GET(_request: Request, { params }: { params: Promise<{ key: string[] }> }) {
  const { key } = await params;
  return serveMediaFile(key.join("/"));
}
