"use server";

import { formDataToObject } from "@/lib/admin/form-data";
import type { FormState } from "@/lib/admin/form-state";
import { consumeLink } from "@/lib/auth/password-links";
import { passwordPairSchema } from "@/lib/auth/schemas";
import { logError } from "@/lib/log";
import { requestContext } from "@/lib/request-context";
import { LINK_FAILURES } from "./messages";
import { isDatabaseUnavailable } from "@/lib/database/unavailable";

/**
 * Chooses a password with a single-use link. Nothing typed is echoed back: both fields are passwords. Nobody is signed in here: the link is the only
 * credential, checked and consumed by consumeLink in one conditional write.
 */
export async function choosePasswordAction(_state: FormState, formData: FormData): Promise<FormState> {
  const raw = formDataToObject(formData);
  const parsed = passwordPairSchema.safeParse(raw);
  if (!parsed.success) {
    const fieldErrors: Record<string, string> = {};
    for (const issue of parsed.error.issues) fieldErrors[String(issue.path[0] ?? "password")] ??= issue.message;
    return { status: "error", message: "Le mot de passe ne convient pas : corrigez-le puis validez.", fieldErrors };
  }
  const context = await requestContext();
  try {
    const outcome = await consumeLink(raw.token, parsed.data.password, { ip: context.ip });
    if (!outcome.ok) return { status: "error", message: LINK_FAILURES[outcome.reason] };
  } catch (error) {
    if (isDatabaseUnavailable(error)) {
      return { status: "error", message: "Le service est temporairement indisponible : votre mot de passe n’a pas été enregistré. Réessayez dans quelques instants." };
    }
    logError("choose_password_error", error, { requestId: context.requestId });
    return {
      status: "error",
      message: `Une erreur inattendue est survenue : votre mot de passe n’a pas été enregistré. Si elle se reproduit, indiquez cette référence : ${context.requestId ?? "inconnue"}.`,
    };
  }
  return {
    status: "success",
    message: "Votre mot de passe est enregistré. Connectez-vous maintenant avec votre adresse électronique et ce mot de passe.",
  };
}
