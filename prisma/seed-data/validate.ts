import { isSlug } from "../../lib/slug";
import type { BlockNode, InlineNode } from "../../lib/rich-text/types";
import type { DemoArticle } from "./define";

const DATED: ReadonlySet<string> = new Set(["PUBLISHED", "SCHEDULED", "ARCHIVED"]);

function inlineNodes(blocks: BlockNode[]): InlineNode[] {
  return blocks.flatMap((block): InlineNode[] => {
    switch (block.type) {
      case "paragraph":
      case "heading":
        return block.content;
      case "bulletList":
      case "orderedList":
        return block.content.flatMap((item) => inlineNodes(item.content));
      case "blockquote":
        return inlineNodes(block.content);
      default:
        return [];
    }
  });
}

/** Internal article links (/actualites/<slug>) found in a body. */
export function linkedArticleSlugs(article: DemoArticle): string[] {
  return inlineNodes(article.body.content).flatMap((node) =>
    node.type === "text"
      ? (node.marks ?? []).flatMap((mark) => {
          const match = mark.type === "link" ? /^\/actualites\/([^/?#]+)$/.exec(mark.attrs.href) : null;
          return match?.[1] ? [match[1]] : [];
        })
      : [],
  );
}

/**
 * Consistency checks of the demo articles, run by the seed before it writes anything: unique slugs,
 * dates where the status needs one, internal links that point at public articles.
 */
export function seedDataProblems(articles: DemoArticle[]): string[] {
  const problems: string[] = [];
  const slugs = new Set<string>();
  const publicSlugs = new Set(articles.filter((a) => a.status === "PUBLISHED").map((a) => a.slug));
  for (const article of articles) {
    const where = `article ${article.slug}`;
    if (!isSlug(article.slug)) problems.push(`${where} : slug invalide`);
    for (const slug of [article.slug, ...(article.oldSlugs ?? [])]) {
      if (slugs.has(slug)) problems.push(`${where} : slug en double ${slug}`);
      slugs.add(slug);
      if (!isSlug(slug)) problems.push(`${where} : ancien slug invalide ${slug}`);
    }
    if (DATED.has(article.status) !== (article.publishedAt !== undefined)) {
      problems.push(`${where} : publishedAt ${article.publishedAt ? "inattendu" : "manquant"} pour le statut ${article.status}`);
    }
    for (const date of [article.publishedAt, article.revisedAt, article.createdAt]) {
      if (date !== undefined && Number.isNaN(Date.parse(date))) problems.push(`${where} : date invalide ${date}`);
    }
    if (article.revisedAt && (!article.publishedAt || article.revisedAt <= article.publishedAt)) {
      problems.push(`${where} : revisedAt doit suivre publishedAt`);
    }
    if (article.tags.length < 1 || article.tags.length > 3 || new Set(article.tags).size !== article.tags.length) {
      problems.push(`${where} : il faut de 1 à 3 étiquettes distinctes`);
    }
    if (article.body.content.length < 3) problems.push(`${where} : le corps doit compter au moins 3 blocs`);
    for (const linked of linkedArticleSlugs(article)) {
      if (!publicSlugs.has(linked)) problems.push(`${where} : lien vers un article non publié ou inconnu ${linked}`);
    }
  }
  return problems;
}
