import { logError } from "@/lib/log";
import { resolveSharedPage } from "@/lib/recommend/shared-page";
import { MASTODON_INSTANCE_ERROR, mastodonShareUrl, parseMastodonInstance } from "@/lib/shares/channels";
import { clientAddress, countable, countShare } from "@/lib/shares/count-share";
import { plainPage } from "@/lib/shares/plain-page";
import { paths } from "@/lib/paths";
import { isDatabaseUnavailable } from "@/lib/database/unavailable";

export const dynamic = "force-dynamic";

/**
 * The share panel's Mastodon form without JavaScript: `?page=/actualites/…&instance=mastodon.social`.
 * Checks the instance (lib/shares/channels.ts) and that the page is published, counts, and answers
 * 303 to the instance's share page. Sent from another site, it asks the reader first: the site
 * must not lend its address to a redirect someone else chose.
 */
export async function GET(request: Request): Promise<Response> {
  const query = new URL(request.url).searchParams;
  const page = await resolveSharedPage(query.get("page") ?? "");
  if (!page) {
    return plainPage(404, "Page introuvable", "Cette page n’existe pas ou n’est plus publiée : elle ne peut pas être partagée.", [
      { href: paths.home(), label: "Retour à l’accueil" },
    ]);
  }
  const host = parseMastodonInstance(query.get("instance"));
  if (!host) {
    return plainPage(400, "Instance Mastodon invalide", MASTODON_INSTANCE_ERROR, [{ href: page.path, label: `Retour à la page « ${page.title} »` }]);
  }
  const target = mastodonShareUrl(host, page);
  const fetchSite = request.headers.get("sec-fetch-site");
  if (fetchSite !== null && fetchSite !== "same-origin") {
    return plainPage(200, "Partager sur Mastodon", `Vous allez quitter le site pour partager « ${page.title} » sur l’instance Mastodon ${host}.`, [
      { href: target, label: `Continuer vers ${host}`, external: true },
      { href: page.path, label: `Retour à la page « ${page.title} »` },
    ]);
  }
  if (countable(request.headers)) {
    try {
      await countShare(page, "MASTODON", clientAddress(request.headers));
    } catch (error) {
      if (!isDatabaseUnavailable(error)) logError("share.count_failed", error, { requestId: request.headers.get("x-request-id") });
    }
  }
  return new Response(null, { status: 303, headers: { Location: target, "Cache-Control": "no-store", "Referrer-Policy": "no-referrer" } });
}
