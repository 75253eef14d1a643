import { concoursArticles } from "./articles/concours-et-recrutement";
import { editorialWorkflowArticles } from "./articles/editorial-workflow";
import { formationContinueArticles } from "./articles/formation-continue";
import { formationInitialeArticles } from "./articles/formation-initiale";
import { internationalArticles } from "./articles/international";
import { partenariatsArticles } from "./articles/partenariats";
import { rechercheArticles } from "./articles/recherche";
import { vieDeLEcoleArticles } from "./articles/vie-de-l-ecole";
import type { DemoArticle } from "./define";
import { EARLIER_ARTICLE_SLUG, earlierArticle } from "./earlier-article";
import { seedImages } from "./images";
import { REFERENCE_ARTICLE_OLD_SLUG, REFERENCE_ARTICLE_SLUG, referenceArticle } from "./reference-article";

export { categories, type CategorySlug } from "./categories";
export { imageSrc, seedImageNames, type SeedImageName } from "./images";
export { REFERENCE_ARTICLE_EXCERPT, REFERENCE_ARTICLE_TITLE } from "./reference-article";
export { settings } from "./settings";
export { sites } from "./sites";
export { tags, type TagSlug } from "./tags";
export { seedUsers } from "./users";
export type { DemoArticle } from "./define";
export { EARLIER_ARTICLE_SLUG, earlierArticle, REFERENCE_ARTICLE_OLD_SLUG, REFERENCE_ARTICLE_SLUG, referenceArticle, seedImages };

/** Every demo article, oldest first (unpublished ones sort by their creation date). */
export const articles: DemoArticle[] = [
  referenceArticle,
  earlierArticle,
  ...vieDeLEcoleArticles,
  ...formationInitialeArticles,
  ...formationContinueArticles,
  ...partenariatsArticles,
  ...internationalArticles,
  ...rechercheArticles,
  ...concoursArticles,
  ...editorialWorkflowArticles,
].sort((a, b) => articleDate(a).localeCompare(articleDate(b)));

function articleDate(article: DemoArticle): string {
  const date = article.publishedAt ?? article.createdAt;
  if (!date) throw new Error(`Article de démonstration sans date : ${article.slug}`);
  return new Date(date).toISOString();
}

/**
 * Slugs and keys that tests and tooling look for in a seeded database. `hidden` lists the articles the
 * public must not see today: drafts, articles in review, archived ones and scheduled ones not yet due.
 */
export const seedSlugs = {
  reference: REFERENCE_ARTICLE_SLUG,
  earlier: EARLIER_ARTICLE_SLUG,
  oldSlug: REFERENCE_ARTICLE_OLD_SLUG,
  referenceImageKey: seedImages.continuum.storageKey,
  revised: articles.find((article) => article.status === "PUBLISHED" && article.revisedAt)?.slug ?? "",
  withoutHero: articles.find((article) => article.status === "PUBLISHED" && !article.heroImage)?.slug ?? "",
  hidden: articles
    .filter((article) =>
      article.status === "SCHEDULED" ? Date.parse(article.publishedAt ?? "") > Date.now() : article.status !== "PUBLISHED",
    )
    .map((article) => article.slug),
  /** hidden articles that were public once (archived): their URL answers 410 Gone, the others 404 */
  withdrawn: articles.filter((article) => article.status === "ARCHIVED").map((article) => article.slug),
};
