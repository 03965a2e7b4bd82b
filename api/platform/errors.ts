/** Error codes the API uses in `extensions.code` (see ARCHITECTURE.md). */
type ErrorCode =
  | "BAD_USER_INPUT"
  | "NOT_FOUND"
  | "CONFLICT"
  | "FORBIDDEN"
  | "UNAUTHENTICATED"
  | "QUERY_TOO_COMPLEX"
  | "SUPPRESSED"
  | "RATE_LIMITED"
  | "INTERNAL_SERVER_ERROR";

/**
 * An error of a domain rule: a code and a message (and details such as the field), but no tie
 * to GraphQL. The API layer maps it (`error-format.ts`: `extensions.code` and the details);
 * commands print its message.
 */
export class DomainError extends Error {
  readonly extensions: { code: ErrorCode } & Record<string, unknown>;

  constructor(code: ErrorCode, message: string, extra: Record<string, unknown> = {}) {
    super(message);
    this.name = new.target.name;
    this.extensions = { code, ...extra };
  }
}

/** Bad input, naming the field (a path such as `teamId` or `responses[3].x`) and why. */
export class BadInputError extends DomainError {
  constructor(
    readonly field: string,
    readonly reason: string,
  ) {
    super("BAD_USER_INPUT", `${field}: ${reason}`, { field });
  }
}

export class NotFoundError extends DomainError {
  constructor(type: string, id: string, field?: string) {
    super("NOT_FOUND", `${field ? `${field}: ` : ""}${type} ${id} does not exist`, {
      ...(field ? { field } : {}),
    });
  }
}

export class ConflictError extends DomainError {
  constructor(message: string, extra: Record<string, unknown> = {}) {
    super("CONFLICT", message, extra);
  }
}

export class ForbiddenError extends DomainError {
  constructor(message = "You may not do this") {
    super("FORBIDDEN", message);
  }
}

/** No valid credentials: HTTP 401, `extensions.code` UNAUTHENTICATED. */
export class UnauthenticatedError extends DomainError {
  constructor(message = "Send a valid token: Authorization: Bearer <token>") {
    super("UNAUTHENTICATED", message, { http: { status: 401 } });
  }
}
