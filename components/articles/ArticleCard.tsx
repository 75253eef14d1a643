import type { ArticleSummary } from "@/lib/public/article-types";
import { paths } from "@/lib/paths";
import { NewsCard } from "./NewsCard";

export function ArticleCard({
  article,
  headingLevel = 3,
  horizontal = false,
  priority = false,
}: {
  article: ArticleSummary;
  headingLevel?: 2 | 3;
  horizontal?: boolean;
  priority?: boolean;
}) {
  return (
    <NewsCard
      href={paths.article(article.slug)}
      title={article.title}
      description={article.excerpt}
      category={article.category.name}
      publishedAt={article.publishedAt}
      image={article.heroImage}
      headingLevel={headingLevel}
      layout={horizontal ? "half" : "vertical"}
      priority={priority}
    />
  );
}
