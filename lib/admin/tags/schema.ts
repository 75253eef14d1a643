import { z } from "zod";
import { confirmation, idField, requiredLine, updatedAtField } from "../fields";
import { slugFromName, slugInputField } from "../taxonomy-fields";

export const TAG_NAME_MAX_LENGTH = 100;
export const TAGS_PER_PAGE = 50;

const tagFields = {
  name: requiredLine("Nom", TAG_NAME_MAX_LENGTH),
  slug: slugInputField,
};

/** A new tag (editors). One schema for the form and the server; an empty slug comes from the name. */
export const tagSchema = z.object(tagFields).transform(slugFromName);

/** A rename: name and slug. */
export const renameTagSchema = z.object({ ...tagFields, id: idField, updatedAt: updatedAtField }).transform(slugFromName);

/** Merging the source into the target: the source's articles and addresses go to the target. */
export const mergeTagsSchema = z
  .object({
    sourceId: idField,
    targetId: z.string({ message: "Choisissez le mot-clé qui reste." }).min(1, "Choisissez le mot-clé qui reste.").pipe(idField),
    confirm: confirmation("Cochez la case pour confirmer la fusion."),
  })
  .refine((value) => value.sourceId !== value.targetId, { message: "Choisissez un autre mot-clé que celui-ci.", path: ["targetId"] });

export const deleteTagSchema = z.object({
  id: idField,
  confirm: confirmation("Cochez la case pour confirmer la suppression du mot-clé."),
});

/** The tag list's query string: a search by name and a page number. */
export const tagListQuerySchema = z.object({
  q: z.preprocess((value) => (typeof value === "string" ? value.trim() : undefined), z.string().max(100, "Recherche : 100 caractères au plus.").optional()),
  page: z.preprocess(
    (value) => (value === undefined ? "1" : value),
    z.string().regex(/^[1-9]\d{0,5}$/, "Numéro de page invalide.").transform(Number),
  ),
});

export type TagInput = z.output<typeof tagSchema>;
export type RenameTagInput = z.output<typeof renameTagSchema>;
export type MergeTagsInput = z.output<typeof mergeTagsSchema>;
export type DeleteTagInput = z.output<typeof deleteTagSchema>;
export type TagListQuery = z.output<typeof tagListQuerySchema>;
