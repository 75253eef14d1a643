import "server-only";
import { z } from "zod";
import { prisma } from "../db";
import { lookupArticle } from "../public/articles";
import { lookupCategory, lookupTag } from "../public/taxonomies";
import { getSettings } from "../public/site";
import { paths } from "../paths";
import { absoluteUrl } from "../urls";
import { isSlug } from "../slug";

/**
 * A public page as a recommendation sees it: what the mail and the share links say of it, its
 * canonical URL, and the key its figures are counted under ("article:<id>" for an article, so that
 * a slug change keeps its history; the path otherwise).
 */
export type SharedPage = {
  key: string;
  articleId: string | null;
  path: string;
  url: string;
  title: string;
  excerpt: string;
};

/** The pages that can be recommended, by fixed path; articles, categories and tags are looked up. */
const FIXED_PAGES: Record<string, (siteName: string, description: string) => { title: string; excerpt: string }> = {
  [paths.home()]: (siteName, description) => ({ title: siteName, excerpt: description }),
  [paths.news()]: (siteName) => ({ title: "Actualités", excerpt: `Toutes les actualités — ${siteName}.` }),
  [paths.contact()]: (siteName) => ({ title: "Nous contacter", excerpt: `Adresses et téléphones des sites — ${siteName}.` }),
  [paths.accessibility()]: (siteName) => ({ title: "Accessibilité", excerpt: `Déclaration d’accessibilité du site — ${siteName}.` }),
  [paths.legalNotice()]: (siteName) => ({ title: "Mentions légales", excerpt: `Mentions légales du site — ${siteName}.` }),
  [paths.siteMap()]: () => ({ title: "Plan du site", excerpt: "Toutes les rubriques du site." }),
};

/** A path as a visitor may send it: absolute, no scheme, host, query or fragment, at most 300 characters. */
export const sharedPathSchema = z
  .string({ message: "La page à recommander est manquante." })
  .trim()
  .max(300, "L'adresse de la page est trop longue.")
  .regex(/^\/[a-z0-9\-/]*$/, "L'adresse de la page n'est pas valide.");

function pattern(prefix: string, path: string): string | null {
  if (!path.startsWith(prefix)) return null;
  const slug = path.slice(prefix.length);
  return isSlug(slug) ? slug : null;
}

/**
 * The public, published page at `path`, or null: an unknown path, a draft, a scheduled article not
 * yet due, a withdrawn one or a former slug are not recommendable (a former slug's page is, under
 * its current path: callers share canonical URLs only).
 */
export async function resolveSharedPage(path: string): Promise<SharedPage | null> {
  const parsed = sharedPathSchema.safeParse(path);
  if (!parsed.success) return null;
  const clean = parsed.data.length > 1 ? parsed.data.replace(/\/+$/, "") : parsed.data;
  const settings = await getSettings();

  const fixed = FIXED_PAGES[clean];
  if (fixed) return { key: clean, articleId: null, path: clean, url: absoluteUrl(clean), ...fixed(settings.siteName, settings.description) };

  const articleSlug = pattern(`${paths.news()}/`, clean);
  if (articleSlug) {
    const found = await lookupArticle(articleSlug);
    if (found.kind !== "found") return null;
    const row = await prisma.article.findUnique({ where: { slug: articleSlug }, select: { id: true } });
    if (!row) return null;
    const { title, excerpt } = found.article;
    return { key: `article:${row.id}`, articleId: row.id, path: clean, url: absoluteUrl(clean), title, excerpt };
  }

  const categorySlug = pattern("/rubriques/", clean);
  if (categorySlug) {
    const found = await lookupCategory(categorySlug);
    if (found.kind !== "found") return null;
    const { name, description } = found.scope;
    return { key: clean, articleId: null, path: clean, url: absoluteUrl(clean), title: name, excerpt: description || `Les actualités de la rubrique « ${name} ».` };
  }

  const tagSlug = pattern("/mots-cles/", clean);
  if (tagSlug) {
    const found = await lookupTag(tagSlug);
    if (found.kind !== "found") return null;
    const { name } = found.scope;
    return { key: clean, articleId: null, path: clean, url: absoluteUrl(clean), title: name, excerpt: `Les actualités du mot-clé « ${name} ».` };
  }
  return null;
}
