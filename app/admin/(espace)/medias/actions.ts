"use server";

import { adminAction } from "@/lib/admin/action";
import { jsonAction } from "@/lib/admin/json-action";
import { deleteMedia, updateMedia } from "@/lib/media/commands";
import { pickMedia } from "@/lib/media/queries";
import { deleteMediaSchema, pickerQuerySchema, updateMediaSchema } from "@/lib/media/schema";
import { paths } from "@/lib/paths";

/**
 * The image chooser's listing (components/admin/media/MediaPicker.tsx): session and permission
 * first, then the query through its schema; pickMedia checks the permission again.
 */
export const listMediaAction = jsonAction({ permission: "media.upload", schema: pickerQuerySchema, command: (actor, input) => pickMedia(actor, input) });

/** The medium's page: its words and focal point. The command checks the owner (authors: their own uploads). */
export const updateMediaAction = adminAction({
  permission: "media.update",
  schema: updateMediaSchema,
  command: updateMedia,
  onSuccess: ({ changed }) => ({
    message: changed.length === 0 ? "Aucune modification à enregistrer." : "Image enregistrée : les articles qui l’affichent en image principale la montrent dès maintenant avec ces informations.",
  }),
});

export const deleteMediaAction = adminAction({
  permission: "media.delete",
  schema: deleteMediaSchema,
  command: deleteMedia,
  onSuccess: () => ({ redirectTo: `${paths.admin.media()}?statut=supprimee` }),
});
