import { z } from "zod";
import { confirmation, idField, optionalText, requiredLine, updatedAtField } from "../fields";
import { slugFromName, slugInputField } from "../taxonomy-fields";

export const CATEGORY_NAME_MAX_LENGTH = 100;
/** Shown under the category's title and as its pages' meta description. */
export const CATEGORY_DESCRIPTION_MAX_LENGTH = 300;

const categoryFields = {
  name: requiredLine("Nom", CATEGORY_NAME_MAX_LENGTH),
  slug: slugInputField,
  description: optionalText("Description", CATEGORY_DESCRIPTION_MAX_LENGTH).refine(
    (value) => !/[\r\n]/.test(value),
    "Description : un seul paragraphe, sans retour à la ligne.",
  ),
};

/** A new category (editors). One schema for the form and the server; an empty slug comes from the name. */
export const categorySchema = z.object(categoryFields).transform(slugFromName);

export const updateCategorySchema = z.object({ ...categoryFields, id: idField, updatedAt: updatedAtField }).transform(slugFromName);

export const deleteCategorySchema = z.object({
  id: idField,
  confirm: confirmation("Cochez la case pour confirmer la suppression de la rubrique."),
});

export type CategoryInput = z.output<typeof categorySchema>;
export type UpdateCategoryInput = z.output<typeof updateCategorySchema>;
export type DeleteCategoryInput = z.output<typeof deleteCategorySchema>;
