import "server-only";
import { changedFields, recordAudit } from "../../audit/record";
import { requirePermission } from "../../auth/authorize";
import type { Actor } from "../../auth/session";
import { prisma } from "../../db";
import type { Prisma } from "../../generated/prisma/client";
import type { RequestContext } from "../../request-context";
import { revalidateTagChange } from "../../revalidate";
import { CommandError, ConflictError, FieldError, NotFoundError, RuleError } from "../errors";
import { serializeWrites } from "../serialize";
import { assertSlugAvailable, isUniqueViolation, recordSlugChange, slugTakenMeanwhile } from "../slug-history";
import { articlesSentence } from "../taxonomy-fields";
import type { DeleteTagInput, MergeTagsInput, RenameTagInput, TagInput } from "./schema";

type Tx = Prisma.TransactionClient;

const MISSING = "Ce mot-clé n’existe pas ou plus : il a peut-être été supprimé ou fusionné entre-temps.";

const tagTarget = (tag: { id: string; name: string }, label = tag.name) => ({ type: "tag" as const, id: tag.id, label });

/**
 * Holds the tag's row until commit. Attaching a tag to an article locks that row too (the foreign
 * key's check), so no article can gain this tag between the moment its links are counted or moved
 * and the moment it is deleted — the cascade would silently take that link away.
 */
async function lockTag(tx: Tx, id: string): Promise<void> {
  await tx.$queryRaw`SELECT id FROM "Tag" WHERE id = ${id} FOR UPDATE`;
}

async function guardSlugRace<T>(slug: string, run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    if (error instanceof CommandError) throw error;
    if (isUniqueViolation(error)) throw slugTakenMeanwhile(slug);
    throw error;
  }
}

export async function createTag(actor: Actor | null, input: TagInput, context: RequestContext) {
  requirePermission(actor, "tag.manage");
  const tag = await guardSlugRace(input.slug, () =>
    prisma.$transaction(async (tx) => {
      await serializeWrites(tx, "tags");
      await assertSlugAvailable(tx, "tag", input.slug, null);
      const tag = await tx.tag.create({ data: input, select: { id: true, name: true } });
      await recordAudit({ action: "tag.created", actor, target: tagTarget(tag), details: changedFields({}, input), ip: context.ip }, tx);
      return tag;
    }),
  );
  revalidateTagChange([input.slug]);
  return { id: tag.id };
}

/**
 * Renames a tag (name and slug), unless someone saved it since the form was loaded. The old slug
 * becomes a redirect to the tag, so its old URLs answer 308.
 */
export async function renameTag(actor: Actor | null, input: RenameTagInput, context: RequestContext) {
  requirePermission(actor, "tag.manage");
  const { id, updatedAt, ...data } = input;
  const outcome = await guardSlugRace(data.slug, () =>
    prisma.$transaction(async (tx) => {
      await serializeWrites(tx, "tags");
      const before = await tx.tag.findUnique({ where: { id }, include: { oldSlugs: { select: { oldSlug: true } } } });
      if (!before) throw new NotFoundError(MISSING);
      if (before.updatedAt.getTime() !== updatedAt.getTime()) throw new ConflictError();
      const changes = changedFields(before, data);
      if (Object.keys(changes).length === 0) return { changes, slugs: [] };
      if (data.slug !== before.slug) {
        await assertSlugAvailable(tx, "tag", data.slug, id);
        await recordSlugChange(tx, "tag", id, before.slug, data.slug);
      }
      await tx.tag.update({ where: { id }, data });
      await recordAudit({ action: "tag.updated", actor, target: tagTarget({ id, name: data.name }), details: changes, ip: context.ip }, tx);
      // Every former slug too: their cached redirects name the slug the tag had until now.
      return { changes, slugs: [before.slug, data.slug, ...before.oldSlugs.map((row) => row.oldSlug)] };
    }),
  );
  if (outcome.slugs.length > 0) revalidateTagChange(outcome.slugs);
  return { changed: Object.keys(outcome.changes), slug: data.slug };
}

