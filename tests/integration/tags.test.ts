import { revalidateTag } from "next/cache";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { createTagAction, deleteTagAction, mergeTagsAction, renameTagAction } from "@/app/admin/(espace)/mots-cles/actions";
import { listTags } from "@/lib/admin/tags/queries";
import type { Actor } from "@/lib/auth/session";
import { prisma } from "@/lib/db";
import { lookupTag } from "@/lib/public/taxonomies";
import { createArticle, createStaff, resetDatabase } from "../factories";
import { databaseSnapshot } from "../support/database-snapshot";
import { auditActions, post } from "../support/matrix";
import { actAs, resetRequest } from "../support/request";

function revalidatedTags(): string[] {
  return vi.mocked(revalidateTag).mock.calls.map(([tag]) => tag);
}

async function createTag(name: string, slug: string, articleIds: string[] = []) {
  return prisma.tag.create({ data: { name, slug, articles: { create: articleIds.map((articleId) => ({ articleId })) } } });
}

async function renameForm(id: string, changes: Partial<Record<"name" | "slug", string>> = {}) {
  const tag = await prisma.tag.findUniqueOrThrow({ where: { id } });
  return { id, updatedAt: tag.updatedAt.toISOString(), name: tag.name, slug: tag.slug, ...changes };
}

async function links() {
  return prisma.articleTag.findMany({ orderBy: [{ articleId: "asc" }, { tagId: "asc" }] });
}

