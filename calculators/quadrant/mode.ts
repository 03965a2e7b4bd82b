import type { Decimal } from "decimal.js";
import { DecimalInput, toDecimal } from "./exact";

/** The most frequent value(s) of a list of decimals. */
export interface Mode {
  /** The most frequent value; when several values tie, the smallest of them (as SPSS reports). */
  readonly mode: Decimal;
  /** Every value that reaches the highest frequency, ascending (one element when unique). */
  readonly modes: readonly Decimal[];
  /** How often the mode occurs. */
  readonly frequency: number;
}

/**
 * The mode of the values, comparing decimals exactly ("-4" and "-4.0" are the same value).
 * Ties: `mode` is the smallest tied value and `modes` lists all of them, so a report can say
 * "multiple modes exist; the smallest is shown".
 *
 * @throws RangeError for an empty list or a value that is not a finite decimal.
 */
export function modeOf(values: readonly DecimalInput[]): Mode {
  if (values.length === 0) throw new RangeError("the mode of an empty list is undefined");
  const counts = new Map<string, { value: Decimal; count: number }>();
  for (const raw of values) {
    const value = toDecimal(raw, "value");
    const key = value.toString();
    const entry = counts.get(key);
    if (entry) entry.count += 1;
    else counts.set(key, { value, count: 1 });
  }
  let frequency = 0;
  for (const { count } of counts.values()) frequency = Math.max(frequency, count);
  const modes = [...counts.values()]
    .filter(({ count }) => count === frequency)
    .map(({ value }) => value)
    .sort((a, b) => a.comparedTo(b));
  return { mode: modes[0], modes, frequency };
}
