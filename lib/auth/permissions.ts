/**
 * What each role may do: one table that the interface reads to decide what to show (`can`) and the
 * server reads to decide what to allow (`requirePermission`, lib/auth/authorize.ts). Pure data, so
 * that client components can import it too.
 *
 * "own" means: only on a resource the actor owns (their own article or upload); "any": on all.
 */
export type Role = "ADMIN" | "EDITOR" | "AUTHOR";
export type Scope = "own" | "any";

export const ACTIONS = [
  // articles (the editor of the next issue)
  "article.read",
  "article.create",
  "article.update",
  "article.submit",
  "article.publish",
  "article.schedule",
  "article.unpublish",
  "article.delete",
  // media
  "media.upload",
  "media.update",
  "media.delete",
  // taxonomy
  "category.manage",
  "tag.manage",
  // the school and its site
  "settings.manage",
  "site.manage",
  // people
  "user.manage",
  "user.revokeSessions",
  // oversight
  "audit.read",
  "trash.empty",
  // "Recommander cette page": the figures, and the outbox (which holds people's mails)
  "statistics.read",
  "mail.read",
  // moving in: a WordPress export imported (articles, people, media, old addresses)
  "wordpress.import",
] as const;
export type Action = (typeof ACTIONS)[number];

const AUTHOR: Partial<Record<Action, Scope>> = {
  "article.read": "own",
  "article.create": "any",
  "article.update": "own",
  "article.submit": "own",
  "media.upload": "any",
  "media.update": "own",
  "statistics.read": "any",
};

const EDITOR: Partial<Record<Action, Scope>> = {
  ...AUTHOR,
  "article.read": "any",
  "article.update": "any",
  "article.submit": "any",
  "article.publish": "any",
  "article.schedule": "any",
  "article.unpublish": "any",
  "article.delete": "any",
  "media.update": "any",
  "media.delete": "any",
  "category.manage": "any",
  "tag.manage": "any",
};

const ADMIN: Partial<Record<Action, Scope>> = {
  ...EDITOR,
  "settings.manage": "any",
  "site.manage": "any",
  "user.manage": "any",
  "user.revokeSessions": "any",
  "audit.read": "any",
  "trash.empty": "any",
  "mail.read": "any",
  "wordpress.import": "any",
};

export const PERMISSIONS: Record<Role, Partial<Record<Action, Scope>>> = { ADMIN, EDITOR, AUTHOR };

export const ROLE_LABELS: Record<Role, string> = {
  ADMIN: "Administrateur",
  EDITOR: "Éditeur",
  AUTHOR: "Auteur",
};

/** The minimum a permission check needs to know about the actor. */
export type PermissionSubject = { id: string; role: Role; mustEnrollTwoFactor?: boolean };

/**
 * Whether `subject` may do `action`, on `resource` when the action is scoped to owners. An admin
 * who must enrol in two-factor authentication first may do nothing until then.
 */
export function can(subject: PermissionSubject | null | undefined, action: Action, resource?: { ownerId: string | null }): boolean {
  if (!subject || subject.mustEnrollTwoFactor) return false;
  const scope = PERMISSIONS[subject.role][action];
  if (!scope) return false;
  if (scope === "any") return true;
  // "own" without a resource asks "may they do it to something of theirs?"; with one, it must be theirs.
  return resource === undefined || resource.ownerId === subject.id;
}
