"use server";

import { adminAction } from "@/lib/admin/action";
import { createCategory, deleteCategory, moveCategory, updateCategory } from "@/lib/admin/categories/commands";
import { categorySchema, deleteCategorySchema, updateCategorySchema } from "@/lib/admin/categories/schema";
import { moveSchema } from "@/lib/admin/ordering";
import { paths } from "@/lib/paths";

export const createCategoryAction = adminAction({
  permission: "category.manage",
  schema: categorySchema,
  command: createCategory,
  onSuccess: ({ id }) => ({ redirectTo: `${paths.admin.category(id)}?statut=creee` }),
});

export const updateCategoryAction = adminAction({
  permission: "category.manage",
  schema: updateCategorySchema,
  command: updateCategory,
  onSuccess: ({ changed }) => ({
    message:
      changed.length === 0
        ? "Aucune modification à enregistrer."
        : changed.includes("slug")
          ? "Rubrique enregistrée : son ancienne adresse redirige désormais vers la nouvelle."
          : "Rubrique enregistrée : le site public l’affiche dès maintenant.",
  }),
});

export const moveCategoryAction = adminAction({
  permission: "category.manage",
  schema: moveSchema,
  command: moveCategory,
  onSuccess: ({ moved, name, position, count }) => ({
    message: moved ? `« ${name} » est maintenant en position ${position + 1} sur ${count}.` : `« ${name} » est déjà à cette extrémité de la liste.`,
    data: { position: String(position) },
  }),
});

export const deleteCategoryAction = adminAction({
  permission: "category.manage",
  schema: deleteCategorySchema,
  command: deleteCategory,
  onSuccess: () => ({ redirectTo: `${paths.admin.categories()}?statut=supprimee` }),
});
