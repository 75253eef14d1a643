import type { SaxesTagNS } from "saxes";
import { WxrError, type WxrPosition } from "./errors";
import type { WxrAuthor, WxrEvent, WxrItem, WxrSite, WxrTerm } from "./types";

/**
 * Turns the parser's open/text/close events into the reader's events. Elements are recognised by
 * namespace URI rather than by prefix (`wp` is http://wordpress.org/export/1.0/, 1.1/ or 1.2/ by
 * version), and by depth: `wp:meta_key` means post meta only directly inside an item's
 * `wp:postmeta`, never inside `wp:commentmeta` or `wp:termmeta`. Anything else is ignored.
 */

/** The names WordPress declares, for a file that forgot to (see read-wxr.ts). */
export const WXR_NAMESPACES: Readonly<Record<string, string>> = {
  wp: "http://wordpress.org/export/1.2/",
  excerpt: "http://wordpress.org/export/1.2/excerpt/",
  content: "http://purl.org/rss/1.0/modules/content/",
  dc: "http://purl.org/dc/elements/1.1/",
  wfw: "http://wellformedweb.org/CommentAPI/",
};

function qualifiedName(tag: SaxesTagNS): string {
  const { uri, local } = tag;
  if (uri === "") return local;
  if (/^https?:\/\/wordpress\.org\/export\/\d+\.\d+\/$/.test(uri)) return `wp:${local}`;
  if (/^https?:\/\/wordpress\.org\/export\/\d+\.\d+\/excerpt\/$/.test(uri)) return `excerpt:${local}`;
  if (uri === WXR_NAMESPACES.content) return `content:${local}`;
  if (uri === WXR_NAMESPACES.dc) return `dc:${local}`;
  return `{${uri}}${local}`;
}

/** WordPress writes identifiers bare or in CDATA; a hand-edited file may pad them. */
function id(value: string): number | null {
  const trimmed = value.trim();
  return /^-?\d+$/.test(trimmed) ? Number(trimmed) : null;
}

type Field<T> = (target: T, value: string) => void;

const AUTHOR_FIELDS: Record<string, Field<WxrAuthor>> = {
  "wp:author_id": (a, v) => (a.id = id(v)),
  "wp:author_login": (a, v) => (a.login = v.trim()),
  "wp:author_email": (a, v) => (a.email = v.trim()),
  "wp:author_display_name": (a, v) => (a.displayName = v),
  "wp:author_first_name": (a, v) => (a.firstName = v),
  "wp:author_last_name": (a, v) => (a.lastName = v),
};

const CATEGORY_FIELDS: Record<string, Field<WxrTerm>> = {
  "wp:term_id": (t, v) => (t.id = id(v)),
  "wp:category_nicename": (t, v) => (t.slug = v.trim()),
  "wp:category_parent": (t, v) => (t.parentSlug = v.trim()),
  "wp:cat_name": (t, v) => (t.name = v),
  "wp:category_description": (t, v) => (t.description = v),
};

const TAG_FIELDS: Record<string, Field<WxrTerm>> = {
  "wp:term_id": (t, v) => (t.id = id(v)),
  "wp:tag_slug": (t, v) => (t.slug = v.trim()),
  "wp:tag_name": (t, v) => (t.name = v),
  "wp:tag_description": (t, v) => (t.description = v),
};

const TERM_FIELDS: Record<string, Field<WxrTerm>> = {
  "wp:term_id": (t, v) => (t.id = id(v)),
  "wp:term_taxonomy": (t, v) => (t.taxonomy = v.trim()),
  "wp:term_slug": (t, v) => (t.slug = v.trim()),
  "wp:term_parent": (t, v) => (t.parentSlug = v.trim()),
  "wp:term_name": (t, v) => (t.name = v),
  "wp:term_description": (t, v) => (t.description = v),
};

const ITEM_FIELDS: Record<string, Field<WxrItem>> = {
  title: (i, v) => (i.title = v),
  link: (i, v) => (i.link = v.trim()),
  guid: (i, v) => (i.guid = v.trim()),
  "dc:creator": (i, v) => (i.creator = v.trim()),
  "content:encoded": (i, v) => (i.content = v),
  "excerpt:encoded": (i, v) => (i.excerpt = v),
  "wp:post_id": (i, v) => (i.postId = id(v) ?? 0),
  "wp:post_date": (i, v) => (i.postDate = v.trim()),
  "wp:post_date_gmt": (i, v) => (i.postDateGmt = v.trim()),
  "wp:post_modified_gmt": (i, v) => (i.modifiedGmt = v.trim()),
  "wp:comment_status": (i, v) => (i.commentStatus = v.trim()),
  "wp:post_name": (i, v) => (i.postName = v.trim()),
  "wp:status": (i, v) => (i.status = v.trim()),
  "wp:post_parent": (i, v) => (i.parentId = id(v) ?? 0),
  "wp:menu_order": (i, v) => (i.menuOrder = id(v) ?? 0),
  "wp:post_type": (i, v) => (i.postType = v.trim()),
  "wp:is_sticky": (i, v) => (i.isSticky = v.trim() === "1"),
  "wp:attachment_url": (i, v) => (i.attachmentUrl = v.trim()),
};

const SITE_FIELDS: Record<string, Field<WxrSite>> = {
  title: (s, v) => (s.title = v),
  link: (s, v) => (s.link = v.trim()),
  language: (s, v) => (s.language = v.trim()),
  "wp:wxr_version": (s, v) => (s.wxrVersion = v.trim()),
  "wp:base_site_url": (s, v) => (s.baseSiteUrl = v.trim()),
  "wp:base_blog_url": (s, v) => (s.baseBlogUrl = v.trim()),
};

