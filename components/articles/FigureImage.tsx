import Image from "next/image";
import type { PublicImage } from "@/lib/public/article-types";

/** An image with its caption and its credit ("© ENSP"), as a figure. */
export function FigureImage({
  image,
  priority = false,
  sizes = "(min-width: 992px) 792px, 100vw",
  unoptimized = false,
}: {
  image: PublicImage;
  priority?: boolean;
  sizes?: string;
  /** the back office's preview: see RichTextImage */
  unoptimized?: boolean;
}) {
  const hasCaption = image.caption.length > 0 || image.credit.length > 0;
  return (
    <figure className="fr-content-media kiosque-figure">
      <Image
        className="fr-responsive-img"
        src={image.url}
        alt={image.alt}
        width={image.width}
        height={image.height}
        sizes={sizes}
        priority={priority}
        // The largest paint of the page: fetched before the fonts and styles that compete with it.
        fetchPriority={priority ? "high" : undefined}
        unoptimized={unoptimized}
        style={{ width: "100%", height: "auto" }}
      />
      {hasCaption && (
        <figcaption className="fr-content-media__caption">
          {image.caption}
          {image.caption && image.credit ? " " : null}
          {image.credit && <span className="kiosque-credit">{image.credit}</span>}
        </figcaption>
      )}
    </figure>
  );
}
