import { Decimal } from "decimal.js";
import fc from "fast-check";
import {
  MODEL_A_CODES,
  summarisePositions,
  type PositionGrouping,
  type PositionSummaryRow,
} from "../../../../calculators/quadrant";
import { survey } from "./arbitraries";

/** Test-side arithmetic with enough digits never to round. */
const Exact = Decimal.clone({ precision: 200 });

function summarise(responses: Parameters<typeof summarisePositions>[0], groupBy: PositionGrouping) {
  return summarisePositions(responses, { groupBy, codes: MODEL_A_CODES });
}

function key(row: PositionSummaryRow): string {
  return JSON.stringify([row.group, row.subject, row.horizon]);
}

describe("summarisePositions properties", () => {
  const groupings: PositionGrouping[] = ["NONE", "TEAM", "SPECIALISM"];
  const grouping = fc.constantFrom(...groupings);

  it("puts every mean between the minimum and the maximum, and counts add up to n", () => {
    fc.assert(
      fc.property(survey, grouping, (responses, groupBy) => {
        for (const row of summarise(responses, groupBy)) {
          expect(
            row.meanX.greaterThanOrEqualTo(row.minX) && row.meanX.lessThanOrEqualTo(row.maxX),
          ).toBe(true);
          expect(
            row.meanY.greaterThanOrEqualTo(row.minY) && row.meanY.lessThanOrEqualTo(row.maxY),
          ).toBe(true);
          const counted = Object.values(row.quadrantCounts).reduce((a, b) => a + b, 0);
          expect(counted).toBe(row.n);
          // The mean is sum / n to 40 significant digits.
          const error = new Exact(row.meanX).times(row.n).minus(row.sumX).abs();
          expect(error.lessThanOrEqualTo(new Exact(row.sumX).abs().times("1e-39"))).toBe(true);
        }
      }),
    );
  });

  it("does not depend on the order of the responses", () => {
    fc.assert(
      fc.property(
        survey.chain((responses) =>
          fc.tuple(
            fc.constant(responses),
            fc.shuffledSubarray(responses, {
              minLength: responses.length,
              maxLength: responses.length,
            }),
          ),
        ),
        grouping,
        ([responses, shuffled], groupBy) => {
          expect(summarise(shuffled, groupBy)).toEqual(summarise(responses, groupBy));
        },
      ),
    );
  });

  it("keeps the class of a mean when a point exactly at the (rounded) mean is added", () => {
    fc.assert(
      fc.property(survey, (responses) => {
        for (const row of summarise(responses, "NONE")) {
          const added = summarise(
            [
              ...responses,
              {
                respondent: "at the mean",
                subject: row.subject,
                horizon: row.horizon,
                x: row.meanX,
                y: row.meanY,
              },
            ],
            "NONE",
          ).find((other) => key(other) === key(row));
          expect(added?.quadrantClass).toBe(row.quadrantClass);
          expect(added?.n).toBe(row.n + 1);
        }
      }),
    );
  });

  it("pools team rows exactly into the overall row (sums and counts)", () => {
    fc.assert(
      fc.property(survey, (responses) => {
        const overall = summarise(responses, "NONE");
        const byTeam = summarise(responses, "TEAM");
        for (const row of overall) {
          const parts = byTeam.filter(
            (r) => r.subject === row.subject && r.horizon === row.horizon,
          );
          expect(parts.reduce((n, r) => n + r.n, 0)).toBe(row.n);
          const sumX = parts.reduce((s, r) => s.plus(r.sumX), new Exact(0));
          const sumY = parts.reduce((s, r) => s.plus(r.sumY), new Exact(0));
          expect(sumX.equals(row.sumX) && sumY.equals(row.sumY)).toBe(true);
        }
      }),
    );
  });

  it("gives exactly (dx, dy) as shift when everyone's desired button moves by (dx, dy)", () => {
    const step = fc.integer({ min: -600, max: 600 }).map((h) => new Decimal(h).dividedBy(100));
    fc.assert(
      fc.property(survey, step, step, (responses, dx, dy) => {
        const current = responses.filter((r) => r.horizon === "CURRENT");
        const desired = current.map((r) => ({
          ...r,
          horizon: "DESIRED" as const,
          x: new Exact(r.x).plus(dx).toString(),
          y: new Exact(r.y).plus(dy).toString(),
        }));
        for (const row of summarise([...current, ...desired], "TEAM")) {
          if (row.horizon === "CURRENT") {
            expect(row.shift).toBeNull();
          } else {
            expect([row.shift?.x.toString(), row.shift?.y.toString()]).toEqual([
              dx.toString(),
              dy.toString(),
            ]);
          }
        }
      }),
    );
  });
});
