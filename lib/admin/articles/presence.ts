import "server-only";
import { requirePermission } from "../../auth/authorize";
import type { Actor } from "../../auth/session";
import { prisma } from "../../db";
import { NotFoundError } from "../errors";
import { MISSING_ARTICLE } from "./content";

/** A heartbeat every 30 seconds keeps one's presence; without one for this long, it is over. */
export const PRESENCE_TTL_MS = 90_000;

export type OtherEditor = { name: string; since: string };

/**
 * "I am editing this article": records or refreshes the actor's presence, and says who else has
 * it open, since when. Stored in PostgreSQL, so every instance sees everyone; rows expire alone.
 */
export async function heartbeat(actor: Actor | null, input: { id: string }, now: Date = new Date()): Promise<{ others: OtherEditor[] }> {
  requirePermission(actor, "article.read");
  const article = await prisma.article.findUnique({ where: { id: input.id }, select: { authorId: true } });
  if (!article) throw new NotFoundError(MISSING_ARTICLE);
  requirePermission(actor, "article.read", { ownerId: article.authorId });
  await prisma.articleEditor.upsert({
    where: { articleId_userId: { articleId: input.id, userId: actor.id } },
    create: { articleId: input.id, userId: actor.id, startedAt: now, heartbeatAt: now },
    update: { heartbeatAt: now },
  });
  return { others: await otherEditors(actor.id, input.id, now) };
}

export async function otherEditors(actorId: string, articleId: string, now: Date = new Date()): Promise<OtherEditor[]> {
  const rows = await prisma.articleEditor.findMany({
    where: { articleId, userId: { not: actorId }, heartbeatAt: { gt: new Date(now.getTime() - PRESENCE_TTL_MS) } },
    orderBy: { startedAt: "asc" },
    select: { startedAt: true, user: { select: { name: true } } },
  });
  return rows.map((row) => ({ name: row.user.name, since: row.startedAt.toISOString() }));
}

/** The editor was closed: the others stop seeing the actor at once. */
export async function leaveEditor(actor: Actor | null, input: { id: string }): Promise<void> {
  requirePermission(actor, "article.read");
  await prisma.articleEditor.deleteMany({ where: { articleId: input.id, userId: actor.id } });
  // Presences nobody closed (a crashed tab) go with the next departure.
  await prisma.articleEditor.deleteMany({ where: { heartbeatAt: { lt: new Date(Date.now() - 24 * 3_600_000) } } });
}
