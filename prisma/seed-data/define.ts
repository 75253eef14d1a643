import type { CategorySlug } from "./categories";
import type { SeedImageName } from "./images";
import type { TagSlug } from "./tags";
import type { SeedArticle } from "./types";

/** A demo article whose category, tags and hero image are checked against the seed catalogues. */
export type DemoArticle = SeedArticle<CategorySlug, TagSlug, SeedImageName>;

export const defineArticle = (article: DemoArticle): DemoArticle => article;
export const defineArticles = (articles: DemoArticle[]): DemoArticle[] => articles;
