import type { ArticleStatus } from "../articles/status";
import type { MediaChoice } from "../media/types";
import type { EditorFields } from "./local-copy";

/** What the editor knows of an article besides its content: plain data, never a database row. */
export type ArticleMeta = {
  id: string;
  status: ArticleStatus;
  isPublic: boolean;
  /** it has been public: its address changes only by hand (editors), the old one then redirects */
  hasBeenPublic: boolean;
  /** its public address, while it has one */
  publicSlug: string;
  publishedAt: string | null;
  deleted: boolean;
  authorId: string;
  authorName: string;
  /** changes waiting in the working copy of an approved article */
  hasWorkingCopy: boolean;
  /** in review, or its waiting changes submitted */
  changesSubmitted: boolean;
};

export type OtherEditor = { name: string; since: string };

/** Everything the editor opens with, and what it reloads after a workflow action. */
export type EditorState = {
  article: ArticleMeta;
  version: number;
  content: EditorFields;
  hero: MediaChoice | null;
  decorativeMediaIds: string[];
  others: OtherEditor[];
};

export type EditorChoicesProps = {
  categories: { id: string; name: string }[];
  tags: { id: string; name: string }[];
};
