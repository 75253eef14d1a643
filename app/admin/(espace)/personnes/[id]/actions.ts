"use server";

import { revalidatePath } from "next/cache";
import { adminAction } from "@/lib/admin/action";
import {
  createPasswordLinkFor,
  deletePerson,
  disablePerson,
  enablePerson,
  resetTwoFactor,
  revokeSessions,
  unlockPerson,
  updatePerson,
} from "@/lib/admin/users/commands";
import {
  deletePersonSchema,
  disablePersonSchema,
  personIdSchema,
  resetTwoFactorSchema,
  revokeSessionsSchema,
  updatePersonSchema,
} from "@/lib/admin/users/schema";
import { paths } from "@/lib/paths";
import { linkSuccess } from "../link-success";
import { peopleWithNotice, withNotice } from "../notices";

// Forms that stay on the page ask for its summary to be rendered again with the answer;
// actions that change which forms the page shows redirect to it with a notice instead.
const refresh = (id: string) => revalidatePath(paths.admin.person(id));

export const updatePersonAction = adminAction({
  permission: "user.manage",
  schema: updatePersonSchema,
  command: updatePerson,
  onSuccess: ({ changed, sessionsEnded }, input) => {
    if (changed.length === 0) return { message: "Aucune modification à enregistrer." };
    refresh(input.id);
    return {
      message: sessionsEnded
        ? "Modifications enregistrées. Ses sessions ouvertes ont pris fin : la personne devra se reconnecter."
        : "Modifications enregistrées.",
    };
  },
});

export const disablePersonAction = adminAction({
  permission: "user.manage",
  schema: disablePersonSchema,
  command: disablePerson,
  onSuccess: (_result, input) => ({ redirectTo: withNotice(paths.admin.person(input.id), "desactive") }),
});

export const enablePersonAction = adminAction({
  permission: "user.manage",
  schema: personIdSchema,
  command: enablePerson,
  onSuccess: (_result, input) => ({ redirectTo: withNotice(paths.admin.person(input.id), "reactive") }),
});

export const deletePersonAction = adminAction({
  permission: "user.manage",
  schema: deletePersonSchema,
  command: deletePerson,
  onSuccess: () => ({ redirectTo: peopleWithNotice("supprime") }),
});

export const createPasswordLinkAction = adminAction({
  permission: "user.manage",
  schema: personIdSchema,
  command: createPasswordLinkFor,
  onSuccess: (issued) => {
    refresh(issued.id);
    return linkSuccess(issued, "Nouveau lien créé : les liens précédents ne fonctionnent plus.");
  },
});

export const revokeSessionsAction = adminAction({
  permission: "user.revokeSessions",
  schema: revokeSessionsSchema,
  command: revokeSessions,
  onSuccess: ({ self }) => ({
    message: self
      ? "Toutes vos sessions ont pris fin, celle-ci comprise : reconnectez-vous pour continuer."
      : "Toutes ses sessions ont pris fin : la personne devra se reconnecter sur chacun de ses appareils.",
  }),
});

export const unlockPersonAction = adminAction({
  permission: "user.manage",
  schema: personIdSchema,
  command: unlockPerson,
  onSuccess: (_result, input) => ({ redirectTo: withNotice(paths.admin.person(input.id), "debloque") }),
});

export const resetTwoFactorAction = adminAction({
  permission: "user.manage",
  schema: resetTwoFactorSchema,
  command: resetTwoFactor,
  onSuccess: (_result, input) => ({ redirectTo: withNotice(paths.admin.person(input.id), "double-authentification") }),
});
