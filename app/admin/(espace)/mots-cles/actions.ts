"use server";

import { adminAction } from "@/lib/admin/action";
import { createTag, deleteTag, mergeTags, renameTag } from "@/lib/admin/tags/commands";
import { deleteTagSchema, mergeTagsSchema, renameTagSchema, tagSchema } from "@/lib/admin/tags/schema";
import { paths } from "@/lib/paths";

export const createTagAction = adminAction({
  permission: "tag.manage",
  schema: tagSchema,
  command: createTag,
  onSuccess: ({ id }) => ({ redirectTo: `${paths.admin.tag(id)}?statut=cree` }),
});

export const renameTagAction = adminAction({
  permission: "tag.manage",
  schema: renameTagSchema,
  command: renameTag,
  onSuccess: ({ changed }) => ({
    message:
      changed.length === 0
        ? "Aucune modification à enregistrer."
        : changed.includes("slug")
          ? "Mot-clé enregistré : son ancienne adresse redirige désormais vers la nouvelle."
          : "Mot-clé enregistré : le site public l’affiche dès maintenant.",
  }),
});

export const mergeTagsAction = adminAction({
  permission: "tag.manage",
  schema: mergeTagsSchema,
  command: mergeTags,
  onSuccess: ({ targetId }) => ({ redirectTo: `${paths.admin.tag(targetId)}?statut=fusionne` }),
});

export const deleteTagAction = adminAction({
  permission: "tag.manage",
  schema: deleteTagSchema,
  command: deleteTag,
  onSuccess: () => ({ redirectTo: `${paths.admin.tags()}?statut=supprime` }),
});
