import type { ArticleSummary } from "@/lib/public/article-types";
import { ArticleCard } from "./ArticleCard";

export function ArticleGrid({ articles, headingLevel = 3 }: { articles: ArticleSummary[]; headingLevel?: 2 | 3 }) {
  return (
    <ul className="fr-grid-row fr-grid-row--gutters kiosque-plain-list">
      {articles.map((article) => (
        <li key={article.slug} className="fr-col-12 fr-col-md-6 fr-col-lg-4">
          <ArticleCard article={article} headingLevel={headingLevel} />
        </li>
      ))}
    </ul>
  );
}
