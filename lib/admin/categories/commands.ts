import "server-only";
import { changedFields, recordAudit } from "../../audit/record";
import { requirePermission } from "../../auth/authorize";
import type { Actor } from "../../auth/session";
import { prisma } from "../../db";
import type { Prisma } from "../../generated/prisma/client";
import type { RequestContext } from "../../request-context";
import { revalidateCategoryChange } from "../../revalidate";
import { CommandError, ConflictError, NotFoundError, RuleError } from "../errors";
import { moveOneStep, renumbering, type MoveInput } from "../ordering";
import { serializeWrites } from "../serialize";
import { assertSlugAvailable, isForeignKeyViolation, isUniqueViolation, recordSlugChange, slugTakenMeanwhile } from "../slug-history";
import { articlesSentence } from "../taxonomy-fields";
import type { CategoryInput, DeleteCategoryInput, UpdateCategoryInput } from "./schema";

type Tx = Prisma.TransactionClient;

const MISSING = "Cette rubrique n’existe pas ou plus : elle a peut-être été supprimée entre-temps.";

const categoryTarget = (category: { id: string; name: string }) => ({ type: "category" as const, id: category.id, label: category.name });

function orderedCategories(tx: Tx) {
  return tx.category.findMany({ orderBy: [{ position: "asc" }, { name: "asc" }], select: { id: true, name: true, slug: true, position: true } });
}

async function applyPositions(tx: Tx, rows: { id: string; position: number }[], ids: string[]): Promise<void> {
  for (const { id, position } of renumbering(rows, ids)) await tx.category.update({ where: { id }, data: { position } });
}

/** A unique index broken by a write no lock covered becomes the slug's field error. */
async function guardSlugRace<T>(slug: string, run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    if (error instanceof CommandError) throw error;
    if (isUniqueViolation(error)) throw slugTakenMeanwhile(slug);
    throw error;
  }
}

/** Adds a category at the end of the editorial order. */
export async function createCategory(actor: Actor | null, input: CategoryInput, context: RequestContext) {
  requirePermission(actor, "category.manage");
  const category = await guardSlugRace(input.slug, () =>
    prisma.$transaction(async (tx) => {
      await serializeWrites(tx, "categories");
      await assertSlugAvailable(tx, "category", input.slug, null);
      const last = await tx.category.aggregate({ _max: { position: true } });
      const category = await tx.category.create({ data: { ...input, position: (last._max.position ?? -1) + 1 }, select: { id: true, name: true } });
      await recordAudit({ action: "category.created", actor, target: categoryTarget(category), details: changedFields({}, input), ip: context.ip }, tx);
      return category;
    }),
  );
  // Nothing public shows a category without articles, but a page may have cached its slug as unknown.
  revalidateCategoryChange([input.slug]);
  return { id: category.id };
}

/**
 * Renames, re-describes or moves a category to a new slug, unless someone saved it since the form
 * was loaded. The old slug becomes a redirect to the category, so its old URLs answer 308.
 */
export async function updateCategory(actor: Actor | null, input: UpdateCategoryInput, context: RequestContext) {
  requirePermission(actor, "category.manage");
  const { id, updatedAt, ...data } = input;
  const outcome = await guardSlugRace(data.slug, () =>
    prisma.$transaction(async (tx) => {
      await serializeWrites(tx, "categories");
      const before = await tx.category.findUnique({ where: { id }, include: { oldSlugs: { select: { oldSlug: true } } } });
      if (!before) throw new NotFoundError(MISSING);
      if (before.updatedAt.getTime() !== updatedAt.getTime()) throw new ConflictError();
      const changes = changedFields(before, data);
      const formerSlugs = before.oldSlugs.map((row) => row.oldSlug);
      if (Object.keys(changes).length === 0) return { changes, slugs: [] };
      if (data.slug !== before.slug) {
        await assertSlugAvailable(tx, "category", data.slug, id);
        await recordSlugChange(tx, "category", id, before.slug, data.slug);
      }
      await tx.category.update({ where: { id }, data });
      await recordAudit({ action: "category.updated", actor, target: categoryTarget({ id, name: data.name }), details: changes, ip: context.ip }, tx);
      // Every former slug too: their cached redirects name the slug the category had until now.
      return { changes, slugs: [before.slug, data.slug, ...formerSlugs] };
    }),
  );
  if (outcome.slugs.length > 0) revalidateCategoryChange(outcome.slugs);
  return { changed: Object.keys(outcome.changes), slug: data.slug };
}

/** Moves a category one step up or down the editorial order (menus, filters, the site map). */
export async function moveCategory(actor: Actor | null, input: MoveInput, context: RequestContext) {
  requirePermission(actor, "category.manage");
  const result = await prisma.$transaction(async (tx) => {
    await serializeWrites(tx, "categories");
    const rows = await orderedCategories(tx);
    const category = rows.find((row) => row.id === input.id);
    if (!category) throw new NotFoundError(MISSING);
    const from = rows.indexOf(category);
    const order = moveOneStep(
      rows.map((row) => row.id),
      input.id,
      input.direction,
    );
    if (!order) return { moved: false, name: category.name, position: from, count: rows.length, slugs: [] };
    await applyPositions(tx, rows, order);
    const to = order.indexOf(input.id);
    await recordAudit({ action: "category.reordered", actor, target: categoryTarget(category), details: { position: [from + 1, to + 1] }, ip: context.ip }, tx);
    return { moved: true, name: category.name, position: to, count: rows.length, slugs: [category.slug, rows[to]!.slug] };
  });
  if (result.moved) revalidateCategoryChange(result.slugs);
  return { moved: result.moved, name: result.name, position: result.position, count: result.count };
}

/** Deletes a category no article uses (whatever its status): an article always has a category. */
export async function deleteCategory(actor: Actor | null, input: DeleteCategoryInput, context: RequestContext) {
  requirePermission(actor, "category.manage");
  let result: { name: string; slugs: string[] };
  try {
    result = await prisma.$transaction(async (tx) => {
      await serializeWrites(tx, "categories");
      const category = await tx.category.findUnique({
        where: { id: input.id },
        include: { oldSlugs: { select: { oldSlug: true } }, _count: { select: { articles: true } } },
      });
      if (!category) throw new NotFoundError(MISSING);
      if (category._count.articles > 0) throw inUse(category._count.articles);
      await tx.category.delete({ where: { id: category.id } });
      const rows = await orderedCategories(tx);
      await applyPositions(
        tx,
        rows,
        rows.map((row) => row.id),
      );
      await recordAudit(
        { action: "category.deleted", actor, target: categoryTarget(category), details: { name: category.name, slug: category.slug }, ip: context.ip },
        tx,
      );
      return { name: category.name, slugs: [category.slug, ...category.oldSlugs.map((row) => row.oldSlug)] };
    });
  } catch (error) {
    // An article given this category between the count and the deletion (the key is ON DELETE RESTRICT).
    if (!(error instanceof CommandError) && isForeignKeyViolation(error)) {
      throw new RuleError("Un article vient d’être rattaché à cette rubrique : elle ne peut plus être supprimée.");
    }
    throw error;
  }
  revalidateCategoryChange(result.slugs);
  return { name: result.name };
}

function inUse(count: number): RuleError {
  return new RuleError(
    `Cette rubrique est utilisée par ${articlesSentence(count)} (brouillons compris) : rattachez ${count === 1 ? "cet article" : "ces articles"} à une autre rubrique avant de la supprimer.`,
  );
}
