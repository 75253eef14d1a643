/**
 * The matrix for articles: every action of the editor, called as its code calls the server
 * action, by each kind of visitor, on an article written by "auteur". Forbidden calls change
 * nothing in the database; allowed ones work.
 */
import { describe, expect } from "vitest";
import * as actions from "@/app/admin/(espace)/articles/actions";
import { prisma } from "@/lib/db";
import { createArticle } from "../../factories";
import { call, matrixCase, type Cast, type Visitor } from "../../support/matrix";

const OWNER_AND_EDITORS: Visitor[] = ["auteur", "éditeur", "administrateur"];
const EDITORS: Visitor[] = ["éditeur", "administrateur"];
const STAFF: Visitor[] = ["auteur", "autre auteur", "éditeur", "administrateur"];

const body = { type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text: "« Très riche. »" }] }] };

async function authorsArticle(cast: Cast, status: "DRAFT" | "IN_REVIEW" | "PUBLISHED" | "SCHEDULED" = "DRAFT", extra: { deletedAt?: Date } = {}) {
  const category = await prisma.category.create({ data: { slug: "partenariats", name: "Partenariats" } });
  return createArticle({
    authorId: cast.author.id,
    categoryId: category.id,
    status,
    title: "Continuum de sécurité",
    excerpt: "Réunis à l’ENSP hier.",
    body,
    ...(status === "SCHEDULED" ? { publishedAt: new Date(Date.now() + 86_400_000) } : {}),
    ...extra,
  });
}

const content = (article: { id: string; version: number; categoryId: string }) => ({
  id: article.id,
  version: article.version,
  title: "Nouveau titre",
  excerpt: "Nouveau chapô.",
  body,
  slug: "",
  slugAuto: true,
  categoryId: article.categoryId,
  heroImageId: null,
  tagIds: [],
  autosave: false,
});

const row = (id: string) => prisma.article.findUniqueOrThrow({ where: { id }, include: { workingCopy: true } });

