import type { ReactNode } from "react";
import { SHARE_PANEL } from "./share-panel-ids";

/**
 * "Recommander cette page", as the server sends it: a heading and the list of links, visible. That
 * is the page without JavaScript. Public pages do not hydrate (scripts/static-document.cjs): the
 * browser script components/share/enhance-share-panel.ts turns the heading into a disclosure
 * button and the list into the panel it opens. One panel per page, at its end.
 */
export function ShareDisclosure({ path, children }: { path: string; children: ReactNode }) {
  return (
    <section className="kiosque-share fr-mt-6w" aria-labelledby={SHARE_PANEL.heading} data-share-page={path}>
      <h2 id={SHARE_PANEL.heading} className="fr-h6 fr-mb-1w">
        Recommander cette page
      </h2>
      <div id={SHARE_PANEL.panel}>{children}</div>
    </section>
  );
}
