import Image from "next/image";
import type { ImageAttrs } from "@/lib/rich-text/types";

/** Used when the editor did not record dimensions: 16:9 reserves space until the real image loads. */
const FALLBACK_WIDTH = 1200;
const FALLBACK_HEIGHT = 675;

/**
 * `unoptimized` for the back office's preview: Next.js's image optimizer fetches /medias/ without
 * the visitor's cookies, and an image not yet public is served to signed-in staff only.
 */
export function RichTextImage({ attrs, unoptimized }: { attrs: ImageAttrs; unoptimized?: boolean }) {
  const known = attrs.width !== undefined && attrs.height !== undefined;
  const hasCaption = attrs.caption !== undefined || attrs.credit !== undefined;
  return (
    <figure className="fr-content-media">
      <div className="fr-content-media__img">
        <Image
          className="fr-responsive-img"
          src={attrs.src}
          alt={attrs.alt}
          width={known ? attrs.width : FALLBACK_WIDTH}
          height={known ? attrs.height : FALLBACK_HEIGHT}
          sizes="(min-width: 768px) 720px, 100vw"
          unoptimized={unoptimized}
          style={{ width: "100%", height: "auto" }}
        />
      </div>
      {hasCaption && (
        <figcaption className="fr-content-media__caption">
          {attrs.caption}
          {attrs.caption !== undefined && attrs.credit !== undefined && " "}
          {attrs.credit !== undefined && <span className="kiosque-credit">{attrs.credit}</span>}
        </figcaption>
      )}
    </figure>
  );
}
