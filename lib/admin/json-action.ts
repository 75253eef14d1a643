import "server-only";
import { unstable_rethrow } from "next/navigation";
import type { z } from "zod";
import type { AccessibilityProblem } from "../articles/accessibility";
import { requirePermission } from "../auth/authorize";
import type { Action } from "../auth/permissions";
import { getActor, type Actor } from "../auth/session";
import { isDatabaseUnavailable } from "../database/unavailable";
import { logError } from "../log";
import { actionFromOwnPage, FOREIGN_ORIGIN_MESSAGE } from "../http/same-origin";
import { requestContext } from "../request-context";
import { UNAVAILABLE_MESSAGE, type Command } from "./action";
import { AccessibilityProblemsError, VersionConflictError } from "./articles/errors";
import { AuthenticationRequiredError, CommandError } from "./errors";

/** What a server action called from a client component's code (not a form post) answers. */
export type ActionResult<T> =
  | { status: "success"; data: T }
  | {
      status: "error";
      message: string;
      fieldErrors?: Record<string, string>;
      /** someone saved meanwhile: what is stored now, to compare and merge */
      conflict?: { version: number; content: unknown; updatedAt: string | null };
      /** the accessibility problems that stop a publication without a reason */
      problems?: AccessibilityProblem[];
    };

/**
 * Builds a server action for the editor's own calls (autosave, publish…), with the same order as
 * `adminAction`: session, permission, input through its schema, command (which checks the
 * permission again), typed errors in French, anything else logged once with the request id.
 */
export function jsonAction<Schema extends z.ZodType, Result>(options: {
  permission?: Action;
  schema: Schema;
  command: Command<z.output<Schema>, Result>;
}): (input: unknown) => Promise<ActionResult<Result>> {
  return async (input) => {
    const context = await requestContext();
    if (!(await actionFromOwnPage())) return { status: "error", message: FOREIGN_ORIGIN_MESSAGE };
    let actor: Actor | null = null;
    try {
      actor = await getActor();
      if (options.permission) requirePermission(actor, options.permission);
      else if (!actor) throw new AuthenticationRequiredError();
      const parsed = options.schema.safeParse(input);
      if (!parsed.success) {
        const fieldErrors: Record<string, string> = {};
        for (const issue of parsed.error.issues) fieldErrors[issue.path.map(String).join(".") || "_form"] ??= issue.message;
        return { status: "error", message: Object.values(fieldErrors).join(" "), fieldErrors };
      }
      return { status: "success", data: await options.command(actor, parsed.data, context) };
    } catch (error) {
      unstable_rethrow(error);
      if (error instanceof VersionConflictError) {
        const { version, content, updatedAt } = error.current;
        return { status: "error", message: error.message, conflict: { version, content, updatedAt: updatedAt?.toISOString() ?? null } };
      }
      if (error instanceof AccessibilityProblemsError) return { status: "error", message: error.message, problems: error.problems };
      if (error instanceof CommandError) {
        return { status: "error", message: error.message, ...(error.field ? { fieldErrors: { [error.field]: error.message } } : {}) };
      }
      if (isDatabaseUnavailable(error)) return { status: "error", message: UNAVAILABLE_MESSAGE };
      logError("action_error", error, { requestId: context.requestId, actorId: actor?.id });
      return {
        status: "error",
        message: `Une erreur inattendue est survenue : rien n’a été enregistré. Si elle se reproduit, indiquez cette référence : ${context.requestId ?? "inconnue"}.`,
      };
    }
  };
}
