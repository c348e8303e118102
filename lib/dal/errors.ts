/** Thrown when there is no signed-in user. Pages redirect to /login. */
export class UnauthenticatedError extends Error {
  constructor() {
    super("Sign in to continue.");
    this.name = "UnauthenticatedError";
  }
}

/** Thrown when the user lacks the role for an action. Pages show 403; actions return the message. */
export class ForbiddenError extends Error {
  constructor(message = "You do not have permission to do that.") {
    super(message);
    this.name = "ForbiddenError";
  }
}

/** Thrown when a record does not exist or is outside the user's districts and locals (the two are not told apart). */
export class NotFoundError extends Error {
  constructor(what = "Record") {
    super(`${what} not found.`);
    this.name = "NotFoundError";
  }
}
