/**
 * The back-office pages of sites, categories and tags, rendered as the server renders them (their
 * client components included, to static HTML): each checks its own permission — a role that may
 * not manage them gets a 404 — and shows what it must, public links included.
 */
import type { ReactElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { beforeEach, describe, expect, it } from "vitest";
import TagsPage from "@/app/admin/(espace)/mots-cles/page";
import NewTagPage from "@/app/admin/(espace)/mots-cles/nouveau/page";
import EditTagPage from "@/app/admin/(espace)/mots-cles/[id]/page";
import CategoriesPage from "@/app/admin/(espace)/rubriques/page";
import NewCategoryPage from "@/app/admin/(espace)/rubriques/nouvelle/page";
import EditCategoryPage from "@/app/admin/(espace)/rubriques/[id]/page";
import SitesPage from "@/app/admin/(espace)/sites/page";
import NewSitePage from "@/app/admin/(espace)/sites/nouveau/page";
import EditSitePage from "@/app/admin/(espace)/sites/[id]/page";
import { prisma } from "@/lib/db";
import { createArticle, createCategory, createStaff, resetDatabase } from "../factories";
import { actAs, resetRequest } from "../support/request";

const noQuery = () => Promise.resolve({});
const withId = (id: string) => ({ params: Promise.resolve({ id }), searchParams: noQuery() });

async function html(page: Promise<ReactElement>): Promise<string> {
  return renderToStaticMarkup(await page);
}

/** What Next.js's notFound() throws. */
async function status(page: Promise<unknown>): Promise<string> {
  try {
    await page;
    return "rendered";
  } catch (error) {
    return (error as { digest?: string }).digest ?? String(error);
  }
}

describe("the back-office pages of sites, categories and tags", () => {
  beforeEach(async () => {
    resetRequest();
    await resetDatabase();
  });

  it("show an admin the sites as on the letterhead, with the contact page's link and a warning for the last one", async () => {
    actAs(await createStaff("ADMIN"));
    const site = await prisma.site.create({
      data: { name: "Site de Cannes-Écluse", addressLines: ["BP 50097"], postcode: "77875", city: "MONTEREAU Cedex", addressLayout: "INLINE", phone: "01 64 69 35 00" },
    });
    const list = await html(SitesPage({ searchParams: noQuery() }));
    expect(list).toContain("BP 50097 - 77875 MONTEREAU Cedex");
    expect(list).toContain('href="/nous-contacter"');
    expect(list).toContain(`href="/admin/sites/${site.id}"`);
    const edit = await html(EditSitePage(withId(site.id)));
    expect(edit).toContain(`value="${site.updatedAt.toISOString()}"`);
    expect(edit).toContain("C’est le dernier site");
    expect(await html(NewSitePage())).toContain("Ajouter le site");

    await prisma.site.deleteMany();
    expect(await html(SitesPage({ searchParams: noQuery() }))).toContain("Aucun site : la page « Nous contacter » n’affiche pour l’instant aucune adresse");
    expect(await status(EditSitePage(withId(site.id)))).toBe("NEXT_HTTP_ERROR_FALLBACK;404");
    expect(await status(EditSitePage(withId("../reglages")))).toBe("NEXT_HTTP_ERROR_FALLBACK;404");
  });

  it("show an editor the categories and tags with their public pages, and deletion only when unused", async () => {
    actAs(await createStaff("EDITOR"));
    const [used, empty] = [await createCategory({ name: "Recherche", slug: "recherche", position: 0 }), await createCategory({ name: "Europe", slug: "europe", position: 1 })];
    const article = await createArticle({ categoryId: used.id });
    const tag = await prisma.tag.create({ data: { name: "Sport", slug: "sport", articles: { create: { articleId: article.id } } } });
    await prisma.tag.create({ data: { name: "Santé", slug: "sante" } });

    const categories = await html(CategoriesPage({ searchParams: noQuery() }));
    expect(categories).toContain('<a href="/rubriques/recherche">');
    expect(categories).not.toContain('<a href="/rubriques/europe">');
    expect(categories).toContain("Descendre <span class=\"fr-sr-only\">la rubrique « Recherche »</span>");
    expect(await html(EditCategoryPage(withId(used.id)))).toContain("Impossible pour l’instant : 1 article l’utilise");
    expect(await html(EditCategoryPage(withId(empty.id)))).toContain("Je confirme la suppression de la rubrique « Europe »");
    expect(await html(NewCategoryPage())).toContain("Créer la rubrique");

    const tags = await html(TagsPage({ searchParams: Promise.resolve({ q: "spo" }) }));
    expect(tags).toContain('<a href="/mots-cles/sport">');
    expect(tags).not.toContain("Santé");
    const editTag = await html(EditTagPage(withId(tag.id)));
    expect(editTag).toContain("Santé (sante) — aucun article");
    expect(editTag).toContain("Impossible pour l’instant : 1 article le porte");
    expect(await html(NewTagPage())).toContain("Créer le mot-clé");
  });

  it("answer 404 to a role that may not manage them", async () => {
    const category = await createCategory();
    actAs(await createStaff("EDITOR"));
    expect(await status(SitesPage({ searchParams: noQuery() }))).toBe("NEXT_HTTP_ERROR_FALLBACK;404");
    expect(await status(NewSitePage())).toBe("NEXT_HTTP_ERROR_FALLBACK;404");
    actAs(await createStaff("AUTHOR"));
    for (const page of [CategoriesPage({ searchParams: noQuery() }), EditCategoryPage(withId(category.id)), TagsPage({ searchParams: noQuery() }), NewTagPage()]) {
      expect(await status(page)).toBe("NEXT_HTTP_ERROR_FALLBACK;404");
    }
    actAs(null);
    expect(await status(TagsPage({ searchParams: noQuery() }))).toMatch(/^NEXT_REDIRECT;.*;\/admin\/connexion;/);
  });
});
