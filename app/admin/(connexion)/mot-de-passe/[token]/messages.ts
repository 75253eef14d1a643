import type { LinkFailure } from "@/lib/auth/password-links";

/** Why a link does not work, in words that tell the person what to do next. */
export const LINK_FAILURES: Record<LinkFailure, string> = {
  unknown:
    "Ce lien n’est pas valable : il a peut-être été mal copié, ou remplacé par un lien plus récent. Demandez un nouveau lien à un administrateur du site.",
  expired: "Ce lien a expiré : il n’était valable que 48 heures. Demandez-en un nouveau à un administrateur du site.",
  used: "Ce lien a déjà servi : il ne fonctionne qu’une fois. Si vous ne connaissez pas votre mot de passe, demandez un nouveau lien à un administrateur du site.",
};
