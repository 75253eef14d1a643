import { MAIL_STATUS_LABELS } from "@/lib/admin/mails/labels";
import type { MailStatus } from "@/lib/generated/prisma/enums";

const VARIANT: Record<MailStatus, string> = { PENDING: "fr-badge--info", SENT: "fr-badge--success", FAILED: "fr-badge--error" };

/** A mail's state as a DSFR badge: the words carry the meaning, the colour only repeats it. */
export function MailStatusBadge({ status }: { status: MailStatus }) {
  return <span className={`fr-badge fr-badge--sm ${VARIANT[status]}`}>{MAIL_STATUS_LABELS[status]}</span>;
}