describe("tags", () => {
  let editor: Awaited<ReturnType<typeof createStaff>>;

  beforeEach(async () => {
    resetRequest();
    await resetDatabase();
    editor = await createStaff("EDITOR", { email: "editeur@ecole.example", name: "Émile Éditeur" });
    actAs(editor);
    vi.mocked(revalidateTag).mockClear();
  });

  it("creates a tag, its slug made from the name when left empty, and refuses a slug another tag has or had", async () => {
    const result = await post(createTagAction, { name: "Sécurité routière", slug: "" });
    const tag = await prisma.tag.findUniqueOrThrow({ where: { slug: "securite-routiere" } });
    expect(result).toEqual({ status: "redirect", to: `/admin/mots-cles/${tag.id}?statut=cree` });
    expect(revalidatedTags()).toEqual(expect.arrayContaining(["articles", "tag:securite-routiere"]));
    await post(renameTagAction, await renameForm(tag.id, { slug: "route" }));

    const before = await databaseSnapshot();
    expect(await post(createTagAction, { name: "Route", slug: "route" })).toMatchObject({
      status: "error",
      fieldErrors: { slug: "L’adresse « route » est déjà celle du mot-clé « Sécurité routière » : choisissez-en une autre." },
    });
    expect(await post(createTagAction, { name: "Sécurité routière", slug: "" })).toMatchObject({
      status: "error",
      fieldErrors: { slug: "L’adresse « securite-routiere » redirige vers le mot-clé « Sécurité routière », dont c’est une ancienne adresse : choisissez-en une autre." },
    });
    expect(await post(createTagAction, { name: "", slug: "x" })).toMatchObject({ status: "error", fieldErrors: { name: "Nom : ce champ est obligatoire." } });
    expect(await databaseSnapshot()).toBe(before);
    expect(await auditActions()).toEqual(["tag.created", "tag.updated"]);
  });

  it("renames a tag: its old slug answers a redirect once an article is public, every slug concerned invalidated", async () => {
    const article = await createArticle();
    const tag = await createTag("Sport", "sport", [article.id]);
    expect(await lookupTag("sport")).toMatchObject({ kind: "found" });

    const result = await post(renameTagAction, await renameForm(tag.id, { name: "Sports", slug: "sports" }));
    expect(result).toMatchObject({ status: "success", message: expect.stringMatching(/ancienne adresse redirige/) });
    expect(await lookupTag("sport")).toEqual({ kind: "redirect", slug: "sports" });
    expect(await lookupTag("sports")).toMatchObject({ kind: "found", scope: { name: "Sports" } });
    expect(revalidatedTags()).toEqual(expect.arrayContaining(["articles", "tag:sport", "tag:sports"]));
    expect((await prisma.auditLog.findFirstOrThrow({ where: { action: "tag.updated" } })).details).toEqual({
      name: ["Sport", "Sports"],
      slug: ["sport", "sports"],
    });

    // A stale form (someone renamed it meanwhile) is refused and changes nothing.
    const stale = await renameForm(tag.id);
    await post(renameTagAction, await renameForm(tag.id, { name: "Sport et santé", slug: "" }));
    const before = await databaseSnapshot();
    expect(await post(renameTagAction, { ...stale, name: "Activités physiques" })).toMatchObject({ status: "error", message: expect.stringMatching(/modifié entre-temps/) });
    expect(await databaseSnapshot()).toBe(before);
  });

  it("gives a French field error for a slug another tag has, and lets a tag take back its own former slug", async () => {
    const [sport, sante] = [await createTag("Sport", "sport"), await createTag("Santé", "sante")];
    expect(await post(renameTagAction, await renameForm(sante.id, { slug: "sport" }))).toMatchObject({
      status: "error",
      fieldErrors: { slug: expect.stringMatching(/déjà celle du mot-clé « Sport »/) },
    });
    await post(renameTagAction, await renameForm(sport.id, { slug: "sports" }));
    expect(await post(renameTagAction, await renameForm(sante.id, { slug: "sport" }))).toMatchObject({
      status: "error",
      fieldErrors: { slug: expect.stringMatching(/redirige vers le mot-clé « Sport »/) },
    });
    expect(await post(renameTagAction, await renameForm(sport.id, { slug: "sport" }))).toMatchObject({ status: "success" });
    expect(await prisma.tagSlugRedirect.findMany({ select: { oldSlug: true, tagId: true } })).toEqual([{ oldSlug: "sports", tagId: sport.id }]);
  });

  it("merges two tags in one transaction: links moved without duplicates, every address of the source redirected to the target", async () => {
    const [both, sourceOnly, targetOnly, draft] = [
      await createArticle(),
      await createArticle(),
      await createArticle(),
      await createArticle({ status: "DRAFT" }),
    ];
    const source = await createTag("Sports", "sport", [both.id, sourceOnly.id, draft.id]);
    await post(renameTagAction, await renameForm(source.id, { slug: "sports" }));
    const target = await createTag("Sport", "activites-sportives", [both.id, targetOnly.id]);
    vi.mocked(revalidateTag).mockClear();

    const result = await post(mergeTagsAction, { sourceId: source.id, targetId: target.id, confirm: "on" });
    expect(result).toEqual({ status: "redirect", to: `/admin/mots-cles/${target.id}?statut=fusionne` });

    expect(await prisma.tag.findUnique({ where: { id: source.id } })).toBeNull();
    expect(await links()).toEqual(
      [both, sourceOnly, targetOnly, draft].map((article) => ({ articleId: article.id, tagId: target.id })).sort((x, y) => x.articleId.localeCompare(y.articleId)),
    );
    expect(await prisma.tagSlugRedirect.findMany({ orderBy: { oldSlug: "asc" }, select: { oldSlug: true, tagId: true } })).toEqual([
      { oldSlug: "sport", tagId: target.id },
      { oldSlug: "sports", tagId: target.id },
    ]);
    expect(await lookupTag("sports")).toEqual({ kind: "redirect", slug: "activites-sportives" });
    expect(await lookupTag("sport")).toEqual({ kind: "redirect", slug: "activites-sportives" });
    expect(revalidatedTags()).toEqual(expect.arrayContaining(["articles", "tag:sports", "tag:sport", "tag:activites-sportives"]));

    const entry = await prisma.auditLog.findFirstOrThrow({ where: { action: "tag.merged" } });
    expect(entry).toMatchObject({
      actorId: editor.id,
      targetId: target.id,
      targetLabel: "Sports → Sport",
      details: { name: ["Sports", "Sport"], slug: ["sports", "activites-sportives"], articles: 3 },
    });
  });

  it("refuses a merge into itself, into a tag that no longer exists, or without confirmation, changing nothing", async () => {
    const article = await createArticle();
    const [source, target] = [await createTag("Sports", "sports", [article.id]), await createTag("Sport", "sport")];
    const gone = await createTag("Disparu", "disparu");
    await prisma.tag.delete({ where: { id: gone.id } });
    const before = await databaseSnapshot();

    expect(await post(mergeTagsAction, { sourceId: source.id, targetId: source.id, confirm: "on" })).toMatchObject({
      status: "error",
      fieldErrors: { targetId: "Choisissez un autre mot-clé que celui-ci." },
    });
    expect(await post(mergeTagsAction, { sourceId: source.id, targetId: gone.id, confirm: "on" })).toMatchObject({
      status: "error",
      fieldErrors: { targetId: expect.stringMatching(/n’existe pas ou plus/) },
    });
    expect(await post(mergeTagsAction, { sourceId: source.id, targetId: target.id })).toMatchObject({
      status: "error",
      fieldErrors: { confirm: "Cochez la case pour confirmer la fusion." },
    });
    expect(await post(mergeTagsAction, { sourceId: source.id, targetId: "", confirm: "on" })).toMatchObject({
      fieldErrors: { targetId: "Choisissez le mot-clé qui reste." },
    });
    expect(await databaseSnapshot()).toBe(before);
  });

  it("deletes a tag only when no article carries it, drafts included", async () => {
    const draft = await createArticle({ status: "DRAFT" });
    const tag = await createTag("Sport", "sport", [draft.id]);
    await post(renameTagAction, await renameForm(tag.id, { slug: "sports" }));
    const before = await databaseSnapshot();
    expect(await post(deleteTagAction, { id: tag.id, confirm: "on" })).toMatchObject({
      status: "error",
      message: "Ce mot-clé est attaché à 1 article (brouillons compris) : retirez-le de cet article ou fusionnez-le avec un autre mot-clé.",
    });
    expect(await databaseSnapshot()).toBe(before);

    await prisma.articleTag.deleteMany();
    vi.mocked(revalidateTag).mockClear();
    expect(await post(deleteTagAction, { id: tag.id, confirm: "on" })).toEqual({ status: "redirect", to: "/admin/mots-cles?statut=supprime" });
    expect(await prisma.tag.count()).toBe(0);
    expect(await prisma.tagSlugRedirect.count()).toBe(0);
    expect(revalidatedTags()).toEqual(expect.arrayContaining(["articles", "tag:sport", "tag:sports"]));
    expect(await auditActions()).toEqual(["tag.updated", "tag.deleted"]);
  });

  it("lists tags by name with their article counts, searched by name (accents and case aside) and paginated", async () => {
    const [published, draft] = [await createArticle(), await createArticle({ status: "DRAFT" })];
    await createTag("Sécurité routière", "securite-routiere", [published.id, draft.id]);
    await createTag("Cybersécurité", "cybersecurite");
    for (let index = 0; index < 60; index++) await createTag(`Mot ${String(index).padStart(2, "0")}`, `mot-${index}`);
    const actor = { id: editor.id, email: editor.email, name: editor.name, role: "EDITOR", twoFactorEnabled: false, mustEnrollTwoFactor: false } satisfies Actor;

    const firstPage = await listTags(actor, { page: 1 });
    expect(firstPage).toMatchObject({ total: 62, page: 1, pageCount: 2 });
    expect(firstPage.tags).toHaveLength(50);
    expect(firstPage.tags[0]).toEqual({ id: expect.any(String), name: "Cybersécurité", slug: "cybersecurite", articleCount: 0, publicArticleCount: 0 });
    const secondPage = await listTags(actor, { page: 9 });
    expect(secondPage).toMatchObject({ page: 2, pageCount: 2 });
    expect(secondPage.tags.map((tag) => tag.name).at(-1)).toBe("Sécurité routière");
    expect(secondPage.tags.at(-1)).toMatchObject({ articleCount: 2, publicArticleCount: 1 });

    expect((await listTags(actor, { q: "SÉCURITÉ", page: 1 })).tags.map((tag) => tag.name)).toEqual(["Cybersécurité", "Sécurité routière"]);
    expect((await listTags(actor, { q: "securite rou", page: 1 })).tags.map((tag) => tag.name)).toEqual(["Sécurité routière"]);
    expect(await listTags(actor, { q: "introuvable", page: 1 })).toMatchObject({ tags: [], total: 0, page: 1, pageCount: 1 });
    await expect(listTags({ ...actor, role: "AUTHOR" }, { page: 1 })).rejects.toThrow(/droit/);
  });
});
