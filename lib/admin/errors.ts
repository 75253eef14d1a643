/**
 * Errors a back-office command throws on purpose, each with a French message for the person who
 * caused it. Anything else is unexpected: logged with the request id, shown as a generic message.
 */
export class CommandError extends Error {
  constructor(
    message: string,
    /** the form field the message belongs to, when it belongs to one */
    readonly field?: string,
  ) {
    super(message);
    this.name = new.target.name;
  }
}

/** No valid session (never signed in, expired, ended by a revocation, disabled account). */
export class AuthenticationRequiredError extends CommandError {
  constructor() {
    super("Votre session a pris fin : reconnectez-vous pour continuer.");
  }
}

/** Signed in, but the role does not allow this action on this resource. */
export class ForbiddenError extends CommandError {
  constructor(message = "Vous n’avez pas le droit d’effectuer cette action.") {
    super(message);
  }
}

export class NotFoundError extends CommandError {
  constructor(message = "Cet élément n’existe pas ou plus.") {
    super(message);
  }
}

/** Someone else changed the same thing meanwhile (optimistic concurrency). */
export class ConflictError extends CommandError {
  constructor(message = "Cet élément a été modifié entre-temps par quelqu’un d’autre : rechargez la page pour voir sa dernière version.") {
    super(message);
  }
}

/** A rule of the newsroom forbids it (the last admin, a tag still in use…). */
export class RuleError extends CommandError {}

/** Fields that passed the schema but not a check that needs the database (an address already taken). */
export class FieldError extends CommandError {
  constructor(field: string, message: string) {
    super(message, field);
  }
}
