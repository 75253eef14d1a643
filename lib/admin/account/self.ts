import "server-only";
import type { Actor } from "../../auth/session";
import { AuthenticationRequiredError, ForbiddenError } from "../errors";

/**
 * The first line of every "my account" command: a valid session, acting on its own account only
 * (the commands take the actor, never a user id from the form). No permission of the role table
 * is involved: everyone may manage their own account.
 *
 * An admin who must enrol in two-factor authentication may only do what enrolment needs
 * (`allowPendingTwoFactor`), as `requireActorForPage` lets them see only the enrolment page.
 */
export function requireSelf(actor: Actor | null, options: { allowPendingTwoFactor?: boolean } = {}): asserts actor is Actor {
  if (!actor) throw new AuthenticationRequiredError();
  if (actor.mustEnrollTwoFactor && !options.allowPendingTwoFactor) {
    throw new ForbiddenError("Activez d’abord la double authentification sur votre compte : les réglages l’exigent pour les administrateurs.");
  }
}
