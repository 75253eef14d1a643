"use server";

import { unstable_rethrow } from "next/navigation";
import { invalid } from "@/lib/admin/action";
import { echoValues, formDataToObject } from "@/lib/admin/form-data";
import type { FormState } from "@/lib/admin/form-state";
import { logError } from "@/lib/log";
import { RecommendationRefused, recommendPage } from "@/lib/recommend/recommend";
import { recommendationSchema } from "@/lib/recommend/schema";
import { requestContext } from "@/lib/request-context";
import { isDatabaseUnavailable } from "@/lib/database/unavailable";

/** "Envoyer à un proche": validates, then queues the mail (lib/recommend/recommend.ts). */
export async function recommendAction(_state: FormState, formData: FormData): Promise<FormState> {
  const raw = formDataToObject(formData);
  const { token: _token, website: _website, ...values } = echoValues(raw);
  const context = await requestContext();
  const parsed = recommendationSchema.safeParse(raw);
  if (!parsed.success) return invalid(parsed.error, values, "envoyez");
  try {
    await recommendPage(parsed.data, context);
  } catch (error) {
    unstable_rethrow(error);
    if (error instanceof RecommendationRefused) return { status: "error", message: error.message, values };
    if (isDatabaseUnavailable(error)) {
      return { status: "error", message: "Le service est temporairement indisponible : rien n’a été envoyé. Réessayez dans quelques instants.", values };
    }
    logError("recommend_error", error, { requestId: context.requestId });
    return {
      status: "error",
      message: `Une erreur inattendue est survenue : rien n’a été envoyé. Si elle se reproduit, indiquez cette référence : ${context.requestId ?? "inconnue"}.`,
      values,
    };
  }
  return { status: "success", message: "Merci : votre recommandation a été prise en compte et part dans quelques instants." };
}
