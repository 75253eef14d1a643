import { can, type Action, type PermissionSubject } from "@/lib/auth/permissions";
import { paths } from "@/lib/paths";

/** The back office's sections, each shown to the roles the permission table lets in. */
const SECTIONS: { href: string; label: string; permission?: Action }[] = [
  { href: paths.admin.home(), label: "Tableau de bord" },
  { href: paths.admin.articles(), label: "Articles", permission: "article.read" },
  { href: paths.admin.media(), label: "Médias", permission: "media.upload" },
  { href: paths.admin.statistics(), label: "Statistiques", permission: "statistics.read" },
  { href: paths.admin.categories(), label: "Rubriques", permission: "category.manage" },
  { href: paths.admin.tags(), label: "Mots-clés", permission: "tag.manage" },
  { href: paths.admin.people(), label: "Personnes", permission: "user.manage" },
  { href: paths.admin.sites(), label: "Sites", permission: "site.manage" },
  { href: paths.admin.settings(), label: "Réglages", permission: "settings.manage" },
  { href: paths.admin.mails(), label: "Courriels", permission: "mail.read" },
  { href: paths.admin.auditLog(), label: "Journal", permission: "audit.read" },
  { href: paths.admin.wordpressImports(), label: "Import WordPress", permission: "wordpress.import" },
];

export function adminSections(subject: PermissionSubject | null): { href: string; label: string }[] {
  if (!subject || subject.mustEnrollTwoFactor) return [];
  return SECTIONS.filter((section) => !section.permission || can(subject, section.permission)).map(({ href, label }) => ({ href, label }));
}
