"use server";

import { z } from "zod";
import { createArticle, discardChanges, restoreRevision, saveArticle } from "@/lib/admin/articles/edit";
import { heartbeat, leaveEditor } from "@/lib/admin/articles/presence";
import {
  articleRefSchema,
  createArticleSchema,
  publishArticleSchema,
  restoreRevisionSchema,
  saveArticleSchema,
  scheduleArticleSchema,
} from "@/lib/admin/articles/schema";
import { emptyTrash, restoreArticle, trashArticle } from "@/lib/admin/articles/trash";
import { archiveArticle, publishArticle, scheduleArticle, submitArticle, unpublishArticle, withdrawArticle } from "@/lib/admin/articles/workflow";
import { idField } from "@/lib/admin/fields";
import { jsonAction } from "@/lib/admin/json-action";

// The editor's calls. Each checks the session and the permission before anything else, then the
// command checks the permission on this very article (own or any) on its first lines.
export const createArticleAction = jsonAction({ permission: "article.create", schema: createArticleSchema, command: createArticle });
export const saveArticleAction = jsonAction({ permission: "article.update", schema: saveArticleSchema, command: saveArticle });
export const submitArticleAction = jsonAction({ permission: "article.submit", schema: articleRefSchema, command: submitArticle });
export const withdrawArticleAction = jsonAction({ permission: "article.submit", schema: articleRefSchema, command: withdrawArticle });
export const publishArticleAction = jsonAction({ permission: "article.publish", schema: publishArticleSchema, command: publishArticle });
export const scheduleArticleAction = jsonAction({ permission: "article.schedule", schema: scheduleArticleSchema, command: scheduleArticle });
export const unpublishArticleAction = jsonAction({ permission: "article.unpublish", schema: articleRefSchema, command: unpublishArticle });
export const archiveArticleAction = jsonAction({ permission: "article.unpublish", schema: articleRefSchema, command: archiveArticle });
export const discardChangesAction = jsonAction({ permission: "article.update", schema: articleRefSchema, command: discardChanges });
export const restoreRevisionAction = jsonAction({ permission: "article.update", schema: restoreRevisionSchema, command: restoreRevision });
export const trashArticleAction = jsonAction({ permission: "article.delete", schema: articleRefSchema, command: trashArticle });
export const restoreArticleAction = jsonAction({ permission: "article.delete", schema: articleRefSchema, command: restoreArticle });
export const emptyTrashAction = jsonAction({ permission: "trash.empty", schema: z.object({}), command: emptyTrash });
export const heartbeatAction = jsonAction({ permission: "article.read", schema: z.object({ id: idField }), command: (actor, input) => heartbeat(actor, input) });
export const leaveEditorAction = jsonAction({ permission: "article.read", schema: z.object({ id: idField }), command: (actor, input) => leaveEditor(actor, input) });
