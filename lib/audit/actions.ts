/**
 * Every kind of entry of the audit log, with the French words /admin/journal shows. The next
 * issue adds the article actions here.
 */
export const AUDIT_ACTIONS = {
  "auth.sign_in": "Connexion",
  "auth.sign_in_failed": "Échec de connexion",
  "auth.locked_out": "Blocage après trop d’échecs",
  "auth.sign_out": "Déconnexion",
  "auth.sign_out_everywhere": "Déconnexion de tous les appareils",
  "auth.password_changed": "Changement de mot de passe",
  "auth.password_set": "Mot de passe choisi par lien",
  "auth.two_factor_enabled": "Double authentification activée",
  "auth.two_factor_disabled": "Double authentification désactivée",
  "auth.recovery_codes_renewed": "Codes de secours renouvelés",
  "auth.recovery_code_used": "Connexion avec un code de secours",
  "user.created": "Création d’une personne",
  "user.updated": "Modification d’une personne",
  "user.role_changed": "Changement de rôle",
  "user.disabled": "Désactivation d’un compte",
  "user.enabled": "Réactivation d’un compte",
  "user.deleted": "Suppression d’un compte",
  "user.password_link_created": "Lien de choix du mot de passe",
  "user.sessions_revoked": "Fin des sessions d’une personne",
  "user.unlocked": "Déblocage d’un compte",
  "user.two_factor_reset": "Réinitialisation de la double authentification",
  "settings.updated": "Modification des réglages",
  "site.created": "Ajout d’un site",
  "site.updated": "Modification d’un site",
  "site.deleted": "Suppression d’un site",
  "mail.requeued": "Courriel remis en file",
  "site.reordered": "Nouvel ordre des sites",
  "category.created": "Création d’une rubrique",
  "category.updated": "Modification d’une rubrique",
  "category.deleted": "Suppression d’une rubrique",
  "category.reordered": "Nouvel ordre des rubriques",
  "tag.created": "Création d’un mot-clé",
  "tag.updated": "Modification d’un mot-clé",
  "tag.merged": "Fusion de mots-clés",
  "tag.deleted": "Suppression d’un mot-clé",
  "article.created": "Création d’un article",
  "article.saved": "Enregistrement d’un article",
  "article.submitted": "Soumission à la relecture",
  "article.withdrawn": "Retour en brouillon",
  "article.published": "Publication",
  "article.updated": "Mise à jour d’un article publié",
  "article.scheduled": "Programmation",
  "article.unpublished": "Dépublication",
  "article.archived": "Archivage",
  "article.changes_discarded": "Abandon des modifications en cours",
  "article.revision_restored": "Restauration d’une version",
  "article.trashed": "Mise à la corbeille",
  "article.restored": "Sortie de la corbeille",
  "article.trash_emptied": "Corbeille vidée",
  "media.uploaded": "Téléversement d’une image",
  "media.updated": "Modification d’une image",
  "media.deleted": "Suppression d’une image",
} as const;

export type AuditAction = keyof typeof AUDIT_ACTIONS;

export function isAuditAction(value: string): value is AuditAction {
  return Object.hasOwn(AUDIT_ACTIONS, value);
}
