import { describe, expect } from "vitest";
import { createTagAction, deleteTagAction, mergeTagsAction, renameTagAction } from "@/app/admin/(espace)/mots-cles/actions";
import { createCategoryAction, deleteCategoryAction, moveCategoryAction, updateCategoryAction } from "@/app/admin/(espace)/rubriques/actions";
import { prisma } from "@/lib/db";
import { createArticle, createCategory } from "../../factories";
import { auditActions, matrixCase, post } from "../../support/matrix";

const NEWSROOM = ["éditeur", "administrateur"] as const;

async function twoCategories() {
  const first = await createCategory({ name: "Vie de l’école", slug: "vie-de-l-ecole", position: 0 });
  const second = await createCategory({ name: "Recherche", slug: "recherche", position: 1 });
  return { first, second };
}

async function twoTags() {
  const article = await createArticle();
  const source = await prisma.tag.create({ data: { name: "Sports", slug: "sports", articles: { create: { articleId: article.id } } } });
  const target = await prisma.tag.create({ data: { name: "Sport", slug: "sport" } });
  return { article, source, target };
}

describe("matrix: categories", () => {
  matrixCase({
    name: "créer une rubrique",
    allowed: NEWSROOM,
    call: () => post(createCategoryAction, { name: "Vie de l’école", slug: "", description: "Cérémonies et événements." }),
    verify: async () => {
      expect(await prisma.category.findMany({ select: { slug: true } })).toEqual([{ slug: "vie-de-lecole" }]);
      expect(await auditActions()).toEqual(["category.created"]);
    },
  });

  matrixCase({
    name: "modifier une rubrique",
    allowed: NEWSROOM,
    setup: twoCategories,
    call: (_cast, { second }) =>
      post(updateCategoryAction, { id: second.id, updatedAt: second.updatedAt.toISOString(), name: "Recherche et publications", slug: "recherche-et-publications", description: "" }),
    verify: async (_cast, { second }) => {
      expect((await prisma.category.findUniqueOrThrow({ where: { id: second.id } })).slug).toBe("recherche-et-publications");
      expect(await prisma.categorySlugRedirect.findMany({ select: { oldSlug: true, categoryId: true } })).toEqual([{ oldSlug: "recherche", categoryId: second.id }]);
      expect(await auditActions()).toEqual(["category.updated"]);
    },
  });

  matrixCase({
    name: "déplacer une rubrique",
    allowed: NEWSROOM,
    setup: twoCategories,
    call: (_cast, { first }) => post(moveCategoryAction, { id: first.id, direction: "down" }),
    verify: async (_cast, { first, second }) => {
      const order = await prisma.category.findMany({ orderBy: { position: "asc" }, select: { id: true } });
      expect(order.map((category) => category.id)).toEqual([second.id, first.id]);
      expect(await auditActions()).toEqual(["category.reordered"]);
    },
  });

  matrixCase({
    name: "supprimer une rubrique",
    allowed: NEWSROOM,
    setup: twoCategories,
    call: (_cast, { second }) => post(deleteCategoryAction, { id: second.id, confirm: "on" }),
    verify: async (_cast, { first }) => {
      expect(await prisma.category.findMany({ select: { id: true } })).toEqual([{ id: first.id }]);
      expect(await auditActions()).toEqual(["category.deleted"]);
    },
  });
});

describe("matrix: tags", () => {
  matrixCase({
    name: "créer un mot-clé",
    allowed: NEWSROOM,
    call: () => post(createTagAction, { name: "Sécurité routière", slug: "" }),
    verify: async () => {
      expect(await prisma.tag.findMany({ select: { name: true, slug: true } })).toEqual([{ name: "Sécurité routière", slug: "securite-routiere" }]);
      expect(await auditActions()).toEqual(["tag.created"]);
    },
  });

  matrixCase({
    name: "renommer un mot-clé",
    allowed: NEWSROOM,
    setup: twoTags,
    call: (_cast, { target }) => post(renameTagAction, { id: target.id, updatedAt: target.updatedAt.toISOString(), name: "Sport et santé", slug: "" }),
    verify: async (_cast, { target }) => {
      expect(await prisma.tag.findUniqueOrThrow({ where: { id: target.id }, select: { name: true, slug: true } })).toEqual({ name: "Sport et santé", slug: "sport-et-sante" });
      expect(await auditActions()).toEqual(["tag.updated"]);
    },
  });

  matrixCase({
    name: "fusionner deux mots-clés",
    allowed: NEWSROOM,
    setup: twoTags,
    call: (_cast, { source, target }) => post(mergeTagsAction, { sourceId: source.id, targetId: target.id, confirm: "on" }),
    verify: async (_cast, { article, source, target }) => {
      expect(await prisma.tag.findUnique({ where: { id: source.id } })).toBeNull();
      expect(await prisma.articleTag.findMany()).toEqual([{ articleId: article.id, tagId: target.id }]);
      expect(await auditActions()).toEqual(["tag.merged"]);
    },
  });

  matrixCase({
    name: "supprimer un mot-clé",
    allowed: NEWSROOM,
    setup: twoTags,
    call: (_cast, { target }) => post(deleteTagAction, { id: target.id, confirm: "on" }),
    verify: async (_cast, { target }) => {
      expect(await prisma.tag.findUnique({ where: { id: target.id } })).toBeNull();
      expect(await auditActions()).toEqual(["tag.deleted"]);
    },
  });
});
