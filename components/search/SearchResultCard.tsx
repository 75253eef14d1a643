import Image from "next/image";
import Link from "next/link";
import { formatDateFr } from "@/lib/format/date";
import type { SearchHit } from "@/lib/search/types";
import { paths } from "@/lib/paths";
import { Highlighted } from "./Highlighted";

/**
 * One result: a horizontal DSFR card, clickable as a whole through its title link, with the matched
 * words highlighted in the title and in the passages of the standfirst and the body.
 */
export function SearchResultCard({ hit }: { hit: SearchHit }) {
  return (
    <div className="fr-card fr-enlarge-link fr-card--horizontal fr-card--horizontal-tier">
      <div className="fr-card__body">
        <div className="fr-card__content">
          <h3 className="fr-card__title">
            <Link href={paths.article(hit.slug)}>
              <Highlighted text={hit.titleHeadline} />
            </Link>
          </h3>
          <p className="fr-card__desc">
            <Highlighted text={hit.headline} />
          </p>
          <div className="fr-card__start">
            <p className="fr-card__detail">{hit.category.name}</p>
          </div>
          <div className="fr-card__end">
            <p className="fr-card__detail">
              <time dateTime={hit.publishedAt}>{formatDateFr(hit.publishedAt)}</time>
            </p>
          </div>
        </div>
      </div>
      {hit.heroImage && (
        <div className="fr-card__header">
          <div className="fr-card__img">
            <Image
              className="fr-responsive-img"
              src={hit.heroImage.url}
              // The title link already names the card: the image is decorative here.
              alt=""
              width={hit.heroImage.width}
              height={hit.heroImage.height}
              sizes="(min-width: 768px) 33vw, 100vw"
            />
          </div>
        </div>
      )}
    </div>
  );
}
