import { buildSitemapPart } from "@/lib/sitemaps/documents";
import { sitemapFileParam } from "@/lib/sitemaps/route-params";
import { CONTENT_TYPES, xmlNotFound, xmlResponse } from "@/lib/xml/response";

export const dynamic = "force-dynamic";

/** /sitemaps/<n>.xml: one file of the sitemap index; 404 when the site fits in /sitemap.xml alone. */
export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }) {
  const parsed = sitemapFileParam.safeParse((await params).file);
  const xml = parsed.success ? await buildSitemapPart(parsed.data) : null;
  return xml === null ? xmlNotFound("Plan de site introuvable") : xmlResponse(xml, CONTENT_TYPES.xml);
}