describe("matrix: articles", () => {
  matrixCase({
    name: "créer un article",
    allowed: STAFF,
    setup: async () => prisma.category.create({ data: { slug: "partenariats", name: "Partenariats" } }),
    call: () => call(actions.createArticleAction, { title: "Un nouvel article" }),
    verify: async () => expect(await prisma.article.count({ where: { title: "Un nouvel article" } })).toBe(1),
  });

  matrixCase({
    name: "enregistrer le brouillon de l’auteur",
    allowed: OWNER_AND_EDITORS,
    setup: (cast) => authorsArticle(cast),
    call: (_cast, article) => call(actions.saveArticleAction, content(article)),
    verify: async (_cast, article) => expect((await row(article.id)).title).toBe("Nouveau titre"),
  });

  matrixCase({
    name: "modifier l’article publié de l’auteur (copie de travail)",
    allowed: OWNER_AND_EDITORS,
    setup: (cast) => authorsArticle(cast, "PUBLISHED"),
    call: (_cast, article) => call(actions.saveArticleAction, content(article)),
    verify: async (_cast, article) => expect((await row(article.id)).workingCopy?.title).toBe("Nouveau titre"),
  });

  matrixCase({
    name: "soumettre à la relecture",
    allowed: OWNER_AND_EDITORS,
    setup: (cast) => authorsArticle(cast),
    call: (_cast, article) => call(actions.submitArticleAction, { id: article.id, version: article.version }),
    verify: async (_cast, article) => expect((await row(article.id)).status).toBe("IN_REVIEW"),
  });

  matrixCase({
    name: "renvoyer en brouillon",
    allowed: OWNER_AND_EDITORS,
    setup: (cast) => authorsArticle(cast, "IN_REVIEW"),
    call: (_cast, article) => call(actions.withdrawArticleAction, { id: article.id, version: article.version }),
    verify: async (_cast, article) => expect((await row(article.id)).status).toBe("DRAFT"),
  });

  matrixCase({
    name: "publier",
    allowed: EDITORS,
    setup: (cast) => authorsArticle(cast, "IN_REVIEW"),
    call: (_cast, article) => call(actions.publishArticleAction, { id: article.id, version: article.version }),
    verify: async (_cast, article) => expect((await row(article.id)).status).toBe("PUBLISHED"),
  });

  matrixCase({
    name: "programmer",
    allowed: EDITORS,
    setup: (cast) => authorsArticle(cast, "IN_REVIEW"),
    call: (_cast, article) => call(actions.scheduleArticleAction, { id: article.id, version: article.version, publishAt: new Date(Date.now() + 3_600_000).toISOString() }),
    verify: async (_cast, article) => expect((await row(article.id)).status).toBe("SCHEDULED"),
  });

  matrixCase({
    name: "dépublier",
    allowed: EDITORS,
    setup: (cast) => authorsArticle(cast, "PUBLISHED"),
    call: (_cast, article) => call(actions.unpublishArticleAction, { id: article.id, version: article.version }),
    verify: async (_cast, article) => expect((await row(article.id)).status).toBe("DRAFT"),
  });

  matrixCase({
    name: "archiver",
    allowed: EDITORS,
    setup: (cast) => authorsArticle(cast, "PUBLISHED"),
    call: (_cast, article) => call(actions.archiveArticleAction, { id: article.id, version: article.version }),
    verify: async (_cast, article) => expect((await row(article.id)).status).toBe("ARCHIVED"),
  });

  matrixCase({
    name: "abandonner les modifications en cours",
    allowed: OWNER_AND_EDITORS,
    setup: async (cast) => {
      const article = await authorsArticle(cast, "PUBLISHED");
      await prisma.articleWorkingCopy.create({ data: { articleId: article.id, title: "En cours", excerpt: "x", body, slug: article.slug, categoryId: article.categoryId, tagIds: [] } });
      return article;
    },
    call: (_cast, article) => call(actions.discardChangesAction, { id: article.id, version: article.version }),
    verify: async (_cast, article) => expect((await row(article.id)).workingCopy).toBeNull(),
  });

  matrixCase({
    name: "restaurer une version",
    allowed: OWNER_AND_EDITORS,
    setup: async (cast) => {
      const article = await authorsArticle(cast);
      const revision = await prisma.articleRevision.create({
        data: { articleId: article.id, kind: "SAVE", authorName: "x", title: "Ancien titre", excerpt: "x", body, slug: article.slug, categoryId: article.categoryId, categoryName: "Partenariats", tagIds: [], tagNames: [] },
      });
      return { ...article, revisionId: revision.id.toString() };
    },
    call: (_cast, article) => call(actions.restoreRevisionAction, { id: article.id, version: article.version, revisionId: article.revisionId }),
    verify: async (_cast, article) => expect((await row(article.id)).title).toBe("Ancien titre"),
  });

  matrixCase({
    name: "mettre à la corbeille",
    allowed: EDITORS,
    setup: (cast) => authorsArticle(cast, "PUBLISHED"),
    call: (_cast, article) => call(actions.trashArticleAction, { id: article.id, version: article.version }),
    verify: async (_cast, article) => expect((await row(article.id)).deletedAt).not.toBeNull(),
  });

  matrixCase({
    name: "sortir de la corbeille",
    allowed: EDITORS,
    setup: (cast) => authorsArticle(cast, "PUBLISHED", { deletedAt: new Date() }),
    call: (_cast, article) => call(actions.restoreArticleAction, { id: article.id, version: article.version }),
    verify: async (_cast, article) => expect((await row(article.id)).deletedAt).toBeNull(),
  });

  matrixCase({
    name: "vider la corbeille",
    allowed: ["administrateur"],
    setup: (cast) => authorsArticle(cast, "PUBLISHED", { deletedAt: new Date() }),
    call: () => call(actions.emptyTrashAction, {}),
    verify: async (_cast, article) => expect(await prisma.article.findUnique({ where: { id: article.id } })).toBeNull(),
  });

  matrixCase({
    name: "signaler qu’on modifie l’article",
    allowed: OWNER_AND_EDITORS,
    setup: (cast) => authorsArticle(cast),
    call: (_cast, article) => call(actions.heartbeatAction, { id: article.id }),
    verify: async (cast, article) => expect(await prisma.articleEditor.count({ where: { articleId: article.id, userId: cast.actor!.id } })).toBe(1),
  });
});
