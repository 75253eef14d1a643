import "server-only";
import { requirePermission } from "../../auth/authorize";
import type { Actor } from "../../auth/session";
import { prisma } from "../../db";
import { publicSettingsSelect } from "../../public/site";

/** The settings as the form edits them (admins only). */
export async function getSettingsForEditing(actor: Actor | null) {
  requirePermission(actor, "settings.manage");
  return prisma.siteSettings.findUniqueOrThrow({
    where: { id: 1 },
    select: { ...publicSettingsSelect, requireAdminTwoFactor: true, recommendationsEnabled: true, recommendationDailyCap: true, updatedAt: true },
  });
}
