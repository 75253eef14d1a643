import "server-only";
import { requirePermission } from "../../auth/authorize";
import type { Actor } from "../../auth/session";
import { prisma } from "../../db";

/** The settings as the form edits them (admins only). */
export async function getSettingsForEditing(actor: Actor | null) {
  requirePermission(actor, "settings.manage");
  return prisma.siteSettings.findUniqueOrThrow({
    where: { id: 1 },
    select: {
      siteName: true,
      shortName: true,
      tagline: true,
      description: true,
      ministry: true,
      contactEmail: true,
      articlesPerPage: true,
      accessibilityStatus: true,
      requireAdminTwoFactor: true,
      updatedAt: true,
    },
  });
}
