import { serveMediaCrop } from "@/lib/media/serve";

/**
 * /medias/recadrages/<16x9|4x3|1x1|og|vignette>/<storage key>: a fixed-size JPEG crop around the
 * medium's focal point, under the same rule as the original (lib/media/serve.ts).
 */
export async function GET(request: Request, { params }: { params: Promise<{ crop: string; key: string[] }> }) {
  const { crop, key } = await params;
  return serveMediaCrop(crop, key.join("/"), request);
}
