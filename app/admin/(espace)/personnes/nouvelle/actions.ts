"use server";

import { adminAction } from "@/lib/admin/action";
import { createPerson } from "@/lib/admin/users/commands";
import { createPersonSchema } from "@/lib/admin/users/schema";
import { linkSuccess } from "../link-success";

export const createPersonAction = adminAction({
  permission: "user.manage",
  schema: createPersonSchema,
  command: createPerson,
  onSuccess: (issued) => linkSuccess(issued, `Le compte de ${issued.name} est créé : il attend que la personne choisisse son mot de passe.`),
});
