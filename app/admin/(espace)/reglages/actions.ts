"use server";

import { adminAction } from "@/lib/admin/action";
import { updateSettings } from "@/lib/admin/settings/commands";
import { settingsSchema } from "@/lib/admin/settings/schema";

export const updateSettingsAction = adminAction({
  permission: "settings.manage",
  schema: settingsSchema,
  command: updateSettings,
  onSuccess: ({ changed }) => ({
    message: changed.length === 0 ? "Aucune modification à enregistrer." : "Réglages enregistrés : le site public les affiche dès maintenant.",
  }),
});
