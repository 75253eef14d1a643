/**
 * The back office's dashboard, article list and revisions, rendered as the server renders them
 * (client components included, to static HTML), on articles written through the real commands:
 * what each role sees, the filters, the trash, and the comparison of two revisions.
 */
import type { ReactElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { beforeEach, describe, expect, it, vi } from "vitest";
import DashboardPage from "@/app/admin/(espace)/page";
import ArticlesPage from "@/app/admin/(espace)/articles/page";
import RevisionsPage from "@/app/admin/(espace)/articles/[id]/versions/page";
import { createArticle, saveArticle } from "@/lib/admin/articles/edit";
import { trashArticle } from "@/lib/admin/articles/trash";
import { archiveArticle, publishArticle, scheduleArticle, submitArticle } from "@/lib/admin/articles/workflow";
import { loadActor, type Actor } from "@/lib/auth/session";
import { prisma } from "@/lib/db";
import { formatDateTimeFr } from "@/lib/format/time";
import type { User } from "@/lib/generated/prisma/client";
import { sanitizeDocument } from "@/lib/rich-text/sanitize";
import { createCategory, createStaff, resetDatabase } from "../factories";
import { actAs, resetRequest } from "../support/request";

// The client components' router needs Next.js's app router around them; a static render has none.
vi.mock("next/navigation", async (importOriginal) => ({
  ...(await importOriginal<typeof import("next/navigation")>()),
  useRouter: () => ({ push: vi.fn(), replace: vi.fn(), refresh: vi.fn(), back: vi.fn(), forward: vi.fn(), prefetch: vi.fn() }),
}));

const context = { ip: "198.51.100.7", requestId: "requete-de-test" };
const doc = (...paragraphs: string[]) => ({ type: "doc", content: paragraphs.map((text) => ({ type: "paragraph", content: [{ type: "text", text }] })) });
const query = (values: Record<string, string> = {}) => ({ searchParams: Promise.resolve(values) });
const withId = (id: string, values: Record<string, string> = {}) => ({ params: Promise.resolve({ id }), searchParams: Promise.resolve(values) });

async function html(page: Promise<ReactElement>): Promise<string> {
  return renderToStaticMarkup(await page);
}

/** What Next.js's notFound() and redirect() throw, or "rendered". */
async function status(page: Promise<unknown>): Promise<string> {
  try {
    await page;
    return "rendered";
  } catch (error) {
    return (error as { digest?: string }).digest ?? String(error);
  }
}

async function actorOf(user: User): Promise<Actor> {
  const actor = await loadActor({ uid: user.id, sv: user.sessionVersion });
  if (!actor) throw new Error("no actor");
  return actor;
}

const version = async (id: string) => (await prisma.article.findUniqueOrThrow({ where: { id }, select: { version: true } })).version;

let users: { author: User; otherAuthor: User; editor: User; admin: User };
let author: Actor;
let otherAuthor: Actor;
let editor: Actor;
let categoryId: string;
let otherCategoryId: string;
let tagId: string;

type Content = { title: string; excerpt?: string; body?: string[]; category?: string; tags?: string[] };

async function save(by: Actor, id: string, content: Content) {
  return saveArticle(
    by,
    {
      id,
      version: await version(id),
      title: content.title,
      excerpt: content.excerpt ?? "Réunis à l’ENSP hier, les rédacteurs se sont rencontrés.",
      body: sanitizeDocument(doc(...(content.body ?? ["Un premier paragraphe.", "Un second paragraphe."]))),
      slug: "",
      slugAuto: true,
      categoryId: content.category ?? categoryId,
      heroImageId: null,
      tagIds: content.tags ?? [],
      autosave: false,
    },
    context,
  );
}

async function write(by: Actor, content: Content): Promise<string> {
  const { id } = await createArticle(by, { title: content.title, categoryId: content.category ?? categoryId }, context);
  await save(by, id, content);
  return id;
}

async function publish(id: string) {
  await publishArticle(editor, { id, version: await version(id) }, context);
}

beforeEach(async () => {
  resetRequest();
  await resetDatabase();
  users = {
    author: await createStaff("AUTHOR", { name: "Claire Auteur" }),
    otherAuthor: await createStaff("AUTHOR", { name: "Paul Autre" }),
    editor: await createStaff("EDITOR", { name: "Émile Éditeur" }),
    admin: await createStaff("ADMIN", { name: "Ada Admin" }),
  };
  [author, otherAuthor, editor] = (await Promise.all([users.author, users.otherAuthor, users.editor].map(actorOf))) as [Actor, Actor, Actor];
  categoryId = (await createCategory({ slug: "partenariats", name: "Partenariats", position: 0 })).id;
  otherCategoryId = (await createCategory({ slug: "vie-de-l-ecole", name: "Vie de l’École", position: 1 })).id;
  tagId = (await prisma.tag.create({ data: { slug: "europe", name: "Europe" } })).id;
});

describe("the dashboard", () => {
  it("shows an author their drafts, their scheduled articles in Paris time and what they did, with the button to write", async () => {
    const draft = await write(author, { title: "Mon brouillon" });
    const scheduled = await write(author, { title: "Ma publication programmée" });
    const at = new Date(Date.now() + 3 * 86_400_000);
    at.setUTCSeconds(0, 0);
    await scheduleArticle(editor, { id: scheduled, version: await version(scheduled), publishAt: at }, context);
    await write(otherAuthor, { title: "Le brouillon de Paul" });

    actAs(users.author);
    const page = await html(DashboardPage());
    expect(page).toContain("<h1>Bonjour Claire Auteur</h1>");
    expect(page).toContain('href="/admin/articles/nouveau"');
    expect(page).toContain("Écrire un article");
    expect(page).toContain(`<a href="/admin/articles/${draft}">Mon brouillon</a>`);
    expect(page).toContain('<span class="fr-badge fr-badge--sm fr-badge--new">Brouillon</span>');
    expect(page).toContain(`<a href="/admin/articles/${scheduled}">Ma publication programmée</a>`);
    expect(page).toContain(`<time dateTime="${at.toISOString()}">${formatDateTimeFr(at)}</time>`);
    expect(page).toContain("Programmation de");
    expect(page).not.toContain("Le brouillon de Paul");
    expect(page).not.toContain("Articles à relire");
    // Kept from the first dashboard: the two-factor notice and the account.
    expect(page).toContain("l’activer maintenant");
    expect(page).toContain('href="/admin/compte"');
  });

  it("shows an editor what waits for review: articles submitted and changes to published ones", async () => {
    const submitted = await write(author, { title: "À relire, s’il vous plaît" });
    await submitArticle(author, { id: submitted, version: await version(submitted) }, context);
    const published = await write(author, { title: "Déjà en ligne" });
    await publish(published);
    await save(author, published, { title: "Déjà en ligne, corrigé" });
    await submitArticle(author, { id: published, version: await version(published) }, context);

    actAs(users.editor);
    const page = await html(DashboardPage());
    const review = page.slice(page.indexOf('id="a-relire"'), page.indexOf('id="modifications-soumises"'));
    expect(review).toContain(`<a href="/admin/articles/${submitted}">À relire, s’il vous plaît</a>`);
    expect(review).toContain("par Claire Auteur");
    const changes = page.slice(page.indexOf('id="modifications-soumises"'), page.indexOf('id="prochaines-publications"'));
    expect(changes).toContain(`<a href="/admin/articles/${published}">Déjà en ligne</a>`);
    const latest = page.slice(page.indexOf('id="derniers-publies"'), page.indexOf('id="activite-recente"'));
    expect(latest).toContain("Déjà en ligne");
    expect(page).toContain(`href="/admin/articles/${published}/versions"`);
    expect(page).toContain("Aucun brouillon en cours.");
  });
});

describe("the article list", () => {
  it("shows an author only their own articles, with no author filter", async () => {
    await write(author, { title: "Mon article" });
    await write(otherAuthor, { title: "L’article de Paul" });
    actAs(users.author);
    const page = await html(ArticlesPage(query()));
    expect(page).toContain("Mon article");
    expect(page).not.toContain("L’article de Paul");
    expect(page).not.toContain('id="filtre-auteur"');
    expect(page).toContain("Vos articles, des plus récemment modifiés aux plus anciens : 1 au total, page 1 sur 1");
    // An author filter in the address shows them nothing more.
    expect(await html(ArticlesPage(query({ auteur: users.otherAuthor.id })))).toContain("Mon article");
  });

  it("shows an editor every article, its status in words and badge, its pending changes, author, category and dates", async () => {
    const published = await write(author, { title: "Continuum de sécurité" });
    await publish(published);
    await save(author, published, { title: "Continuum de sécurité, corrigé" });
    await submitArticle(author, { id: published, version: await version(published) }, context);
    const changed = await write(otherAuthor, { title: "Journée portes ouvertes", category: otherCategoryId });
    await publish(changed);
    await save(editor, changed, { title: "Journée portes ouvertes, corrigée", category: otherCategoryId });
    const draft = await write(otherAuthor, { title: "Brouillon de Paul" });

    actAs(users.editor);
    const page = await html(ArticlesPage(query()));
    expect(page).toContain('<option value="' + users.author.id + '">Claire Auteur</option>');
    const row = (id: string) => page.slice(page.indexOf(`<a href="/admin/articles/${id}">`), page.indexOf("</tr>", page.indexOf(`<a href="/admin/articles/${id}">`)));
    expect(row(published)).toContain('<span class="fr-badge fr-badge--sm fr-badge--success">Publié</span>');
    expect(row(published)).toContain("Modifications en attente, soumises à la relecture");
    expect(row(published)).toContain("<td>Claire Auteur</td>");
    expect(row(published)).toContain("<td>Partenariats</td>");
    expect(row(changed)).toContain("Modifications en attente<");
    expect(row(changed)).toContain("<td>Vie de l’École</td>");
    expect(row(draft)).toContain('<span class="fr-badge fr-badge--sm fr-badge--new">Brouillon</span>');
    expect(row(draft)).toContain("<td>—</td>");
    expect(page).toContain(": 3 au total, page 1 sur 1");
  });

  it("filters by status, author, category, tag and title, and sorts", async () => {
    const tagged = await write(author, { title: "Coopération européenne", tags: [tagId] });
    await publish(tagged);
    await write(author, { title: "Zèbre et autres brouillons" });
    const theirs = await write(otherAuthor, { title: "Aviron : la finale", category: otherCategoryId });
    await save(otherAuthor, theirs, { title: "Aviron : la finale", category: otherCategoryId });

    actAs(users.editor);
    const titles = async (values: Record<string, string>) => {
      const page = await html(ArticlesPage(query(values)));
      return [...page.matchAll(/<th scope="row"><a href="\/admin\/articles\/[a-z0-9]+">([^<]+)<\/a>/g)].map((match) => match[1]);
    };
    expect(await titles({ statut: "PUBLISHED" })).toEqual(["Coopération européenne"]);
    expect(await titles({ statut: "DRAFT", tri: "titre" })).toEqual(["Aviron : la finale", "Zèbre et autres brouillons"]);
    expect(await titles({ auteur: users.otherAuthor.id })).toEqual(["Aviron : la finale"]);
    expect(await titles({ rubrique: otherCategoryId })).toEqual(["Aviron : la finale"]);
    expect(await titles({ motcle: tagId })).toEqual(["Coopération européenne"]);
    expect(await titles({ q: "ZÈBRE" })).toEqual(["Zèbre et autres brouillons"]);
    expect(await titles({ tri: "titre" })).toEqual(["Aviron : la finale", "Coopération européenne", "Zèbre et autres brouillons"]);
    expect(await titles({ statut: "CHANGES" })).toEqual([]);
    // The form says what is chosen, and offers to clear it; a malformed value is ignored.
    const page = await html(ArticlesPage(query({ statut: "PUBLISHED", tri: "nimporte" })));
    expect(page).toContain('<option value="PUBLISHED" selected="">Publié</option>');
    expect(page).toContain("Effacer les filtres");
    expect(page).toContain('<option value="modification" selected="">Dernière modification</option>');
  });

  it("pages by 30, keeping the filters in the links", async () => {
    const { id: authorId } = users.author;
    await prisma.article.createMany({
      data: Array.from({ length: 31 }, (_, n) => ({ slug: `article-${n}`, title: `Article ${n}`, excerpt: "", body: doc("x"), status: "DRAFT" as const, authorId, categoryId })),
    });
    actAs(users.editor);
    const page = await html(ArticlesPage(query({ statut: "DRAFT" })));
    expect(page).toContain("31 au total, page 1 sur 2");
    expect(page).toContain('href="/admin/articles?statut=DRAFT&amp;page=2"');
    expect(await html(ArticlesPage(query({ statut: "DRAFT", page: "2" })))).toContain("31 au total, page 2 sur 2");
  });
});

describe("the trash", () => {
  async function trashed(by: Actor, title: string) {
    const id = await write(by, { title });
    await publish(id);
    await trashArticle(editor, { id, version: await version(id) }, context);
    return id;
  }

  it("lets an editor restore each article, and only an admin empty it", async () => {
    const id = await trashed(author, "Article supprimé");
    await write(author, { title: "Toujours là" });

    actAs(users.editor);
    const page = await html(ArticlesPage(query({ statut: "TRASH" })));
    expect(page).toContain("<h1>Corbeille</h1>");
    expect(page).toContain("« 410 Gone »");
    expect(page).toContain(`<a href="/admin/articles/${id}">Article supprimé</a>`);
    expect(page).not.toContain("Toujours là");
    expect(page).toContain('Restaurer <span class="fr-sr-only">« Article supprimé »</span>');
    expect(page).toContain('<span class="fr-badge fr-badge--sm fr-badge--success">Publié</span>');
    expect(page).toContain("Mis à la corbeille");
    expect(page).not.toContain("Vider la corbeille");
    expect(await html(ArticlesPage(query()))).not.toContain("Article supprimé");

    actAs(users.admin);
    const adminPage = await html(ArticlesPage(query({ statut: "TRASH" })));
    expect(adminPage).toContain("Vider la corbeille");
    expect(adminPage).toContain("Je confirme la suppression définitive de tous les articles de la corbeille");
  });

  it("shows an author their own trashed articles, with nothing to restore or empty", async () => {
    await trashed(author, "Mon article supprimé");
    await trashed(otherAuthor, "L’article supprimé de Paul");
    actAs(users.author);
    const page = await html(ArticlesPage(query({ statut: "TRASH" })));
    expect(page).toContain("Mon article supprimé");
    expect(page).not.toContain("L’article supprimé de Paul");
    expect(page).toContain("« 410 Gone »");
    expect(page).not.toContain("Restaurer <span");
    expect(page).not.toContain("Vider la corbeille");
  });

  it("says when it is empty, with no button to empty it", async () => {
    actAs(users.admin);
    const page = await html(ArticlesPage(query({ statut: "TRASH" })));
    expect(page).toContain("La corbeille est vide.");
    expect(page).not.toContain("Vider la corbeille");
  });
});

describe("the revisions", () => {
  it("list who did what and when, and compare the last change by default, word by word and accessibly", async () => {
    const id = await write(author, { title: "Continuum de sécurité", tags: [tagId], body: ["Les rédacteurs se sont rencontrés.", "Un second paragraphe."] });
    await publish(id);
    await save(editor, id, { title: "Continuum de sécurité renforcé", category: otherCategoryId, tags: [tagId], body: ["Les 23 rédacteurs se sont rencontrés.", "Un second paragraphe."] });

    actAs(users.editor);
    const page = await html(RevisionsPage(withId(id)));
    // The title being edited: the published article's changes wait in its working copy.
    expect(page).toContain("<h1>Versions de « Continuum de sécurité renforcé »</h1>");
    expect(page).toContain("Modifications en attente");
    for (const kind of ["Enregistrement", "Publication"]) expect(page).toContain(`<td>${kind}</td>`);
    expect(page).toContain("<td>Émile Éditeur</td>");
    expect(page).toContain("<td>Claire Auteur</td>");
    const revisions = await prisma.articleRevision.findMany({ where: { articleId: id }, orderBy: { id: "desc" } });
    expect(page).toContain(`<time dateTime="${revisions[0]!.createdAt.toISOString()}">${formatDateTimeFr(revisions[0]!.createdAt)}</time>`);
    expect(page).toContain(`<option value="${revisions[1]!.id}" selected="">`);
    // The title and the body, word by word; the category replaced; the tags unchanged.
    expect(page).toContain('Continuum de sécurité <ins class="kiosque-diff__added"><span class="fr-sr-only">ajouté : </span>renforcé<span class="fr-sr-only"> (fin de l’ajout)</span></ins>');
    expect(page).toContain('Les <ins class="kiosque-diff__added"><span class="fr-sr-only">ajouté : </span>23 <span class="fr-sr-only"> (fin de l’ajout)</span></ins>rédacteurs');
    expect(page).toContain('<del class="kiosque-diff__removed"><span class="fr-sr-only">supprimé : </span>Partenariats<span class="fr-sr-only"> (fin de la suppression)</span></del>');
    expect(page).toContain('Mots-clés <span class="fr-text--regular">: inchangés</span>');
    expect(page).toContain("1 mot ajouté, 0 mots supprimés");
    expect(page).toContain("Restaurer cette version");
    expect(page).toContain(`href="/admin/articles/${id}"`);
  });

  it("compare the two versions asked for, and say when the choice is not possible", async () => {
    const id = await write(author, { title: "Premier titre" });
    await save(author, id, { title: "Deuxième titre" });
    await save(author, id, { title: "Troisième titre" });
    const [third, second, first] = await prisma.articleRevision.findMany({ where: { articleId: id }, orderBy: { id: "desc" } });

    actAs(users.author);
    const page = await html(RevisionsPage(withId(id, { a: first!.id.toString(), b: third!.id.toString() })));
    expect(page).toContain('<del class="kiosque-diff__removed"><span class="fr-sr-only">supprimé : </span>Premier<span class="fr-sr-only"> (fin de la suppression)</span></del>');
    expect(page).toContain("Troisième");
    expect(page).not.toContain(">Deuxième<");
    expect(page).toContain(`href="/admin/articles/${id}/versions?a=${first!.id}&amp;b=${second!.id}#comparaison"`);
    expect(await html(RevisionsPage(withId(id, { a: first!.id.toString(), b: first!.id.toString() })))).toContain("deux fois la même version");
    expect(await html(RevisionsPage(withId(id, { a: "999999", b: third!.id.toString() })))).toContain("Cette version n’existe pas ou plus pour cet article");
  });

  it("are read by whoever may read the article: a 404 for another author, or an article that does not exist", async () => {
    const id = await write(author, { title: "Réservé" });
    actAs(users.otherAuthor);
    expect(await status(RevisionsPage(withId(id)))).toBe("NEXT_HTTP_ERROR_FALLBACK;404");
    actAs(users.author);
    expect(await status(RevisionsPage(withId("c".repeat(25))))).toBe("NEXT_HTTP_ERROR_FALLBACK;404");
    expect(await status(RevisionsPage(withId("../reglages")))).toBe("NEXT_HTTP_ERROR_FALLBACK;404");
    actAs(null);
    expect(await status(RevisionsPage(withId(id)))).toMatch(/^NEXT_REDIRECT;.*;\/admin\/connexion;/);
  });

  it("offer no restore to an author on an archived article, nor to anyone on a trashed one", async () => {
    const id = await write(author, { title: "Ancien" });
    await save(author, id, { title: "Ancien, corrigé" });
    await publish(id);
    await archiveArticle(editor, { id, version: await version(id) }, context);
    actAs(users.author);
    const archived = await html(RevisionsPage(withId(id)));
    expect(archived).toContain("seul un éditeur peut reprendre");
    expect(archived).not.toContain("Restaurer cette version");
    expect(archived).toContain("Archivage");
    actAs(users.editor);
    expect(await html(RevisionsPage(withId(id)))).toContain("Restaurer cette version");
    await trashArticle(editor, { id, version: await version(id) }, context);
    const trashed = await html(RevisionsPage(withId(id)));
    expect(trashed).toContain("Cet article est dans la corbeille");
    expect(trashed).not.toContain("Restaurer cette version");
  });
});
