/**
 * The editor's own server pieces: the search of article titles for links, the media facts and
 * choices its fields show, and the version a new draft starts from.
 */
import { beforeEach, describe, expect, it } from "vitest";
import EditArticlePage from "@/app/admin/(espace)/articles/[id]/page";
import NewArticlePage from "@/app/admin/(espace)/articles/nouveau/page";
import { mediaChoiceAction, searchArticleTitlesAction } from "@/app/admin/(espace)/articles/editor-actions";
import { createArticleAction, saveArticleAction } from "@/app/admin/(espace)/articles/actions";
import { getContentMedia, getEditorChoices } from "@/lib/admin/articles/editor-data";
import { searchArticleTitles } from "@/lib/admin/articles/link-search";
import { loadActor, type Actor } from "@/lib/auth/session";
import { prisma } from "@/lib/db";
import type { User } from "@/lib/generated/prisma/client";
import { createArticle, createCategory, createStaff, resetDatabase } from "../factories";
import { createCast, VISITORS, type Visitor } from "../support/matrix";
import { actAs, resetRequest } from "../support/request";

let author: User;
let editor: User;
let categoryId: string;

async function actorOf(user: User): Promise<Actor> {
  const actor = await loadActor({ uid: user.id, sv: user.sessionVersion });
  if (!actor) throw new Error("no actor");
  return actor;
}

const titles = (answer: Awaited<ReturnType<typeof searchArticleTitlesAction>>) => (answer.status === "success" ? answer.data.map((target) => target.title) : answer.message);

beforeEach(async () => {
  resetRequest();
  await resetDatabase();
  [author, editor] = await Promise.all([createStaff("AUTHOR", { name: "Claire Auteur" }), createStaff("EDITOR", { name: "Émile Éditeur" })]);
  categoryId = (await createCategory({ slug: "partenariats", name: "Partenariats" })).id;
});

describe("searching article titles for a link", () => {
  beforeEach(async () => {
    const day = 86_400_000;
    await createArticle({ title: "L’École reçoit ses partenaires", slug: "lecole-recoit-ses-partenaires", categoryId, publishedAt: new Date(Date.now() - 3 * day) });
    await createArticle({ title: "Continuum de sécurité : « Il ne s’agit pas d’un coup de communication »", slug: "continuum-de-securite", categoryId, publishedAt: new Date(Date.now() - day) });
    await createArticle({ title: "Le cœur de l'école", slug: "le-coeur-de-lecole", categoryId, publishedAt: new Date(Date.now() - 2 * day) });
    await createArticle({ title: "École : brouillon secret", slug: "brouillon-secret", categoryId, status: "DRAFT" });
    await createArticle({ title: "École : en relecture", slug: "en-relecture", categoryId, status: "IN_REVIEW" });
    await createArticle({ title: "École : programmé demain", slug: "programme-demain", categoryId, status: "SCHEDULED", publishedAt: new Date(Date.now() + day) });
    await createArticle({ title: "École : archivé", slug: "archive", categoryId, status: "ARCHIVED" });
    await createArticle({ title: "École : à la corbeille", slug: "corbeille", categoryId, deletedAt: new Date() });
    await createArticle({ title: "École : programmé hier, donc public", slug: "programme-hier", categoryId, status: "SCHEDULED", publishedAt: new Date(Date.now() - 4 * day) });
  });

  it("finds only public articles, newest first, with their public address", async () => {
    actAs(author);
    const answer = await searchArticleTitlesAction({ q: "école" });
    expect(answer).toEqual({
      status: "success",
      data: [
        { title: "Le cœur de l'école", slug: "le-coeur-de-lecole", href: "/actualites/le-coeur-de-lecole", publishedAt: expect.any(String) },
        { title: "L’École reçoit ses partenaires", slug: "lecole-recoit-ses-partenaires", href: "/actualites/lecole-recoit-ses-partenaires", publishedAt: expect.any(String) },
        { title: "École : programmé hier, donc public", slug: "programme-hier", href: "/actualites/programme-hier", publishedAt: expect.any(String) },
      ],
    });
  });

  it("matches whatever the accents, the case, the ligatures and the apostrophes, every word in any order", async () => {
    actAs(editor);
    expect(titles(await searchArticleTitlesAction({ q: "ECOLE recoit" }))).toEqual(["L’École reçoit ses partenaires"]);
    expect(titles(await searchArticleTitlesAction({ q: "partenaires l'ecole" }))).toEqual(["L’École reçoit ses partenaires"]);
    expect(titles(await searchArticleTitlesAction({ q: "l’école" }))).toEqual(["Le cœur de l'école", "L’École reçoit ses partenaires"]);
    expect(titles(await searchArticleTitlesAction({ q: "coeur" }))).toEqual(["Le cœur de l'école"]);
    expect(titles(await searchArticleTitlesAction({ q: "sécu continuum" }))).toEqual(["Continuum de sécurité : « Il ne s’agit pas d’un coup de communication »"]);
  });

  it("takes what is typed as text, never as a pattern", async () => {
    actAs(editor);
    expect(titles(await searchArticleTitlesAction({ q: "%" }))).toEqual([]);
    expect(titles(await searchArticleTitlesAction({ q: "_c_le" }))).toEqual([]);
    expect(titles(await searchArticleTitlesAction({ q: "'; DROP TABLE \"Article\"; --" }))).toEqual([]);
    expect(await prisma.article.count()).toBe(9);
  });

  it("answers nothing for less than two characters, and refuses a query too long", async () => {
    actAs(editor);
    expect(titles(await searchArticleTitlesAction({ q: " é " }))).toEqual([]);
    const tooLong = await searchArticleTitlesAction({ q: "x".repeat(101) });
    expect(tooLong.status).toBe("error");
  });

  it("at most eight, the newest", async () => {
    for (let index = 0; index < 10; index++) await createArticle({ title: `Rentrée ${index}`, categoryId, publishedAt: new Date(Date.now() - (index + 10) * 3_600_000) });
    actAs(editor);
    expect(titles(await searchArticleTitlesAction({ q: "rentree" }))).toEqual(["Rentrée 0", "Rentrée 1", "Rentrée 2", "Rentrée 3", "Rentrée 4", "Rentrée 5", "Rentrée 6", "Rentrée 7"]);
  });

  it("needs a session that still holds", async () => {
    expect(titles(await searchArticleTitlesAction({ q: "école" }))).toMatch(/session/);
    const disabled = await createStaff("EDITOR", { disabledAt: new Date() });
    actAs(disabled);
    expect(titles(await searchArticleTitlesAction({ q: "école" }))).toMatch(/session/);
    actAs({ id: editor.id, sessionVersion: editor.sessionVersion + 1 });
    expect(titles(await searchArticleTitlesAction({ q: "école" }))).toMatch(/session/);
  });

  it("needs the permission to read articles (the query checks it too)", async () => {
    await expect(searchArticleTitles(null, { q: "école" })).rejects.toThrow(/session/);
    const pendingAdmin = await createStaff("ADMIN");
    await prisma.siteSettings.update({ where: { id: 1 }, data: { requireAdminTwoFactor: true } });
    actAs(pendingAdmin);
    expect(titles(await searchArticleTitlesAction({ q: "école" }))).toMatch(/double authentification/);
  });
});

