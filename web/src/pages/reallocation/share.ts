/**
 * A percentage as typed ("25", "33,3", "0.5") as the API's share, a decimal string ("0.25",
 * "0.333", "0.005"), by moving the decimal point: no binary float in between. Text that is no
 * number goes as it is, and the API refuses it naming the move's share.
 */
export function shareOfPercent(percent: string): string {
  const match = /^\s*(\d*)(?:[.,](\d*))?\s*$/.exec(percent);
  if (!match || (!match[1] && !match[2])) return percent.trim();
  const whole = (match[1] || "0").padStart(3, "0");
  const integerPart = whole.slice(0, -2).replace(/^0+(?=\d)/, "");
  const fraction = (whole.slice(-2) + (match[2] ?? "")).replace(/0+$/, "");
  return fraction ? `${integerPart}.${fraction}` : integerPart;
}
