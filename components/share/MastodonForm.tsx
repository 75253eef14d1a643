import { paths } from "@/lib/paths";
import { SHARE_PANEL } from "./share-panel-ids";

/**
 * Mastodon has no central share page: the reader names their instance. As sent, this is a GET form
 * to the site, which checks the instance, counts and redirects there; the browser script
 * (components/share/enhance-share-panel.ts) runs the same check in the page and opens the
 * instance's share page in a new window.
 */
export function MastodonForm({ path }: { path: string }) {
  return (
    <form method="get" action={paths.shareOnMastodon()} noValidate className="kiosque-share__mastodon fr-mt-2w" data-share-mastodon="">
      <input type="hidden" name="page" value={path} />
      <div className="fr-input-group">
        <label className="fr-label" htmlFor={SHARE_PANEL.mastodonInput}>
          Partager sur Mastodon : votre instance
          <span className="fr-hint-text">Par exemple : mastodon.social</span>
        </label>
        <div className="kiosque-share__mastodon-row">
          <input
            className="fr-input"
            id={SHARE_PANEL.mastodonInput}
            name="instance"
            type="text"
            inputMode="url"
            autoCapitalize="none"
            autoCorrect="off"
            spellCheck={false}
          />
          <button type="submit" className="fr-btn fr-btn--tertiary fr-icon-mastodon-fill fr-btn--icon-left">
            Partager sur Mastodon
          </button>
        </div>
      </div>
    </form>
  );
}
