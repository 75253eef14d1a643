import { CopyLinkButton } from "./CopyLinkButton";

/** "Recommander cette page": by e-mail (works everywhere) or by copying the link. No third party. */
export function ShareBlock({ title, url }: { title: string; url: string }) {
  const mailto = `mailto:?subject=${encodeURIComponent(title)}&body=${encodeURIComponent(`${title}\n\n${url}`)}`;
  return (
    <section className="kiosque-share fr-mt-6w" aria-labelledby="share-title">
      <h2 id="share-title" className="fr-h6 fr-mb-1w">
        Recommander cette page
      </h2>
      <ul className="fr-btns-group fr-btns-group--inline fr-btns-group--sm kiosque-share__actions fr-btns-group--icon-left">
        <li>
          <a className="fr-btn fr-btn--tertiary fr-btn--sm fr-icon-mail-line fr-btn--icon-left" href={mailto}>
            Envoyer par courriel
          </a>
        </li>
        <li>
          <CopyLinkButton url={url} />
        </li>
      </ul>
    </section>
  );
}
