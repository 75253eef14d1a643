/**
 * What a WordPress export (WXR 1.0–1.2: RSS 2.0 with the `wp:`, `content:`, `excerpt:` and `dc:`
 * namespaces) holds, as the reader hands it over: strings as WordPress wrote them (entities
 * decoded, CDATA sections joined), identifiers trimmed, nothing interpreted yet. Turning these into
 * Kiosque's articles, pages and media is the importer's job.
 */

export type WxrSite = {
  title: string;
  link: string;
  baseSiteUrl: string;
  baseBlogUrl: string;
  language: string;
  /** "1.0", "1.1" or "1.2"; never empty, since a file without it is refused as not WordPress's. */
  wxrVersion: string;
};

export type WxrAuthor = {
  /** Absent from exports made before WordPress 3.1 (WXR 1.0). */
  id: number | null;
  login: string;
  /** May be "" (an account created without one). */
  email: string;
  displayName: string;
  firstName: string;
  lastName: string;
};

export type WxrTerm = {
  /** Absent from WXR 1.0 exports. */
  id: number | null;
  /** "category" from `wp:category`, "post_tag" from `wp:tag`, anything else (nav_menu, …) from `wp:term`. */
  taxonomy: "category" | "post_tag" | (string & {});
  /** As WordPress stores it: non-Latin slugs stay percent-encoded ("%d8%a7…"). */
  slug: string;
  name: string;
  /** The parent term's slug, "" at the top. */
  parentSlug: string;
  description: string;
};

export type WxrPostMeta = { key: string; value: string };

/** `<category domain="category|post_tag|nav_menu|…" nicename="slug">Name</category>` inside an item. */
export type WxrItemTerm = { taxonomy: string; slug: string; name: string };

export type WxrItem = {
  /** 0 only if the file has no `wp:post_id` for the item (WordPress always writes one). */
  postId: number;
  /** post, page, attachment, nav_menu_item, revision, or a plugin's own type. */
  postType: string;
  /** publish, future, draft, pending, private, trash, inherit, auto-draft. */
  status: string;
  title: string;
  link: string;
  guid: string;
  /** The author's login (`dc:creator`), to match against `WxrAuthor.login`. */
  creator: string;
  content: string;
  excerpt: string;
  /** The slug; "" for drafts that never had one. */
  postName: string;
  /** "2022-05-17 09:30:00" in the site's time zone. */
  postDate: string;
  /** UTC; "0000-00-00 00:00:00" for drafts. */
  postDateGmt: string;
  /** UTC; "" in exports older than WordPress 5.x, which did not write it. */
  modifiedGmt: string;
  parentId: number;
  menuOrder: number;
  isSticky: boolean;
  commentStatus: string;
  /** `wp:attachment_url`, for attachments only ("" otherwise). */
  attachmentUrl: string;
  categories: WxrItemTerm[];
  /** _thumbnail_id, _wp_attached_file, _wp_attachment_image_alt, _wp_page_template, … in file order. */
  meta: WxrPostMeta[];
};

export type WxrEvent =
  | { kind: "site"; site: WxrSite }
  | { kind: "author"; author: WxrAuthor }
  | { kind: "term"; term: WxrTerm }
  | { kind: "item"; item: WxrItem };
