import { paths } from "@/lib/paths";
import { MAX_QUERY_LENGTH } from "@/lib/search/limits";
import styles from "./HeaderSearchForm.module.css";

/**
 * Without JavaScript, DSFR cannot open the header's search modal on a phone: the search bar is then
 * shown in place, under the brand, and the magnifier button that would do nothing is hidden.
 * Inside <noscript>, so it never applies (nor shifts the layout) when scripts run.
 */
export const NO_SCRIPT_PHONE_CSS = `@media (max-width: 61.99em) {
  .fr-header__body-row { flex-wrap: wrap; }
  .fr-header__tools { flex: 1 0 100%; padding: 0 1rem; }
  .fr-header__search.fr-modal { position: static; visibility: visible; opacity: 1; height: auto; z-index: auto; background-color: transparent; }
  .fr-header__search.fr-modal > .fr-container { padding: 1rem 0; height: auto; }
  .fr-header__search .fr-btn--close, .fr-header__navbar .fr-btn--search { display: none; }
}`;

export type HeaderSearchInputProps = { className: string; id: string; placeholder: string; type: "search" };

/**
 * The header's search field (DSFR Header's `renderSearchInput`) inside a real GET form to the
 * search page, with a real submit button: Enter or a click submits with or without JavaScript.
 * The Header already renders the label ("Rechercher") and the search landmark around it.
 */
export function HeaderSearchForm({ input }: { input: HeaderSearchInputProps }) {
  return (
    <form action={paths.search()} method="get" className={styles.form}>
      <input
        className={input.className}
        id={input.id}
        placeholder={input.placeholder}
        type={input.type}
        name="q"
        maxLength={MAX_QUERY_LENGTH}
        enterKeyHint="search"
      />
      <button type="submit" className="fr-btn" title="Rechercher">
        Rechercher
      </button>
    </form>
  );
}
