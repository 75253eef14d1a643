import "server-only";
import { redirect, unstable_rethrow } from "next/navigation";
import { z } from "zod";
import { requirePermission } from "../auth/authorize";
import type { Action } from "../auth/permissions";
import { getActor, type Actor } from "../auth/session";
import { isDatabaseUnavailable } from "../database/unavailable";
import { logError } from "../log";
import { actionFromOwnPage, FOREIGN_ORIGIN_MESSAGE } from "../http/same-origin";
import { requestContext, type RequestContext } from "../request-context";
import { AuthenticationRequiredError, CommandError } from "./errors";
import { echoValues, formDataToObject } from "./form-data";
import type { FormState } from "./form-state";

export type Command<Input, Result> = (actor: Actor | null, input: Input, context: RequestContext) => Promise<Result>;

type Success<Result, Input> = (result: Result, input: Input) => { message?: string; redirectTo?: string; data?: FormState["data"] };

/**
 * Builds a back-office server action for `useActionState`: who is signed in, then the permission
 * (before even reading the input), then the input through its zod schema (field errors in
 * French), then the command — which checks the permission again on its first line, for whatever
 * else may call it. Typed command errors come back as messages; anything else is logged once
 * with the request id and answered with that reference only. `redirect()` happens outside `try`.
 */
export function adminAction<Schema extends z.ZodType, Result>(options: {
  permission?: Action;
  schema: Schema;
  command: Command<z.output<Schema>, Result>;
  onSuccess?: Success<Result, z.output<Schema>>;
}): (state: FormState, formData: FormData) => Promise<FormState> {
  return async (_state, formData) => {
    const raw = formDataToObject(formData);
    const values = echoValues(raw);
    const context = await requestContext();
    if (!(await actionFromOwnPage())) return { status: "error", message: FOREIGN_ORIGIN_MESSAGE, values };
    let actor: Actor | null = null;
    let outcome: ReturnType<Success<Result, z.output<Schema>>>;
    try {
      actor = await getActor();
      if (options.permission) requirePermission(actor, options.permission);
      else if (!actor) throw new AuthenticationRequiredError();
      const parsed = options.schema.safeParse(raw);
      if (!parsed.success) return invalid(parsed.error, values);
      const result = await options.command(actor, parsed.data, context);
      outcome = options.onSuccess?.(result, parsed.data) ?? {};
    } catch (error) {
      unstable_rethrow(error);
      if (error instanceof CommandError) {
        return {
          status: "error",
          message: error.message,
          ...(error.field ? { fieldErrors: { [error.field]: error.message } } : {}),
          values,
        };
      }
      if (isDatabaseUnavailable(error)) return { status: "error", message: UNAVAILABLE_MESSAGE, values };
      logError("action_error", error, { requestId: context.requestId, actorId: actor?.id });
      return {
        status: "error",
        message: `Une erreur inattendue est survenue : rien n’a été enregistré. Si elle se reproduit, indiquez cette référence : ${context.requestId ?? "inconnue"}.`,
        values,
      };
    }
    if (outcome.redirectTo) redirect(outcome.redirectTo);
    return { status: "success", message: outcome.message ?? "Modifications enregistrées.", ...(outcome.data ? { data: outcome.data } : {}) };
  };
}

/**
 * The database is away: the request is answered 503 (scripts/next-server-preload.cjs) and the form
 * says so, keeping what was typed. Its transaction never committed, so nothing half-written stays.
 */
export const UNAVAILABLE_MESSAGE =
  "Le service est temporairement indisponible : rien n’a été enregistré. Vos saisies sont conservées ; réessayez dans quelques instants.";

/** A zod failure as a form state: one French message per field, and what was typed. */
export function invalid(error: z.ZodError, values: Record<string, string>, verb = "enregistrez"): FormState {
  const fieldErrors: Record<string, string> = {};
  for (const issue of error.issues) {
    const field = issue.path.map(String).join(".") || "_form";
    fieldErrors[field] ??= issue.message;
  }
  const count = Object.keys(fieldErrors).length;
  return {
    status: "error",
    message: count === 1 ? `Le formulaire contient une erreur : corrigez-la puis ${verb}.` : `Le formulaire contient ${count} erreurs : corrigez-les puis ${verb}.`,
    fieldErrors,
    values,
  };
}
