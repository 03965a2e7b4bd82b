/**
 * Class codes of a quadrant model: four quadrant codes chosen by the model, plus the three
 * on-axis classes that every model shares (as in the Zwolle positioning survey).
 */

/** `e`: on the x axis (y = 0, x ≠ 0); `f`: on the y axis (x = 0, y ≠ 0); `ef`: the origin. */
export type AxisClass = "e" | "f" | "ef";

/** The on-axis classes in report order. */
export const AXIS_CLASSES: readonly AxisClass[] = ["e", "f", "ef"];

/** The model's code for each quadrant; x grows to the right, y grows upwards. */
export interface QuadrantCodes<C extends string = string> {
  /** x < 0, y > 0 */
  readonly topLeft: C;
  /** x > 0, y > 0 */
  readonly topRight: C;
  /** x > 0, y < 0 */
  readonly bottomRight: C;
  /** x < 0, y < 0 */
  readonly bottomLeft: C;
}

/** A class a point can fall in: one of the model's quadrant codes or an on-axis class. */
export type QuadrantClass<C extends string = string> = C | AxisClass;

/**
 * Model A (individual–collective × informal–formal): x individueel (−) … collectief (+),
 * y informeel (−) … formeel (+). `a` formal/individual, `b` formal/collective,
 * `c` informal/collective, `d` informal/individual.
 */
export const MODEL_A_CODES = {
  topLeft: "a",
  topRight: "b",
  bottomRight: "c",
  bottomLeft: "d",
} as const satisfies QuadrantCodes;

/**
 * Model B (the network quadrant), drawn like Model A: x perspective individual (−) …
 * collective (+), y context social network (−) … institutional network (+). So I "in het
 * persoonlijke leven" (individual × social) is bottom left, II "tussen de regels" (individual
 * × institutional) top left, III "in de wijk" (collective × social) bottom right and IV "aan de
 * beleidstafel" (collective × institutional) top right. A municipality that draws the model
 * differently passes its own codes.
 */
export const MODEL_B_CODES = {
  topLeft: "II",
  topRight: "IV",
  bottomRight: "III",
  bottomLeft: "I",
} as const satisfies QuadrantCodes;

/**
 * All classes of a model in report order: top left, top right, bottom right, bottom left,
 * e, f, ef. Throws a RangeError when the codes are blank, repeat, or collide with e/f/ef.
 */
export function classesOf<C extends string>(codes: QuadrantCodes<C>): QuadrantClass<C>[] {
  const quadrants = [codes.topLeft, codes.topRight, codes.bottomRight, codes.bottomLeft];
  for (const code of quadrants) {
    if (typeof code !== "string" || code.trim() === "") {
      throw new RangeError(`quadrant codes must be non-empty strings, got ${String(code)}`);
    }
    if ((AXIS_CLASSES as readonly string[]).includes(code)) {
      throw new RangeError(`quadrant code "${code}" is reserved for an on-axis class`);
    }
  }
  if (new Set(quadrants).size !== quadrants.length) {
    throw new RangeError(`quadrant codes must differ, got ${quadrants.join(", ")}`);
  }
  return [...quadrants, ...AXIS_CLASSES];
}

/** A map class → value for every class of the model, in report order. */
export function perClass<C extends string, T>(
  codes: QuadrantCodes<C>,
  initial: (cls: QuadrantClass<C>) => T,
): Record<QuadrantClass<C>, T> {
  const result = {} as Record<QuadrantClass<C>, T>;
  for (const cls of classesOf(codes)) result[cls] = initial(cls);
  return result;
}
