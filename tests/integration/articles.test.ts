/**
 * Writing and publishing, on the real database: saves (in place, or in the working copy of an
 * approved article), the version check, revisions, the workflow, scheduling at the minute, the
 * trash — and what the public side then shows.
 */
import { revalidateTag } from "next/cache";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { createArticle, discardChanges, restoreRevision, saveArticle } from "@/lib/admin/articles/edit";
import { AccessibilityProblemsError, VersionConflictError } from "@/lib/admin/articles/errors";
import { heartbeat, leaveEditor } from "@/lib/admin/articles/presence";
import { getArticleForEditing, listArticles, listRevisions } from "@/lib/admin/articles/queries";
import { emptyTrash, restoreArticle, trashArticle } from "@/lib/admin/articles/trash";
import { archiveArticle, publishArticle, scheduleArticle, submitArticle, unpublishArticle, withdrawArticle } from "@/lib/admin/articles/workflow";
import { FieldError, ForbiddenError, RuleError } from "@/lib/admin/errors";
import { loadActor, type Actor } from "@/lib/auth/session";
import { prisma } from "@/lib/db";
import type { User } from "@/lib/generated/prisma/client";
import { lookupArticle } from "@/lib/public/articles";
import { sanitizeDocument } from "@/lib/rich-text/sanitize";
import { createCategory, createStaff, resetDatabase } from "../factories";
import { auditActions } from "../support/matrix";

const context = { ip: "198.51.100.7", requestId: "requete-de-test" };

async function actorOf(user: User): Promise<Actor> {
  const actor = await loadActor({ uid: user.id, sv: user.sessionVersion });
  if (!actor) throw new Error("no actor");
  return actor;
}

const doc = (...paragraphs: string[]) => ({ type: "doc", content: paragraphs.map((text) => ({ type: "paragraph", content: [{ type: "text", text }] })) });

let author: Actor;
let otherAuthor: Actor;
let editor: Actor;
let admin: Actor;
let categoryId: string;

beforeEach(async () => {
  vi.mocked(revalidateTag).mockClear();
  await resetDatabase();
  const actors = await Promise.all(
    [createStaff("AUTHOR", { name: "Claire Auteur" }), createStaff("AUTHOR"), createStaff("EDITOR", { name: "Émile Éditeur" }), createStaff("ADMIN")].map(async (user) => actorOf(await user)),
  );
  [author, otherAuthor, editor, admin] = actors as [Actor, Actor, Actor, Actor];
  categoryId = (await createCategory({ slug: "partenariats", name: "Partenariats" })).id;
});

async function draft(by: Actor = author, title = "Continuum de sécurité") {
  const { id } = await createArticle(by, { title, categoryId }, context);
  return id;
}

type Changes = Partial<Omit<Parameters<typeof saveArticle>[1], "body">> & { body?: unknown };

async function save(by: Actor | null, id: string, { body, ...changes }: Changes = {}) {
  const current = await prisma.article.findUniqueOrThrow({ where: { id }, select: { version: true } });
  return saveArticle(
    by,
    {
      id,
      version: current.version,
      title: "Continuum de sécurité : « Il ne s’agit pas d’un coup de communication » !",
      excerpt: "Réunis à l’ENSP hier, les 23 rédacteurs se sont rencontrés.",
      body: sanitizeDocument(body ?? doc("« Très riche. »")),
      slug: "",
      slugAuto: true,
      categoryId,
      heroImageId: null,
      tagIds: [],
      autosave: false,
      ...changes,
    },
    context,
  );
}

const version = async (id: string) => (await prisma.article.findUniqueOrThrow({ where: { id }, select: { version: true } })).version;

async function published(by: Actor = author) {
  const id = await draft(by);
  await save(by, id);
  await publishArticle(editor, { id, version: await version(id) }, context);
  return prisma.article.findUniqueOrThrow({ where: { id } });
}