describe("what the editor's fields show", () => {
  it("lists the categories in their order and the tags by name", async () => {
    await createCategory({ slug: "vie-de-lecole", name: "Vie de l’école", position: -1 });
    await prisma.tag.createMany({ data: [{ slug: "securite", name: "Sécurité" }, { slug: "anciens", name: "Anciens élèves" }] });
    const choices = await getEditorChoices(await actorOf(author));
    expect(choices.categories.map((category) => category.name)).toEqual(["Vie de l’école", "Partenariats"]);
    expect(choices.tags.map((tag) => tag.name)).toEqual(["Anciens élèves", "Sécurité"]);
  });

  it("gives the hero image as a choice of the library and which body images are decorative", async () => {
    const media = async (storageKey: string, data: { alt: string; decorative?: boolean }) =>
      prisma.media.create({ data: { storageKey, originalName: storageKey, mimeType: "image/jpeg", sizeBytes: 10, width: 1200, height: 800, caption: "Légende", credit: "© ENSP", ...data } });
    const hero = await media("2026/hero.jpg", { alt: "La promotion" });
    const decorative = await media("2026/frise.jpg", { alt: "", decorative: true });
    const described = await media("2026/photo.jpg", { alt: "Une photo" });
    const image = (id: string, src: string) => ({ type: "image" as const, attrs: { src, alt: "", mediaId: id } });
    const facts = await getContentMedia(await actorOf(author), {
      heroImageId: hero.id,
      body: { type: "doc", content: [image(decorative.id, "/medias/2026/frise.jpg"), image(described.id, "/medias/2026/photo.jpg")] },
    });
    expect(facts).toEqual({
      hero: { id: hero.id, src: "/medias/2026/hero.jpg", alt: "La promotion", decorative: false, caption: "Légende", credit: "© ENSP", width: 1200, height: 800 },
      decorativeMediaIds: [decorative.id],
    });
    actAs(author);
    expect(await mediaChoiceAction({ id: hero.id })).toEqual({ status: "success", data: facts.hero });
    expect(await mediaChoiceAction({ id: "c".repeat(25) })).toEqual({ status: "success", data: null });
  });
});

