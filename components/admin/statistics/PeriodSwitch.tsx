import Link from "next/link";
import { PERIODS, type Period } from "@/lib/shares/queries";

const LABELS: Record<Period, string> = { 7: "7 derniers jours", 30: "30 derniers jours", 365: "12 derniers mois" };

/** "les 30 derniers jours", for sentences and captions. */
export function periodPhrase(period: Period): string {
  return `les ${LABELS[period]}`;
}

/** The period as plain links (GET): the page works without JavaScript and each period has its address. */
export function PeriodSwitch({ current, href }: { current: Period; href: (period: Period) => string }) {
  return (
    <nav aria-label="Période" className="fr-mb-3w">
      <ul className="fr-btns-group fr-btns-group--inline fr-btns-group--sm">
        {PERIODS.map((period) => (
          <li key={period}>
            <Link
              className={`fr-btn fr-btn--sm ${period === current ? "" : "fr-btn--tertiary"}`}
              href={href(period)}
              aria-current={period === current ? "page" : undefined}
            >
              {LABELS[period]}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