describe("a draft", () => {
  it("is created by its author in a category, its address made from the title", async () => {
    const id = await draft(author, "L’École reçoit ses partenaires");
    const row = await prisma.article.findUniqueOrThrow({ where: { id } });
    expect(row).toMatchObject({ status: "DRAFT", authorId: author.id, slug: "lecole-recoit-ses-partenaires", categoryId, firstPublishedAt: null });
    expect(await auditActions()).toEqual(["article.created"]);
  });

  it("cannot be created without any category", async () => {
    await prisma.category.deleteMany();
    await expect(createArticle(author, {}, context)).rejects.toThrow(RuleError);
  });

  it("is saved in place; the address follows the title and a taken one gets a number", async () => {
    const first = await published(author);
    const id = await draft(author, "Autre chose");
    const outcome = await save(author, id);
    expect(outcome).toMatchObject({ inWorkingCopy: false, slug: `${first.slug}-2` });
    const row = await prisma.article.findUniqueOrThrow({ where: { id }, include: { tags: true } });
    expect(row.title).toBe("Continuum de sécurité : « Il ne s’agit pas d’un coup de communication » !");
  });

  it("refuses an address typed by hand that another article has, in French, on that field", async () => {
    const first = await published(author);
    const id = await draft(author, "Autre");
    await expect(save(author, id, { slugAuto: false, slug: first.slug })).rejects.toThrow(FieldError);
    await expect(save(author, id, { slugAuto: false, slug: "Pas Une Adresse" })).rejects.toThrow(/lettres minuscules/);
  });

  it("keeps a revision of each save asked for, none of an autosave", async () => {
    const id = await draft();
    await save(author, id, { autosave: true, title: "Un" });
    await save(author, id, { autosave: true, title: "Deux" });
    expect(await prisma.articleRevision.count({ where: { articleId: id } })).toBe(0);
    await save(author, id, { title: "Trois" });
    expect((await listRevisions(author, id)).map((revision) => [revision.kind, revision.title, revision.authorName])).toEqual([["SAVE", "Trois", "Claire Auteur"]]);
    expect(await auditActions()).toEqual(["article.created", "article.saved"]);
  });

  it("records the media its content shows: the hero image and the images of its body", async () => {
    const media = await prisma.media.create({ data: { storageKey: "2026/a.jpg", originalName: "a.jpg", mimeType: "image/jpeg", sizeBytes: 1, width: 10, height: 10, alt: "Une salle" } });
    const other = await prisma.media.create({ data: { storageKey: "2026/b.jpg", originalName: "b.jpg", mimeType: "image/jpeg", sizeBytes: 1, width: 10, height: 10, alt: "Un couloir" } });
    const id = await draft();
    await save(author, id, { heroImageId: media.id, body: { type: "doc", content: [{ type: "image", attrs: { src: "/medias/2026/b.jpg", alt: "Un couloir", mediaId: other.id } }] } });
    expect((await prisma.articleMedia.findMany({ where: { articleId: id } })).map((row) => row.mediaId).sort()).toEqual([media.id, other.id].sort());
  });
});

describe("the version check", () => {
  it("refuses a save based on an older version and hands back what is stored now", async () => {
    const id = await draft();
    const base = await version(id);
    await save(author, id, { title: "Écrit dans le premier onglet", version: base });
    const error = await save(author, id, { title: "Écrit dans le second onglet", version: base }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(VersionConflictError);
    expect((error as VersionConflictError).current.content.title).toBe("Écrit dans le premier onglet");
    expect((await prisma.article.findUniqueOrThrow({ where: { id } })).title).toBe("Écrit dans le premier onglet");
  });

  it("lets exactly one of two simultaneous saves of one version through", async () => {
    const id = await draft();
    const base = await version(id);
    const results = await Promise.allSettled([1, 2, 3].map((n) => save(author, id, { title: `Onglet ${n}`, version: base, autosave: true })));
    expect(results.filter((result) => result.status === "fulfilled")).toHaveLength(1);
    expect(results.filter((result) => result.status === "rejected" && result.reason instanceof VersionConflictError)).toHaveLength(2);
  });
});

describe("the workflow", () => {
  it("author submits, editor publishes: public at once, with every page showing it refreshed", async () => {
    const id = await draft();
    await save(author, id);
    await expect(publishArticle(author, { id, version: await version(id) }, context)).rejects.toThrow(ForbiddenError);
    await submitArticle(author, { id, version: await version(id) }, context);
    expect((await prisma.article.findUniqueOrThrow({ where: { id } })).status).toBe("IN_REVIEW");
    const { slug } = await publishArticle(editor, { id, version: await version(id) }, context);
    const row = await prisma.article.findUniqueOrThrow({ where: { id } });
    expect(row.status).toBe("PUBLISHED");
    expect(row.firstPublishedAt).toEqual(row.publishedAt);
    expect((await lookupArticle(slug)).kind).toBe("found");
    expect(vi.mocked(revalidateTag).mock.calls.map((call) => call[0])).toEqual(expect.arrayContaining(["articles", `article:${slug}`, "category:partenariats"]));
    expect((await listRevisions(editor, id)).map((revision) => revision.kind)).toEqual(["PUBLISH", "SUBMIT", "SAVE"]);
  });

  it("refuses to submit or publish an incomplete article, saying what is missing", async () => {
    const id = await draft(author, "");
    await expect(submitArticle(author, { id, version: await version(id) }, context)).rejects.toThrow(/Le titre est vide\. Le chapô est vide\. Le corps de l’article est vide\./);
  });

  it("stops a publication with accessibility problems unless the editor gives a reason, which is recorded", async () => {
    const id = await draft();
    await save(author, id, { body: { type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text: "cliquez ici", marks: [{ type: "link", attrs: { href: "/x" } }] }] }] } });
    const refused = await publishArticle(editor, { id, version: await version(id) }, context).catch((caught: unknown) => caught);
    expect(refused).toBeInstanceOf(AccessibilityProblemsError);
    expect((refused as AccessibilityProblemsError).problems.map((problem) => problem.code)).toEqual(["link-text-vague"]);
    await publishArticle(editor, { id, version: await version(id), accessibilityNote: "Lien imposé par le partenaire" }, context);
    const [revision] = await listRevisions(editor, id);
    expect(revision?.note).toContain("Lien imposé par le partenaire");
    const entry = await prisma.auditLog.findFirstOrThrow({ where: { action: "article.published" } });
    expect(JSON.stringify(entry.details)).toContain("Lien imposé par le partenaire");
  });

  it("sends an article in review back to draft", async () => {
    const id = await draft();
    await save(author, id);
    await submitArticle(author, { id, version: await version(id) }, context);
    await withdrawArticle(editor, { id, version: await version(id) }, context);
    expect((await prisma.article.findUniqueOrThrow({ where: { id } })).status).toBe("DRAFT");
  });
});

