import "server-only";
import { changedFields, recordAudit } from "../../audit/record";
import { requirePermission } from "../../auth/authorize";
import type { Actor } from "../../auth/session";
import { prisma } from "../../db";
import type { RequestContext } from "../../request-context";
import { revalidateSettings } from "../../revalidate";
import { RuleError } from "../errors";
import type { SettingsInput } from "./schema";

/**
 * Saves the site's settings. The name reaches every public page (header, footer, titles, feeds,
 * JSON-LD) at the next request through the `settings` tag.
 */
export async function updateSettings(actor: Actor | null, input: SettingsInput, context: RequestContext) {
  requirePermission(actor, "settings.manage");
  const data = { ...input, contactEmail: input.contactEmail ?? "", ministry: input.ministry.replace(/\r\n/g, "\n") };
  const changes = await prisma.$transaction(async (tx) => {
    const before = await tx.siteSettings.findUniqueOrThrow({ where: { id: 1 } });
    // Whoever makes two-factor authentication mandatory must not lock themself out of the settings.
    if (data.requireAdminTwoFactor && !before.requireAdminTwoFactor && !actor.twoFactorEnabled) {
      throw new RuleError(
        "Activez d’abord la double authentification sur votre propre compte : sinon cette règle vous fermerait l’accès à l’administration.",
        "requireAdminTwoFactor",
      );
    }
    const changes = changedFields(before, data);
    if (Object.keys(changes).length === 0) return changes;
    await tx.siteSettings.update({ where: { id: 1 }, data });
    await recordAudit(
      { action: "settings.updated", actor, target: { type: "settings", id: "1", label: data.siteName }, details: changes, ip: context.ip },
      tx,
    );
    return changes;
  });
  if (Object.keys(changes).length > 0) revalidateSettings();
  return { changed: Object.keys(changes) };
}
