import { renderShareCard } from "@/lib/images/og-card";
import { lookupArticle } from "@/lib/public/articles";
import { getSettings } from "@/lib/public/site";

/** /actualites/<slug>/partage.png: the generated Open Graph card (only for public articles). */
export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const [result, settings] = await Promise.all([lookupArticle((await params).slug), getSettings()]);
  if (result.kind !== "found") {
    return new Response("Image introuvable", { status: 404, headers: { "content-type": "text/plain; charset=utf-8" } });
  }
  return renderShareCard(result.article.title, result.article.category.name, settings.siteName);
}
