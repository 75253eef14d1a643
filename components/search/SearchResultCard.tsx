import { NewsCard } from "@/components/articles/NewsCard";
import type { SearchHit } from "@/lib/search/types";
import { paths } from "@/lib/paths";
import { Highlighted } from "./Highlighted";

/** One result, with the matched words highlighted in the title and in the passages found. */
export function SearchResultCard({ hit }: { hit: SearchHit }) {
  return (
    <NewsCard
      href={paths.article(hit.slug)}
      title={<Highlighted text={hit.titleHeadline} />}
      description={<Highlighted text={hit.headline} />}
      category={hit.category.name}
      publishedAt={hit.publishedAt}
      image={hit.heroImage}
      layout="tier"
    />
  );
}
