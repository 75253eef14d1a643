import "server-only";
import { prisma } from "../db";

/** Whether admins have left "Envoyer à un proche" open (read per request: the form page is dynamic). */
export async function isRecommendationFormOpen(): Promise<boolean> {
  const row = await prisma.siteSettings.findUnique({ where: { id: 1 }, select: { recommendationsEnabled: true } });
  return row?.recommendationsEnabled ?? false;
}
