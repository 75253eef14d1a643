/** "Haut de page": a plain anchor to the page's top target, so it works without JavaScript. */
export function BackToTop() {
  return (
    <div className="kiosque-back-to-top fr-mt-6w">
      <a className="fr-link fr-icon-arrow-up-fill fr-link--icon-left" href="#top">
        Haut de page
      </a>
    </div>
  );
}
