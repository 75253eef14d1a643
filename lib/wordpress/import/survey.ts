/**
 * The import's first pass over the export: everything a post may point to before its turn comes
 * (its author, its terms, its featured image, the other posts its links name), held small: ids,
 * addresses and a few words per item, never a body. Bodies are read again, one batch at a time,
 * by the second pass (run.ts).
 */
import { decodeOrKeep } from "../legacy-path";
import { readWxrFile, type WxrAuthor, type WxrItem, type WxrSite, type WxrTerm } from "../wxr";

export type AttachmentInfo = {
  id: number;
  url: string;
  /** `_wp_attached_file`: the file's path under wp-content/uploads ("2022/05/photo.jpg"), or "" */
  file: string;
  alt: string;
  /** WordPress keeps an image's caption as the attachment's excerpt */
  caption: string;
  title: string;
};

export type PostInfo = {
  id: number;
  status: string;
  link: string;
  guid: string;
  postName: string;
  title: string;
  /** the author's login */
  creator: string;
  terms: Array<{ taxonomy: string; slug: string; name: string }>;
};

export type Survey = {
  site: WxrSite;
  authors: Map<string, WxrAuthor>;
  terms: WxrTerm[];
  attachments: Map<number, AttachmentInfo>;
  /** an upload's path (lower case, without WordPress's "-1024x683" size suffix) → its attachment */
  attachmentsByFile: Map<string, number>;
  /** the posts, in file order */
  posts: PostInfo[];
  /** how many items of each other type the export holds (pages, menu items, revisions…), left out */
  otherTypes: Map<string, number>;
};

export const metaValue = (item: WxrItem, key: string): string => item.meta.find((meta) => meta.key === key)?.value ?? "";

/** "2022/05/photo-1024x683.jpg" → "2022/05/photo.jpg": every size WordPress made of one upload. */
export function uploadPathKey(path: string): string {
  return path
    .replace(/^\/+/, "")
    .toLowerCase()
    .replace(/-\d+x\d+(\.[a-z0-9]+)$/, "$1")
    .replace(/-scaled(\.[a-z0-9]+)$/, "$1");
}

/** The path under wp-content/uploads of an upload's address, or "" when it is not one. */
export function uploadPathOfUrl(url: string): string {
  const marker = "/wp-content/uploads/";
  const at = url.indexOf(marker);
  if (at === -1) return "";
  return decodeOrKeep(url.slice(at + marker.length).split(/[?#]/)[0] ?? "");
}

export async function surveyExport(file: string, signal?: AbortSignal): Promise<Survey> {
  let site: WxrSite | null = null;
  const survey: Omit<Survey, "site"> = { authors: new Map(), terms: [], attachments: new Map(), attachmentsByFile: new Map(), posts: [], otherTypes: new Map() };
  for await (const event of readWxrFile(file, { signal })) {
    if (event.kind === "site") site = event.site;
    else if (event.kind === "author") survey.authors.set(event.author.login, event.author);
    else if (event.kind === "term") survey.terms.push(event.term);
    else {
      const item = event.item;
      if (item.postType === "post") {
        survey.posts.push({ id: item.postId, status: item.status, link: item.link, guid: item.guid, postName: item.postName, title: item.title, creator: item.creator, terms: item.categories });
      } else if (item.postType === "attachment") {
        const file = metaValue(item, "_wp_attached_file") || uploadPathOfUrl(item.attachmentUrl || item.guid);
        survey.attachments.set(item.postId, {
          id: item.postId,
          url: item.attachmentUrl || item.guid,
          file,
          alt: metaValue(item, "_wp_attachment_image_alt"),
          caption: item.excerpt,
          title: item.title,
        });
        if (file) survey.attachmentsByFile.set(uploadPathKey(file), item.postId);
      } else {
        survey.otherTypes.set(item.postType, (survey.otherTypes.get(item.postType) ?? 0) + 1);
      }
    }
  }
  if (!site) throw new Error("L’export ne décrit pas de site WordPress.");
  return { site, ...survey };
}
