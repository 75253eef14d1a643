"use server";

import { adminAction } from "@/lib/admin/action";
import { moveSchema } from "@/lib/admin/ordering";
import { createSite, deleteSite, moveSite, updateSite } from "@/lib/admin/sites/commands";
import { deleteSiteSchema, siteSchema, updateSiteSchema } from "@/lib/admin/sites/schema";
import { paths } from "@/lib/paths";

export const createSiteAction = adminAction({
  permission: "site.manage",
  schema: siteSchema,
  command: createSite,
  onSuccess: ({ id }) => ({ redirectTo: `${paths.admin.site(id)}?statut=cree` }),
});

export const updateSiteAction = adminAction({
  permission: "site.manage",
  schema: updateSiteSchema,
  command: updateSite,
  onSuccess: ({ changed }) => ({
    message: changed.length === 0 ? "Aucune modification à enregistrer." : "Site enregistré : la page « Nous contacter » l’affiche dès maintenant.",
  }),
});

export const moveSiteAction = adminAction({
  permission: "site.manage",
  schema: moveSchema,
  command: moveSite,
  onSuccess: ({ moved, name, position, count }) => ({
    message: moved ? `« ${name} » est maintenant en position ${position + 1} sur ${count}.` : `« ${name} » est déjà à cette extrémité de la liste.`,
    data: { position: String(position) },
  }),
});

export const deleteSiteAction = adminAction({
  permission: "site.manage",
  schema: deleteSiteSchema,
  command: deleteSite,
  onSuccess: () => ({ redirectTo: `${paths.admin.sites()}?statut=supprime` }),
});