/**
 * Merges the source tag into the target, in one transaction: the source's articles get the target
 * (once, even those that had both), its former slugs and its slug redirect to the target, and the
 * source is deleted.
 */
export async function mergeTags(actor: Actor | null, input: MergeTagsInput, context: RequestContext) {
  requirePermission(actor, "tag.manage");
  if (input.sourceId === input.targetId) throw new FieldError("targetId", "Choisissez un autre mot-clé que celui-ci.");
  const result = await prisma.$transaction(async (tx) => {
    await serializeWrites(tx, "tags");
    // Always in the same order, so that two merges of the same pair cannot deadlock.
    for (const id of [input.sourceId, input.targetId].sort()) await lockTag(tx, id);
    const source = await tx.tag.findUnique({
      where: { id: input.sourceId },
      include: { oldSlugs: { select: { oldSlug: true } }, articles: { select: { articleId: true } } },
    });
    if (!source) throw new NotFoundError(MISSING);
    const target = await tx.tag.findUnique({ where: { id: input.targetId }, select: { id: true, name: true, slug: true } });
    if (!target) throw new FieldError("targetId", "Le mot-clé choisi n’existe pas ou plus : choisissez-en un autre.");
    const articleIds = source.articles.map((link) => link.articleId);
    await tx.articleTag.createMany({ data: articleIds.map((articleId) => ({ articleId, tagId: target.id })), skipDuplicates: true });
    await tx.tagSlugRedirect.updateMany({ where: { tagId: source.id }, data: { tagId: target.id } });
    // The cascade removes the source's own links, now copied.
    await tx.tag.delete({ where: { id: source.id } });
    await tx.tagSlugRedirect.create({ data: { oldSlug: source.slug, tagId: target.id } });
    await recordAudit(
      {
        action: "tag.merged",
        actor,
        target: tagTarget(target, `${source.name} → ${target.name}`),
        details: { name: [source.name, target.name], slug: [source.slug, target.slug], articles: articleIds.length },
        ip: context.ip,
      },
      tx,
    );
    return {
      sourceName: source.name,
      targetName: target.name,
      articles: articleIds.length,
      slugs: [source.slug, ...source.oldSlugs.map((row) => row.oldSlug), target.slug],
    };
  });
  revalidateTagChange(result.slugs);
  return { targetId: input.targetId, sourceName: result.sourceName, targetName: result.targetName, articles: result.articles };
}

/** Deletes a tag no article carries (whatever its status). */
export async function deleteTag(actor: Actor | null, input: DeleteTagInput, context: RequestContext) {
  requirePermission(actor, "tag.manage");
  const result = await prisma.$transaction(async (tx) => {
    await serializeWrites(tx, "tags");
    await lockTag(tx, input.id);
    const tag = await tx.tag.findUnique({
      where: { id: input.id },
      include: { oldSlugs: { select: { oldSlug: true } }, _count: { select: { articles: true } } },
    });
    if (!tag) throw new NotFoundError(MISSING);
    const count = tag._count.articles;
    if (count > 0) {
      throw new RuleError(
        `Ce mot-clé est attaché à ${articlesSentence(count)} (brouillons compris) : retirez-le de ${count === 1 ? "cet article" : "ces articles"} ou fusionnez-le avec un autre mot-clé.`,
      );
    }
    await tx.tag.delete({ where: { id: tag.id } });
    await recordAudit({ action: "tag.deleted", actor, target: tagTarget(tag), details: { name: tag.name, slug: tag.slug }, ip: context.ip }, tx);
    return { name: tag.name, slugs: [tag.slug, ...tag.oldSlugs.map((row) => row.oldSlug)] };
  });
  revalidateTagChange(result.slugs);
  return { name: result.name };
}
