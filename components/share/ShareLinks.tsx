import { paths } from "@/lib/paths";
import { mailtoHref, networkLinks, type SharedContent } from "@/lib/shares/channels";
import { MastodonForm } from "./MastodonForm";

export type ShareLinksProps = SharedContent & {
  path: string;
  /** whether admins have left "Envoyer à un proche" open (the settings) */
  canRecommend?: boolean;
};

// Spaces outside the hidden spans: some accessible-name computations trim each element's text.
const NEW_WINDOW = "(nouvelle fenêtre)";

/**
 * The panel's content: plain links that work without JavaScript, and what needs it (the share
 * sheet, the clipboard) added by the browser where it exists. Nothing here loads anything from
 * another host: the networks are reached only when the reader follows a link.
 */
export function ShareLinks({ path, canRecommend = true, ...content }: ShareLinksProps) {
  return (
    <>
      {/* What the browser script needs for the share sheet, the clipboard and Mastodon. */}
      <ul
        className="fr-btns-group fr-btns-group--inline-md fr-btns-group--icon-left kiosque-share__list"
        data-share-url={content.url}
        data-share-title={content.title}
        data-share-excerpt={content.excerpt}
      >
        <li>
          <a className="fr-btn fr-btn--tertiary fr-icon-mail-line fr-btn--icon-left" href={mailtoHref(content)} data-share-channel="MAILTO">
            Par courriel
          </a>
        </li>
        {canRecommend && (
          <li>
            <a className="fr-btn fr-btn--tertiary fr-icon-mail-send-line fr-btn--icon-left" href={paths.recommend(path)}>
              Envoyer à un proche
            </a>
          </li>
        )}
        {networkLinks(content).map((network) => (
          <li key={network.channel}>
            <a
              className={`fr-btn fr-btn--tertiary fr-btn--icon-left ${network.icon}`}
              href={network.href}
              target="_blank"
              rel="noopener noreferrer"
              data-share-channel={network.channel}
            >
              <span className="fr-sr-only">Partager sur</span> {network.label} <span className="fr-sr-only">{NEW_WINDOW}</span>
            </a>
          </li>
        ))}
      </ul>
      <MastodonForm path={path} />
    </>
  );
}
