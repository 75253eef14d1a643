"use server";

import { z } from "zod";
import { getEditorState, getMediaChoice } from "@/lib/admin/articles/editor-data";
import { linkSearchSchema, searchArticleTitles } from "@/lib/admin/articles/link-search";
import { idField } from "@/lib/admin/fields";
import { jsonAction } from "@/lib/admin/json-action";

// The article editor's own look-ups (components/admin/editor). Each checks the session and the
// permission before reading its input; the query checks the permission again, on the article.

/** Public articles whose title matches, for a link to another article. */
export const searchArticleTitlesAction = jsonAction({ permission: "article.read", schema: linkSearchSchema, command: (actor, input) => searchArticleTitles(actor, input) });

/** A medium as the editor shows it: the stored version's hero image, taken in a conflict. */
export const mediaChoiceAction = jsonAction({ permission: "article.read", schema: z.object({ id: idField }), command: (actor, input) => getMediaChoice(actor, input.id) });

/** The article's state after a workflow action (its status, its waiting changes, its content). */
export const editorStateAction = jsonAction({ permission: "article.read", schema: z.object({ id: idField }), command: (actor, input) => getEditorState(actor, input.id) });
