import Image from "next/image";
import Link from "next/link";
import type { ArticleSummary } from "@/lib/public/article-types";
import { formatDateFr } from "@/lib/format/date";

/** A DSFR card: the whole card is clickable through the title link (fr-enlarge-link). */
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
  const Heading = headingLevel === 2 ? "h2" : "h3";
  return (
    <div className={`fr-card fr-enlarge-link${horizontal ? " fr-card--horizontal fr-card--horizontal-half" : ""}`}>
      <div className="fr-card__body">
        <div className="fr-card__content">
          <Heading className="fr-card__title">
            <Link href={`/actualites/${article.slug}`}>{article.title}</Link>
          </Heading>
          <p className="fr-card__desc">{article.excerpt}</p>
          <div className="fr-card__start">
            <p className="fr-card__detail">{article.category.name}</p>
          </div>
          <div className="fr-card__end">
            <p className="fr-card__detail">
              <time dateTime={article.publishedAt}>{formatDateFr(article.publishedAt)}</time>
            </p>
          </div>
        </div>
      </div>
      {article.heroImage && (
        <div className="fr-card__header">
          <div className="fr-card__img">
            <Image
              className="fr-responsive-img"
              src={article.heroImage.url}
              // The title link already names the card; the image is decorative here.
              alt=""
              width={article.heroImage.width}
              height={article.heroImage.height}
              sizes={horizontal ? "(min-width: 992px) 50vw, 100vw" : "(min-width: 992px) 33vw, (min-width: 768px) 50vw, 100vw"}
              priority={priority}
            />
          </div>
        </div>
      )}
    </div>
  );
}
