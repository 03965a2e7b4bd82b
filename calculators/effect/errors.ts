/**
 * Raised for input the effect calculator refuses: a fraction outside [0, 1], a negative amount,
 * a recurrence below one month, a malformed date, a horizon below one month, and so on.
 * `field` is the path of the offending value in the input (`outcomes[2].deadweight`,
 * `settings.horizonMonths`); the API maps the error to `BAD_USER_INPUT`.
 */
export class CalculatorInputError extends Error {
  /** Path of the refused value in the input, e.g. `events[0].recurMonths`. */
  readonly field: string;
  /** Why it was refused, e.g. "must be a fraction from 0 to 1". */
  readonly reason: string;

  constructor(field: string, reason: string) {
    super(`${field}: ${reason}`);
    this.name = "CalculatorInputError";
    this.field = field;
    this.reason = reason;
  }
}
