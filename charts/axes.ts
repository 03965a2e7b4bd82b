import { wholeEuro } from "./format";

/** A value axis in euros, labelled the Dutch way. */
export const euroAxis = { type: "value", axisLabel: { formatter: (v: number) => wholeEuro(v) } };

/** Decimal strings from the API as chart numbers (charts draw floats; tables show the strings). */
export const num = (value: string | null | undefined): number | null =>
  value === null || value === undefined ? null : Number(value);
