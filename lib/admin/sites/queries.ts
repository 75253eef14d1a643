import "server-only";
import { requirePermission } from "../../auth/authorize";
import type { Actor } from "../../auth/session";
import { prisma } from "../../db";
import { publicSiteSelect, siteOrder } from "../../public/site";

const siteSelect = publicSiteSelect;

/** The sites in the order "Nous contacter" shows them (admins only). */
export async function listSitesForEditing(actor: Actor | null) {
  requirePermission(actor, "site.manage");
  return prisma.site.findMany({ orderBy: siteOrder, select: siteSelect });
}

/** One site as its form edits it, with the version the form sends back; null when it does not exist. */
export async function getSiteForEditing(actor: Actor | null, id: string) {
  requirePermission(actor, "site.manage");
  const [site, count] = await Promise.all([prisma.site.findUnique({ where: { id }, select: { ...siteSelect, updatedAt: true } }), prisma.site.count()]);
  return site ? { ...site, siteCount: count } : null;
}
