import { revalidateTag } from "next/cache";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { createCategoryAction, deleteCategoryAction, moveCategoryAction, updateCategoryAction } from "@/app/admin/(espace)/rubriques/actions";
import { prisma } from "@/lib/db";
import type { Category } from "@/lib/generated/prisma/client";
import { getPublicCategories, lookupCategory } from "@/lib/public/taxonomies";
import { createArticle, createCategory, createStaff, resetDatabase } from "../factories";
import { databaseSnapshot } from "../support/database-snapshot";
import { auditActions, post } from "../support/matrix";
import { actAs, resetRequest } from "../support/request";

function revalidatedTags(): string[] {
  return vi.mocked(revalidateTag).mock.calls.map(([tag]) => tag);
}

async function fresh(id: string): Promise<Category> {
  return prisma.category.findUniqueOrThrow({ where: { id } });
}

/** The edit form of `category` as its page fills it, with `changes` typed over. */
async function editForm(id: string, changes: Partial<Record<"name" | "slug" | "description", string>> = {}) {
  const category = await fresh(id);
  return { id, updatedAt: category.updatedAt.toISOString(), name: category.name, slug: category.slug, description: category.description, ...changes };
}

describe("categories", () => {
  beforeEach(async () => {
    resetRequest();
    await resetDatabase();
    actAs(await createStaff("EDITOR", { email: "editeur@ecole.example", name: "Émile Éditeur" }));
    vi.mocked(revalidateTag).mockClear();
  });

  it("creates a category at the end of the order, its slug made from the name when left empty", async () => {
    await createCategory({ name: "Recherche", slug: "recherche", position: 0 });
    const result = await post(createCategoryAction, { name: "Vie de l’École", slug: "", description: "  Cérémonies et événements. " });
    const created = await prisma.category.findUniqueOrThrow({ where: { slug: "vie-de-lecole" } });
    expect(result).toEqual({ status: "redirect", to: `/admin/rubriques/${created.id}?statut=creee` });
    expect(created).toMatchObject({ name: "Vie de l’École", description: "Cérémonies et événements.", position: 1 });
    expect(revalidatedTags()).toEqual(expect.arrayContaining(["articles", "category:vie-de-lecole"]));
    const entry = await prisma.auditLog.findFirstOrThrow({ where: { action: "category.created" } });
    expect(entry).toMatchObject({ targetId: created.id, targetLabel: "Vie de l’École", actorLabel: "Émile Éditeur <editeur@ecole.example>" });
  });

  it("renames a category: the old slug redirects (308 on the public side) as soon as it has a public article", async () => {
    const category = await createCategory({ name: "Formation", slug: "formation" });
    expect(await lookupCategory("formation")).toEqual({ kind: "missing" });
    await createArticle({ categoryId: category.id });
    expect(await lookupCategory("formation")).toMatchObject({ kind: "found", scope: { slug: "formation", name: "Formation" } });

    const result = await post(updateCategoryAction, await editForm(category.id, { name: "Formation initiale", slug: "formation-initiale" }));
    expect(result).toMatchObject({ status: "success", message: expect.stringMatching(/ancienne adresse redirige/) });
    expect(await lookupCategory("formation")).toEqual({ kind: "redirect", slug: "formation-initiale" });
    expect(await lookupCategory("formation-initiale")).toMatchObject({ kind: "found", scope: { name: "Formation initiale" } });
    expect(revalidatedTags()).toEqual(expect.arrayContaining(["articles", "category:formation", "category:formation-initiale"]));

    const entry = await prisma.auditLog.findFirstOrThrow({ where: { action: "category.updated" } });
    expect(entry.details).toEqual({ name: ["Formation", "Formation initiale"], slug: ["formation", "formation-initiale"] });

    // A second rename: every former slug redirects to the current one, and is invalidated.
    vi.mocked(revalidateTag).mockClear();
    await post(updateCategoryAction, await editForm(category.id, { slug: "formation-des-eleves" }));
    expect(await lookupCategory("formation")).toEqual({ kind: "redirect", slug: "formation-des-eleves" });
    expect(await lookupCategory("formation-initiale")).toEqual({ kind: "redirect", slug: "formation-des-eleves" });
    expect(revalidatedTags()).toEqual(expect.arrayContaining(["articles", "category:formation", "category:formation-initiale", "category:formation-des-eleves"]));
  });

  it("takes back one of its own former slugs: that redirect goes, the slug it leaves redirects", async () => {
    const category = await createCategory({ name: "Formation", slug: "formation" });
    await createArticle({ categoryId: category.id });
    await post(updateCategoryAction, await editForm(category.id, { slug: "formation-initiale" }));
    const result = await post(updateCategoryAction, await editForm(category.id, { slug: "formation" }));
    expect(result).toMatchObject({ status: "success" });
    expect(await prisma.categorySlugRedirect.findMany({ select: { oldSlug: true } })).toEqual([{ oldSlug: "formation-initiale" }]);
    expect(await lookupCategory("formation")).toMatchObject({ kind: "found" });
    expect(await lookupCategory("formation-initiale")).toEqual({ kind: "redirect", slug: "formation" });
  });

  it("refuses a slug another category has, or had, with a French message on the slug field, and changes nothing", async () => {
    await createCategory({ name: "Recherche", slug: "recherche" });
    const renamed = await createCategory({ name: "International", slug: "international" });
    await post(updateCategoryAction, await editForm(renamed.id, { slug: "europe-et-international" }));
    const category = await createCategory({ name: "Partenariats", slug: "partenariats" });
    const before = await databaseSnapshot();

    expect(await post(updateCategoryAction, await editForm(category.id, { slug: "recherche" }))).toMatchObject({
      status: "error",
      fieldErrors: { slug: "L’adresse « recherche » est déjà celle de la rubrique « Recherche » : choisissez-en une autre." },
    });
    expect(await post(updateCategoryAction, await editForm(category.id, { slug: "international" }))).toMatchObject({
      status: "error",
      fieldErrors: { slug: "L’adresse « international » redirige vers la rubrique « International », dont c’est une ancienne adresse : choisissez-en une autre." },
    });
    expect(await post(createCategoryAction, { name: "Recherche", slug: "" })).toMatchObject({ status: "error", fieldErrors: { slug: expect.stringMatching(/déjà celle/) } });
    expect(await post(createCategoryAction, { name: "Europe", slug: "international" })).toMatchObject({ status: "error", fieldErrors: { slug: expect.stringMatching(/ancienne adresse/) } });
    expect(await post(createCategoryAction, { name: "Europe", slug: "Europe Unie" })).toMatchObject({
      status: "error",
      fieldErrors: { slug: expect.stringMatching(/lettres minuscules sans accent/) },
    });
    expect(await post(updateCategoryAction, await editForm(category.id, { name: "" }))).toMatchObject({ status: "error", fieldErrors: { name: "Nom : ce champ est obligatoire." } });
    expect(await databaseSnapshot()).toBe(before);
  });

  it("refuses to save over a change made meanwhile by someone else", async () => {
    const category = await createCategory({ name: "Recherche", slug: "recherche" });
    const stale = await editForm(category.id);
    await post(updateCategoryAction, await editForm(category.id, { description: "Séminaires et colloques." }));
    const before = await databaseSnapshot();
    expect(await post(updateCategoryAction, { ...stale, slug: "recherche-et-colloques" })).toMatchObject({
      status: "error",
      message: expect.stringMatching(/modifié entre-temps/),
    });
    expect(await databaseSnapshot()).toBe(before);
  });

  it("deletes a category only when no article uses it, drafts included, and forgets its former slugs", async () => {
    const category = await createCategory({ name: "Formation", slug: "formation" });
    await post(updateCategoryAction, await editForm(category.id, { slug: "formation-initiale" }));
    const [draft, published] = [await createArticle({ categoryId: category.id, status: "DRAFT" }), await createArticle({ categoryId: category.id })];

    const before = await databaseSnapshot();
    expect(await post(deleteCategoryAction, { id: category.id, confirm: "on" })).toMatchObject({
      status: "error",
      message: "Cette rubrique est utilisée par 2 articles (brouillons compris) : rattachez ces articles à une autre rubrique avant de la supprimer.",
    });
    expect(await databaseSnapshot()).toBe(before);
    await prisma.article.delete({ where: { id: published.id } });
    expect(await post(deleteCategoryAction, { id: category.id, confirm: "on" })).toMatchObject({ message: expect.stringMatching(/utilisée par 1 article \(/) });
    expect(await post(deleteCategoryAction, { id: category.id })).toMatchObject({ fieldErrors: { confirm: expect.stringMatching(/Cochez la case/) } });
    await prisma.article.delete({ where: { id: draft.id } });

    vi.mocked(revalidateTag).mockClear();
    expect(await post(deleteCategoryAction, { id: category.id, confirm: "on" })).toEqual({ status: "redirect", to: "/admin/rubriques?statut=supprimee" });
    expect(await prisma.category.count()).toBe(0);
    expect(await prisma.categorySlugRedirect.count()).toBe(0);
    expect(revalidatedTags()).toEqual(expect.arrayContaining(["articles", "category:formation", "category:formation-initiale"]));
    expect(await auditActions()).toEqual(["category.updated", "category.deleted"]);
  });

  it("moves a category up or down the editorial order the public side follows", async () => {
    const [a, b, c] = [
      await createCategory({ name: "Vie de l’école", slug: "vie-de-l-ecole", position: 0 }),
      await createCategory({ name: "Formation", slug: "formation", position: 1 }),
      await createCategory({ name: "Recherche", slug: "recherche", position: 7 }),
    ];
    for (const category of [a, b, c]) await createArticle({ categoryId: category.id });

    const result = await post(moveCategoryAction, { id: c.id, direction: "up" });
    expect(result).toMatchObject({ status: "success", message: "« Recherche » est maintenant en position 2 sur 3.", data: { position: "1" } });
    expect((await getPublicCategories()).map((category) => category.slug)).toEqual(["vie-de-l-ecole", "recherche", "formation"]);
    expect((await prisma.category.findMany({ orderBy: { position: "asc" }, select: { position: true } })).map((row) => row.position)).toEqual([0, 1, 2]);
    expect(revalidatedTags()).toEqual(expect.arrayContaining(["articles", "category:recherche", "category:formation"]));
    expect(await prisma.auditLog.findFirstOrThrow({ where: { action: "category.reordered" } })).toMatchObject({ targetLabel: "Recherche", details: { position: [3, 2] } });

    expect(await post(moveCategoryAction, { id: a.id, direction: "up" })).toMatchObject({ status: "success", message: expect.stringMatching(/déjà/) });
    expect(await auditActions()).toEqual(["category.reordered"]);
  });
});
