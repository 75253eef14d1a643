import { paths } from "@/lib/paths";

/**
 * The outcomes an action announces on the page it redirects to, by a short code in the query
 * string: the page shows a fixed sentence, never text taken from the URL.
 */
export const NOTICES = {
  desactive: "Le compte est désactivé : ses sessions ont pris fin et ses liens de mot de passe inutilisés ne fonctionnent plus.",
  reactive: "Le compte est réactivé. Si la personne a oublié son mot de passe, créez-lui un nouveau lien.",
  debloque: "Le compte est débloqué : la personne peut de nouveau se connecter.",
  "double-authentification": "La double authentification est réinitialisée : la personne se connecte avec son seul mot de passe, puis peut l’activer de nouveau.",
  supprime: "La personne a été supprimée.",
} as const;

export type NoticeCode = keyof typeof NOTICES;

export function noticeFor(value: string | string[] | undefined): string | null {
  return typeof value === "string" && Object.hasOwn(NOTICES, value) ? NOTICES[value as NoticeCode] : null;
}

export const withNotice = (path: string, code: NoticeCode) => `${path}?statut=${code}`;

export const peopleWithNotice = (code: NoticeCode) => withNotice(paths.admin.people(), code);
