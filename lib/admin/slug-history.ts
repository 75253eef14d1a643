import "server-only";
import type { Prisma } from "../generated/prisma/client";
import { FieldError } from "./errors";

/**
 * The slugs of categories and tags, current and former. A former slug keeps answering a 308 to its
 * category or tag for ever, so it can never be given to another one; its own category or tag may
 * take it back (the redirect then goes).
 */
export type SlugKind = "category" | "tag";

const OF: Record<SlugKind, string> = { category: "de la rubrique", tag: "du mot-clé" };
const THE: Record<SlugKind, string> = { category: "la rubrique", tag: "le mot-clé" };

type Use = { ownerId: string; ownerName: string; former: boolean };

async function slugUse(tx: Prisma.TransactionClient, kind: SlugKind, slug: string): Promise<Use | null> {
  if (kind === "category") {
    const current = await tx.category.findUnique({ where: { slug }, select: { id: true, name: true } });
    if (current) return { ownerId: current.id, ownerName: current.name, former: false };
    const former = await tx.categorySlugRedirect.findUnique({ where: { oldSlug: slug }, select: { category: { select: { id: true, name: true } } } });
    return former ? { ownerId: former.category.id, ownerName: former.category.name, former: true } : null;
  }
  const current = await tx.tag.findUnique({ where: { slug }, select: { id: true, name: true } });
  if (current) return { ownerId: current.id, ownerName: current.name, former: false };
  const former = await tx.tagSlugRedirect.findUnique({ where: { oldSlug: slug }, select: { tag: { select: { id: true, name: true } } } });
  return former ? { ownerId: former.tag.id, ownerName: former.tag.name, former: true } : null;
}

/** Throws a field error when another category (or tag) has `slug` now or had it before. */
export async function assertSlugAvailable(tx: Prisma.TransactionClient, kind: SlugKind, slug: string, ownerId: string | null): Promise<void> {
  const use = await slugUse(tx, kind, slug);
  if (!use || use.ownerId === ownerId) return;
  throw new FieldError(
    "slug",
    use.former
      ? `L’adresse « ${slug} » redirige vers ${THE[kind]} « ${use.ownerName} », dont c’est une ancienne adresse : choisissez-en une autre.`
      : `L’adresse « ${slug} » est déjà celle ${OF[kind]} « ${use.ownerName} » : choisissez-en une autre.`,
  );
}

/** After a slug change: the old slug redirects to its owner; the new one, if it was a former slug of the owner, no longer does. */
export async function recordSlugChange(tx: Prisma.TransactionClient, kind: SlugKind, ownerId: string, from: string, to: string): Promise<void> {
  if (kind === "category") {
    await tx.categorySlugRedirect.deleteMany({ where: { oldSlug: to, categoryId: ownerId } });
    await tx.categorySlugRedirect.create({ data: { oldSlug: from, categoryId: ownerId } });
  } else {
    await tx.tagSlugRedirect.deleteMany({ where: { oldSlug: to, tagId: ownerId } });
    await tx.tagSlugRedirect.create({ data: { oldSlug: from, tagId: ownerId } });
  }
}

/** A unique constraint broken by a concurrent write that no lock covered (Prisma's P2002). */
export function isUniqueViolation(error: unknown): boolean {
  return typeof error === "object" && error !== null && (error as { code?: unknown }).code === "P2002";
}

/** A foreign key that still holds rows (Prisma's P2003): an article attached meanwhile. */
export function isForeignKeyViolation(error: unknown): boolean {
  return typeof error === "object" && error !== null && (error as { code?: unknown }).code === "P2003";
}

/** The field error a lost race on a slug gets: the same words as the check that came too early. */
export function slugTakenMeanwhile(slug: string): FieldError {
  return new FieldError("slug", `L’adresse « ${slug} » vient d’être prise : choisissez-en une autre.`);
}
