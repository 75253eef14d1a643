import type { MailKind, MailStatus } from "../../generated/prisma/enums";

export const MAIL_KIND_LABELS: Record<MailKind, string> = {
  RECOMMENDATION: "Recommandation d’une page",
  PASSWORD_LINK: "Lien de mot de passe",
};

export const MAIL_STATUS_LABELS: Record<MailStatus, string> = {
  PENDING: "En attente",
  SENT: "Envoyé",
  FAILED: "Échec",
};
