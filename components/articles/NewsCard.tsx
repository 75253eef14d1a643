import Image from "next/image";
import Link from "next/link";
import type { ReactNode } from "react";
import type { PublicImage } from "@/lib/public/article-types";
import { formatDateFr } from "@/lib/format/date";

const LAYOUTS = {
  vertical: { className: "", sizes: "(min-width: 992px) 33vw, (min-width: 768px) 50vw, 100vw" },
  half: { className: " fr-card--horizontal fr-card--horizontal-half", sizes: "(min-width: 992px) 50vw, 100vw" },
  tier: { className: " fr-card--horizontal fr-card--horizontal-tier", sizes: "(min-width: 768px) 33vw, 100vw" },
} as const;

/**
 * A DSFR card for an article, clickable as a whole through its title link (fr-enlarge-link).
 * Title and description are nodes, so that search results can highlight their matches.
 */
export function NewsCard({
  href,
  title,
  description,
  category,
  publishedAt,
  image,
  headingLevel = 3,
  layout = "vertical",
  priority = false,
}: {
  href: string;
  title: ReactNode;
  description: ReactNode;
  category: string;
  publishedAt: string;
  image: PublicImage | null;
  headingLevel?: 2 | 3;
  layout?: keyof typeof LAYOUTS;
  priority?: boolean;
}) {
  const Heading = headingLevel === 2 ? "h2" : "h3";
  return (
    <div className={`fr-card fr-enlarge-link${LAYOUTS[layout].className}`}>
      <div className="fr-card__body">
        <div className="fr-card__content">
          <Heading className="fr-card__title">
            <Link href={href}>{title}</Link>
          </Heading>
          <p className="fr-card__desc">{description}</p>
          <div className="fr-card__start">
            <p className="fr-card__detail">{category}</p>
          </div>
          <div className="fr-card__end">
            <p className="fr-card__detail">
              <time dateTime={publishedAt}>{formatDateFr(publishedAt)}</time>
            </p>
          </div>
        </div>
      </div>
      {image && (
        <div className="fr-card__header">
          <div className="fr-card__img">
            <Image
              className="fr-responsive-img"
              src={image.url}
              // The title link already names the card; the image is decorative here.
              alt=""
              width={image.width}
              height={image.height}
              sizes={LAYOUTS[layout].sizes}
              priority={priority}
              // The largest paint of the page: fetched before the fonts and styles that compete with it.
              fetchPriority={priority ? "high" : undefined}
            />
          </div>
        </div>
      )}
    </div>
  );
}
