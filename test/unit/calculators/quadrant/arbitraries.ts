import { Decimal } from "decimal.js";
import fc from "fast-check";
import type { PositionResponse } from "../../../../calculators/quadrant";

/** A coordinate as a ruler gives it: -12.00 … 12.00 in steps of 0.01, often exactly 0. */
export const coordinate: fc.Arbitrary<string> = fc.oneof(
  { weight: 1, arbitrary: fc.constant("0") },
  {
    weight: 6,
    arbitrary: fc
      .integer({ min: -1200, max: 1200 })
      .map((hundredths) => new Decimal(hundredths).dividedBy(100).toString()),
  },
);

const SUBJECT_HORIZONS = [
  ["SELF", "CURRENT"],
  ["SELF", "DESIRED"],
  ["TEAM", "CURRENT"],
  ["TEAM", "DESIRED"],
] as const;

const point = fc.record({ x: coordinate, y: coordinate });

/** A survey: respondents with a team (or none), 0–3 specialisms and 0–4 of their buttons. */
export const survey: fc.Arbitrary<PositionResponse[]> = fc
  .array(
    fc.record({
      team: fc.constantFrom("Noord", "Oost", "Zuid", null),
      specialisms: fc.subarray(["Jeugd", "Participatie", "Wmo"]),
      buttons: fc.tuple(
        fc.option(point, { nil: null }),
        fc.option(point, { nil: null }),
        fc.option(point, { nil: null }),
        fc.option(point, { nil: null }),
      ),
    }),
    { minLength: 1, maxLength: 12 },
  )
  .map((respondents) =>
    respondents.flatMap(({ team, specialisms, buttons }, index) =>
      SUBJECT_HORIZONS.flatMap(([subject, horizon], column) => {
        const button = buttons[column];
        return button
          ? [{ respondent: `R${index}`, team, specialisms, subject, horizon, ...button }]
          : [];
      }),
    ),
  );