type Open =
  | { kind: "author"; author: WxrAuthor }
  | { kind: "term"; term: WxrTerm; fields: Record<string, Field<WxrTerm>> }
  | { kind: "item"; item: WxrItem; category: { taxonomy: string; slug: string } | null; meta: { key: string; value: string } | null };

function newTerm(taxonomy: string): WxrTerm {
  return { id: null, taxonomy, slug: "", name: "", parentSlug: "", description: "" };
}

function newItem(): WxrItem {
  return {
    postId: 0, postType: "", status: "", title: "", link: "", guid: "", creator: "", content: "", excerpt: "", postName: "", postDate: "",
    postDateGmt: "", modifiedGmt: "", parentId: 0, menuOrder: 0, isSticky: false, commentStatus: "", attachmentUrl: "", categories: [], meta: [],
  };
}

export class WxrAssembler {
  /** Qualified names of the open elements, root first. */
  private readonly path: string[] = [];
  private text = "";
  private readonly site: WxrSite = { title: "", link: "", baseSiteUrl: "", baseBlogUrl: "", language: "", wxrVersion: "" };
  private siteSent = false;
  private open: Open | null = null;

  constructor(
    private readonly emit: (event: WxrEvent) => void,
    private readonly position: () => WxrPosition,
  ) {}

  onOpenTag(tag: SaxesTagNS): void {
    const name = qualifiedName(tag);
    const depth = this.path.length;
    this.path.push(name);
    this.text = "";
    if (depth === 0 && name !== "rss") {
      // PHP prints its warnings as "<br />\n<b>Warning</b>: …" when display_errors is on, before the export.
      const reason =
        name === "br" || name === "b"
          ? "le fichier commence par un message d'erreur PHP (<br /><b>Warning</b>…) au lieu de l'export : WordPress a affiché une erreur pendant l'export."
          : `la première balise est <${tag.name}>, pas <rss> : ce fichier n'est pas un flux RSS, donc pas un export WordPress.`;
      throw new WxrError("not-rss", reason, this.position());
    }
    if (depth === 2 && this.path[1] === "channel") this.openChannelChild(name);
    if (depth === 3 && this.open?.kind === "item") {
      if (name === "category") {
        const domain = tag.attributes.domain?.value.trim();
        // WXR 1.0 repeats each category without a domain, for RSS readers: the WordPress importer skips those too.
        this.open.category = domain ? { taxonomy: domain === "tag" ? "post_tag" : domain, slug: tag.attributes.nicename?.value.trim() ?? "" } : null;
      } else if (name === "wp:postmeta") {
        this.open.meta = { key: "", value: "" };
      }
    }
  }

  /** Text and CDATA alike: a content split as `]]]]><![CDATA[>` arrives in pieces and is joined here. */
  onText(text: string): void {
    this.text += text;
  }

  onCloseTag(): void {
    const depth = this.path.length - 1;
    const name = this.path.pop() ?? "";
    const value = this.text;
    this.text = "";
    const open = this.open;

    if (depth === 2 && this.path[1] === "channel") {
      if (open) this.emitOpen(open);
      else SITE_FIELDS[name]?.(this.site, value);
      this.open = null;
    } else if (depth === 3 && open) {
      if (open.kind === "author") AUTHOR_FIELDS[name]?.(open.author, value);
      else if (open.kind === "term") open.fields[name]?.(open.term, value);
      else if (name === "category") {
        if (open.category) open.item.categories.push({ ...open.category, name: value });
        open.category = null;
      } else if (name === "wp:postmeta") {
        if (open.meta) open.item.meta.push(open.meta);
        open.meta = null;
      } else ITEM_FIELDS[name]?.(open.item, value);
    } else if (depth === 4 && open?.kind === "item" && open.meta && this.path[3] === "wp:postmeta") {
      if (name === "wp:meta_key") open.meta.key = value;
      else if (name === "wp:meta_value") open.meta.value = value;
    } else if (depth <= 1) {
      // </channel> or </rss>: an export without a single author, term or item still has its site.
      this.sendSite();
    }
  }

  private openChannelChild(name: string): void {
    if (name === "wp:author") this.open = { kind: "author", author: { id: null, login: "", email: "", displayName: "", firstName: "", lastName: "" } };
    else if (name === "wp:category") this.open = { kind: "term", term: newTerm("category"), fields: CATEGORY_FIELDS };
    else if (name === "wp:tag") this.open = { kind: "term", term: newTerm("post_tag"), fields: TAG_FIELDS };
    else if (name === "wp:term") this.open = { kind: "term", term: newTerm(""), fields: TERM_FIELDS };
    else if (name === "item") this.open = { kind: "item", item: newItem(), category: null, meta: null };
    else return;
    // WordPress writes the site's elements first; the first author, term or item ends them.
    this.sendSite();
  }

  private emitOpen(open: Open): void {
    if (open.kind === "author") this.emit({ kind: "author", author: open.author });
    else if (open.kind === "term") this.emit({ kind: "term", term: open.term });
    else this.emit({ kind: "item", item: open.item });
  }

  private sendSite(): void {
    if (this.siteSent) return;
    if (this.site.wxrVersion === "") {
      throw new WxrError(
        "not-wordpress",
        "c'est un flux RSS, mais pas un export WordPress (la balise wp:wxr_version manque). Exportez le site depuis Outils › Exporter de WordPress.",
        this.position(),
      );
    }
    this.siteSent = true;
    this.emit({ kind: "site", site: { ...this.site } });
  }
}
