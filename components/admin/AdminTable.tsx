import type { ReactNode } from "react";

/**
 * A DSFR table with its caption (read by screen readers, hidden on screen when `hideCaption`).
 * Children are the <thead> and <tbody>.
 */
export function AdminTable({ caption, hideCaption = true, bordered = false, children }: { caption: ReactNode; hideCaption?: boolean; bordered?: boolean; children: ReactNode }) {
  const classes = ["fr-table", hideCaption && "fr-table--no-caption", bordered && "fr-table--bordered"].filter(Boolean).join(" ");
  return (
    <div className={classes}>
      <div className="fr-table__wrapper">
        <div className="fr-table__container">
          <div className="fr-table__content">
            <table>
              <caption>{caption}</caption>
              {children}
            </table>
          </div>
        </div>
      </div>
    </div>
  );
}
