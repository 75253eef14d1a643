"use server";

import { revalidatePath } from "next/cache";
import { adminAction } from "@/lib/admin/action";
import { confirmTwoFactor, disableOwnTwoFactor, renewOwnRecoveryCodes } from "@/lib/admin/account/commands";
import { disableTwoFactorSchema, totpCodeSchema } from "@/lib/admin/account/schema";
import type { FormState } from "@/lib/admin/form-state";
import { paths } from "@/lib/paths";

// Without `permission`, adminAction asks for a signed-in actor only: an admin who must still
// enrol gets through, and each command checks who may do what (lib/admin/account/self.ts).

export const confirmTwoFactorAction = adminAction({
  schema: totpCodeSchema,
  command: confirmTwoFactor,
  // No revalidation here: the page would swap the form for the status and lose the codes shown once.
  onSuccess: ({ codes }) => ({ message: "La double authentification est activée sur votre compte.", data: { codes } }),
});

const renewCodes = adminAction({
  schema: totpCodeSchema,
  command: renewOwnRecoveryCodes,
  onSuccess: ({ codes }) => ({ message: "Vos nouveaux codes de secours sont prêts ; les anciens ne fonctionnent plus.", data: { codes } }),
});

export async function renewRecoveryCodesAction(state: FormState, formData: FormData): Promise<FormState> {
  const outcome = await renewCodes(state, formData);
  // The count of remaining codes on the page: the form and its answer stay where they are.
  if (outcome.status === "success") revalidatePath(paths.admin.twoFactor());
  return outcome;
}

export const disableTwoFactorAction = adminAction({
  schema: disableTwoFactorSchema,
  command: disableOwnTwoFactor,
  onSuccess: () => ({ redirectTo: `${paths.admin.account()}?info=double-authentification-desactivee` }),
});
