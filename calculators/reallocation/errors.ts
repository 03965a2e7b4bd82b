/**
 * Raised for moves the reallocation refuses: a share outside (0, 1], a move to the arrangement it
 * comes from, shares of one arrangement above 1 in total, too many moves, an arrangement without
 * observed cases (or hours, on the HOURS basis). `field` is the path of the offending value, e.g.
 * `moves[2].share`; the API maps the error to `BAD_USER_INPUT`.
 */
export class ReallocationInputError extends Error {
  readonly field: string;
  readonly reason: string;

  constructor(field: string, reason: string) {
    super(`${field}: ${reason}`);
    this.name = "ReallocationInputError";
    this.field = field;
    this.reason = reason;
  }
}
