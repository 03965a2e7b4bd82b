/**
 * Raised for input the hypothesis test refuses outright (a malformed period, a duplicate cell,
 * a non-finite number, a negative lag). A panel that is merely too small is no error: it gets a
 * `refused` with a reason. `field` is the path of the offending value, e.g. `panel[3].period`;
 * the API maps the error to `BAD_USER_INPUT`.
 */
export class HypothesisInputError extends Error {
  readonly field: string;
  readonly reason: string;

  constructor(field: string, reason: string) {
    super(`${field}: ${reason}`);
    this.name = "HypothesisInputError";
    this.field = field;
    this.reason = reason;
  }
}