describe("a new article, created at its first save", () => {
  it("is created, then saved on top of the version creation gave", async () => {
    actAs(author);
    const created = await createArticleAction({ title: "Premier jet", categoryId });
    expect(created).toEqual({ status: "success", data: { id: expect.any(String), version: 1 } });
    if (created.status !== "success") throw new Error("not created");
    const saved = await saveArticleAction({
      id: created.data.id,
      version: created.data.version,
      title: "Premier jet",
      excerpt: "",
      body: { type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text: "Bonjour" }] }] },
      slug: "",
      slugAuto: true,
      categoryId,
      heroImageId: null,
      tagIds: [],
      autosave: true,
    });
    expect(saved).toMatchObject({ status: "success", data: { version: 2, slug: "premier-jet", inWorkingCopy: false } });
  });
});

describe("“Mettre à jour” on a scheduled article whose minute has come", () => {
  it("applies the changes and keeps the date readers have seen it under", async () => {
    const { publishArticle } = await import("@/lib/admin/articles/workflow");
    const { saveArticle } = await import("@/lib/admin/articles/edit");
    const scheduledFor = new Date(Date.now() - 3_600_000);
    const article = await createArticle({ title: "Portes ouvertes", slug: "portes-ouvertes", categoryId, authorId: author.id, status: "SCHEDULED", publishedAt: scheduledFor });
    const context = { ip: "198.51.100.7", requestId: "requete-de-test" };
    const saved = await saveArticle(
      await actorOf(editor),
      {
        id: article.id,
        version: article.version,
        title: "Portes ouvertes : le programme",
        excerpt: article.excerpt,
        body: { type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text: "Le programme." }] }] },
        slug: "",
        slugAuto: true,
        categoryId,
        heroImageId: null,
        tagIds: [],
        autosave: true,
      },
      context,
    );
    expect(saved.inWorkingCopy).toBe(true);
    await publishArticle(await actorOf(editor), { id: article.id, version: saved.version }, context);
    const row = await prisma.article.findUniqueOrThrow({ where: { id: article.id }, include: { workingCopy: true } });
    expect(row).toMatchObject({ title: "Portes ouvertes : le programme", publishedAt: scheduledFor, workingCopy: null });
    expect(row.revisedAt).not.toBeNull();
    expect((await prisma.articleRevision.findFirstOrThrow({ where: { articleId: article.id } })).kind).toBe("UPDATE");
  });
});

/** What a request for a page gets: the page, a redirect (and where), or a 404 (as tests/integration/matrix/pages.test.ts). */
async function outcome(call: () => Promise<unknown>): Promise<string> {
  try {
    return (await call()) ? "page" : "nothing";
  } catch (error) {
    const digest = (error as { digest?: string }).digest ?? "";
    if (digest.startsWith("NEXT_REDIRECT")) return `redirection vers ${digest.split(";")[2]}`;
    if (digest === "NEXT_HTTP_ERROR_FALLBACK;404") return "404";
    throw error;
  }
}

describe("the editor's pages check the session and the role themselves", () => {
  const SIGNED_IN: Visitor[] = ["auteur", "autre auteur", "éditeur", "administrateur"];
  const READERS: Visitor[] = ["auteur", "éditeur", "administrateur"];
  for (const visitor of VISITORS) {
    it(`nouvel article et article de l’auteur — ${visitor}`, async () => {
      resetRequest();
      await resetDatabase();
      const cast = await createCast(visitor);
      const category = await createCategory({ slug: "recherche", name: "Recherche" });
      const article = await createArticle({ authorId: cast.author.id, categoryId: category.id, status: "DRAFT" });
      const signIn = /^redirection vers \/admin\/connexion/;
      const expectedNew = SIGNED_IN.includes(visitor) ? "page" : "signIn";
      const expectedEdit = READERS.includes(visitor) ? "page" : SIGNED_IN.includes(visitor) ? "404" : "signIn";
      const newOutcome = await outcome(() => NewArticlePage());
      const editOutcome = await outcome(() => EditArticlePage({ params: Promise.resolve({ id: article.id }) }));
      expect(newOutcome).toMatch(expectedNew === "signIn" ? signIn : /^page$/);
      expect(editOutcome).toMatch(expectedEdit === "signIn" ? signIn : new RegExp(`^${expectedEdit}$`));
    });
  }

  it("an unknown or malformed id is a 404", async () => {
    actAs(editor);
    expect(await outcome(() => EditArticlePage({ params: Promise.resolve({ id: "c".repeat(25) }) }))).toBe("404");
    expect(await outcome(() => EditArticlePage({ params: Promise.resolve({ id: "../../etc" }) }))).toBe("404");
  });
});
