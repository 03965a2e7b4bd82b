import { GraphQLError } from "graphql";

/** Error codes the API uses in `extensions.code` (see ARCHITECTURE.md). */
export type ErrorCode =
  | "BAD_USER_INPUT"
  | "NOT_FOUND"
  | "CONFLICT"
  | "FORBIDDEN"
  | "UNAUTHENTICATED"
  | "QUERY_TOO_COMPLEX"
  | "RATE_LIMITED"
  | "INTERNAL_SERVER_ERROR";

export class ApiError extends GraphQLError {
  constructor(code: ErrorCode, message: string, extra: Record<string, unknown> = {}) {
    super(message, { extensions: { code, ...extra } });
  }
}

/** Bad input, naming the field (a path such as `teamId` or `responses[3].x`) and why. */
export class BadInputError extends ApiError {
  constructor(
    readonly field: string,
    readonly reason: string,
  ) {
    super("BAD_USER_INPUT", `${field}: ${reason}`, { field });
  }
}

export class NotFoundError extends ApiError {
  constructor(type: string, id: string, field?: string) {
    super("NOT_FOUND", `${field ? `${field}: ` : ""}${type} ${id} does not exist`, {
      ...(field ? { field } : {}),
    });
  }
}

export class ConflictError extends ApiError {
  constructor(message: string, extra: Record<string, unknown> = {}) {
    super("CONFLICT", message, extra);
  }
}

export class ForbiddenError extends ApiError {
  constructor(message = "You may not do this") {
    super("FORBIDDEN", message);
  }
}

/** No valid credentials: HTTP 401, `extensions.code` UNAUTHENTICATED. */
export class UnauthenticatedError extends ApiError {
  constructor(message = "Send a valid token: Authorization: Bearer <token>") {
    super("UNAUTHENTICATED", message, { http: { status: 401 } });
  }
}