describe("a published article being edited", () => {
  it("keeps its public page while edits go to the working copy, until an editor applies them", async () => {
    const article = await published();
    await save(editor, article.id, { title: "Titre corrigé", slugAuto: true });
    expect((await prisma.article.findUniqueOrThrow({ where: { id: article.id } })).title).toBe(article.title);
    const before = await lookupArticle(article.slug);
    expect(before.kind === "found" && before.article.title).toBe(article.title);
    expect((await getArticleForEditing(editor, article.id)).content.title).toBe("Titre corrigé");

    await publishArticle(editor, { id: article.id, version: await version(article.id) }, context);
    const after = await lookupArticle(article.slug);
    expect(after.kind === "found" && after.article.title).toBe("Titre corrigé");
    expect(after.kind === "found" && after.article.revisedAt).not.toBeNull();
    expect(await prisma.articleWorkingCopy.count()).toBe(0);
    // The address of a public article does not follow its title by itself.
    expect((await prisma.article.findUniqueOrThrow({ where: { id: article.id } })).slug).toBe(article.slug);
  });

  it("changes address only by an editor's hand, and the old one then answers a redirect", async () => {
    const article = await published();
    await save(author, article.id, { slugAuto: false, slug: "adresse-voulue-par-l-auteur" });
    expect((await getArticleForEditing(author, article.id)).content.slug).toBe(article.slug);
    await save(editor, article.id, { slugAuto: false, slug: "nouvelle-adresse" });
    await publishArticle(editor, { id: article.id, version: await version(article.id) }, context);
    expect(await lookupArticle(article.slug)).toEqual({ kind: "redirect", slug: "nouvelle-adresse" });
    expect(vi.mocked(revalidateTag).mock.calls.map((call) => call[0])).toEqual(expect.arrayContaining([`article:${article.slug}`, "article:nouvelle-adresse"]));
  });

  it("takes an author's changes through review: submitted, then applied by an editor", async () => {
    const article = await published(author);
    await save(author, article.id, { title: "Version de l’auteur" });
    await submitArticle(author, { id: article.id, version: await version(article.id) }, context);
    expect((await prisma.articleWorkingCopy.findUniqueOrThrow({ where: { articleId: article.id } })).submittedAt).not.toBeNull();
    await publishArticle(editor, { id: article.id, version: await version(article.id) }, context);
    const after = await lookupArticle(article.slug);
    expect(after.kind === "found" && after.article.title).toBe("Version de l’auteur");
  });

  it("can drop the changes waiting, the public version staying", async () => {
    const article = await published();
    await save(editor, article.id, { title: "Brouillon de correction" });
    await discardChanges(editor, { id: article.id, version: await version(article.id) }, context);
    expect((await getArticleForEditing(editor, article.id)).content.title).toBe(article.title);
  });

  it("is restored from a revision into its working copy", async () => {
    const article = await published();
    await save(editor, article.id, { title: "Mauvaise correction" });
    const revisions = await listRevisions(editor, article.id);
    const original = revisions.find((revision) => revision.kind === "PUBLISH")!;
    await restoreRevision(editor, { id: article.id, version: await version(article.id), revisionId: original.id }, context);
    expect((await getArticleForEditing(editor, article.id)).content.title).toBe(article.title);
    const [restore, before] = await listRevisions(editor, article.id);
    expect(restore?.kind).toBe("RESTORE");
    // What was being edited is kept as a revision first: a restore loses nothing.
    expect([before?.kind, before?.title]).toEqual(["SAVE", "Mauvaise correction"]);
  });
});

