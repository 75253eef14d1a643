"use server";

import { AuthError } from "next-auth";
import { revalidatePath } from "next/cache";
import { adminAction } from "@/lib/admin/action";
import { changeOwnName, changeOwnPassword, signOutEverywhere } from "@/lib/admin/account/commands";
import { nameSchema, noFieldsSchema, passwordChangeSchema } from "@/lib/admin/account/schema";
import type { FormState } from "@/lib/admin/form-state";
import { signIn, signOut } from "@/lib/auth/next-auth";
import { paths } from "@/lib/paths";

const changeName = adminAction({
  schema: nameSchema,
  command: changeOwnName,
  onSuccess: ({ changed }) => ({ message: changed ? "Votre nom est modifié." : "Aucune modification à enregistrer." }),
});

export async function changeNameAction(state: FormState, formData: FormData): Promise<FormState> {
  const outcome = await changeName(state, formData);
  // The header shows the name: the layout is rendered again with the page.
  if (outcome.status === "success") revalidatePath(paths.admin.home(), "layout");
  return outcome;
}

const PASSWORD_CHANGED = "Votre mot de passe est modifié et vos autres sessions sont terminées.";

const changePassword = adminAction({
  schema: passwordChangeSchema,
  command: changeOwnPassword,
  // The grant goes no further than changePasswordAction, which takes it out of the answer.
  onSuccess: ({ grant }) => ({ message: PASSWORD_CHANGED, data: { grant } }),
});

/**
 * The new password ended every session, this browser's too: the grant opens a fresh one here,
 * then the account page says so. `signIn` answers with a thrown redirect, hence no try around it
 * except for next-auth's own refusals.
 */
export async function changePasswordAction(state: FormState, formData: FormData): Promise<FormState> {
  const { data, ...outcome } = await changePassword(state, formData);
  const grant = data?.grant;
  if (outcome.status !== "success" || typeof grant !== "string") return outcome;
  try {
    await signIn("credentials", { grant, redirectTo: `${paths.admin.account()}?info=mot-de-passe-modifie` });
  } catch (error) {
    if (error instanceof AuthError) return { status: "success", message: `${PASSWORD_CHANGED} Reconnectez-vous avec le nouveau mot de passe.` };
    throw error;
  }
  return outcome;
}

const endAllSessions = adminAction({ schema: noFieldsSchema, command: signOutEverywhere });

/** Every session ends, then this browser's cookie goes too and the sign-in page opens. */
export async function signOutEverywhereAction(state: FormState, formData: FormData): Promise<FormState> {
  const outcome = await endAllSessions(state, formData);
  if (outcome.status !== "success") return outcome;
  await signOut({ redirectTo: paths.admin.signIn() });
  return { status: "success", message: "Vous êtes déconnecté de tous les appareils." };
}
