import { buildNewsSitemap } from "@/lib/sitemaps/documents";
import { CONTENT_TYPES, xmlResponse } from "@/lib/xml/response";

export const dynamic = "force-dynamic";

/** Google News sitemap: public articles of the last 48 hours. */
export async function GET() {
  return xmlResponse(await buildNewsSitemap(), CONTENT_TYPES.xml);
}
