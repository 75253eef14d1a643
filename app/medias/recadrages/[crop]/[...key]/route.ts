import { isCropName } from "@/lib/images/crops";
import { renderCrop } from "@/lib/images/render-crop";

const notFound = () => new Response("Fichier introuvable", { status: 404, headers: { "content-type": "text/plain; charset=utf-8" } });

/** /medias/recadrages/<16x9|4x3|1x1|og>/<storage key>: a fixed-size JPEG crop of a stored image. */
export async function GET(_request: Request, { params }: { params: Promise<{ crop: string; key: string[] }> }) {
  const { crop, key } = await params;
  if (!isCropName(crop)) return notFound();
  const image = await renderCrop(crop, key.join("/"));
  if (!image) return notFound();
  return new Response(new Uint8Array(image), {
    headers: {
      "content-type": "image/jpeg",
      "cache-control": "public, max-age=31536000, immutable",
      "x-content-type-options": "nosniff",
    },
  });
}