describe("scheduling", () => {
  it("makes an article public at its minute, with nothing to run then", async () => {
    const id = await draft();
    await save(author, id);
    const at = new Date(Date.now() + 120_000);
    await scheduleArticle(editor, { id, version: await version(id), publishAt: at }, context);
    const row = await prisma.article.findUniqueOrThrow({ where: { id } });
    expect(row).toMatchObject({ status: "SCHEDULED", publishedAt: at, firstPublishedAt: null });
    expect((await lookupArticle(row.slug)).kind).toBe("missing");
    // The minute comes.
    await prisma.article.update({ where: { id }, data: { publishedAt: new Date(Date.now() - 1_000) } });
    expect((await lookupArticle(row.slug)).kind).toBe("found");
  });

  it("refuses a time in the past, and a public article", async () => {
    const id = await draft();
    await save(author, id);
    await expect(scheduleArticle(editor, { id, version: await version(id), publishAt: new Date(Date.now() - 60_000) }, context)).rejects.toThrow(/à venir/);
    const article = await published();
    await expect(scheduleArticle(editor, { id: article.id, version: article.version, publishAt: new Date(Date.now() + 3_600_000) }, context)).rejects.toThrow(/déjà publié/);
  });
});

describe("withdrawing and the trash", () => {
  it("unpublishes: the article leaves the site and remembers it was public", async () => {
    const article = await published();
    await unpublishArticle(editor, { id: article.id, version: article.version }, context);
    const row = await prisma.article.findUniqueOrThrow({ where: { id: article.id } });
    expect(row).toMatchObject({ status: "DRAFT", firstPublishedAt: article.firstPublishedAt });
    expect((await lookupArticle(article.slug)).kind).not.toBe("found");
  });

  it("archives, trashes and restores; only an admin empties the trash, for good", async () => {
    const article = await published();
    await archiveArticle(editor, { id: article.id, version: article.version }, context);
    expect((await lookupArticle(article.slug)).kind).not.toBe("found");
    const other = await published();
    await trashArticle(editor, { id: other.id, version: other.version }, context);
    expect((await lookupArticle(other.slug)).kind).not.toBe("found");
    expect((await listArticles(editor, { statut: "TRASH" })).items.map((item) => item.id)).toEqual([other.id]);
    expect((await listArticles(editor, {})).items.map((item) => item.id)).not.toContain(other.id);
    await restoreArticle(editor, { id: other.id, version: await version(other.id) }, context);
    expect((await lookupArticle(other.slug)).kind).toBe("found");

    await trashArticle(editor, { id: other.id, version: await version(other.id) }, context);
    await expect(emptyTrash(editor, {}, context)).rejects.toThrow(ForbiddenError);
    expect(await emptyTrash(admin, {}, context)).toEqual({ deleted: 1 });
    expect(await prisma.article.findUnique({ where: { id: other.id } })).toBeNull();
  });
});

describe("what each role sees and may touch", () => {
  it("lists an author's own articles only, everyone's for an editor", async () => {
    const mine = await draft(author);
    const theirs = await draft(otherAuthor);
    expect((await listArticles(author, {})).items.map((item) => item.id)).toEqual([mine]);
    expect((await listArticles(editor, {})).items.map((item) => item.id).sort()).toEqual([mine, theirs].sort());
    await expect(getArticleForEditing(author, theirs)).rejects.toThrow(ForbiddenError);
    await expect(save(author, theirs)).rejects.toThrow(ForbiddenError);
  });

  it("shows who else is editing an article, and forgets them when they leave or go silent", async () => {
    const id = await draft(author);
    await heartbeat(editor, { id });
    expect((await heartbeat(author, { id })).others.map((other) => other.name)).toEqual(["Émile Éditeur"]);
    await leaveEditor(editor, { id });
    expect((await heartbeat(author, { id })).others).toEqual([]);
    await heartbeat(editor, { id }, new Date(Date.now() - 10 * 60_000));
    expect((await heartbeat(author, { id })).others).toEqual([]);
  });
});
