import "server-only";
import { notFound } from "next/navigation";
import { AuthenticationRequiredError, ForbiddenError } from "../admin/errors";
import { can, type Action } from "./permissions";
import type { Actor } from "./session";

/**
 * The first line of every back-office command: throws unless `actor` may do `action` (on
 * `resource`, for actions scoped to owners). The interface hides what `can` refuses, but only
 * this check protects.
 */
export function requirePermission(actor: Actor | null, action: Action, resource?: { ownerId: string | null }): asserts actor is Actor {
  if (!actor) throw new AuthenticationRequiredError();
  if (actor.mustEnrollTwoFactor) {
    throw new ForbiddenError("Activez d’abord la double authentification sur votre compte : les réglages l’exigent pour les administrateurs.");
  }
  if (!can(actor, action, resource)) throw new ForbiddenError();
}

/** The same check for a page: a page the role may not see answers 404, as if it did not exist. */
export function requirePagePermission(actor: Actor, action: Action, resource?: { ownerId: string | null }): void {
  if (!can(actor, action, resource)) notFound();
}
