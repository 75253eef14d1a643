import { buildRootSitemap } from "@/lib/sitemaps/documents";
import { CONTENT_TYPES, xmlResponse } from "@/lib/xml/response";

// Read at request time from tagged caches, never at `next build`.
export const dynamic = "force-dynamic";

export async function GET() {
  return xmlResponse(await buildRootSitemap(), CONTENT_TYPES.xml);
}
