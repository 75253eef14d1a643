import type { PersonStatus } from "@/lib/admin/users/queries";
import { STATUS_LABELS } from "@/lib/admin/users/queries";
import { formatTimeFr } from "@/lib/format/time";

const VARIANT: Record<PersonStatus, string> = {
  active: "fr-badge--success",
  disabled: "",
  locked: "fr-badge--warning",
  pending: "fr-badge--info",
};

/** A person's status as a DSFR badge: the words carry the meaning, the colour only repeats it. */
export function StatusBadge({ status, lockedUntil }: { status: PersonStatus; lockedUntil: Date | null }) {
  const label = status === "locked" && lockedUntil ? `${STATUS_LABELS.locked} jusqu’à ${formatTimeFr(lockedUntil)}` : STATUS_LABELS[status];
  return <span className={["fr-badge", "fr-badge--sm", VARIANT[status]].filter(Boolean).join(" ")}>{label}</span>;
}
