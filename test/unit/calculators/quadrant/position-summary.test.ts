import {
  MODEL_A_CODES,
  MODEL_B_CODES,
  summarisePositions,
  type PositionResponse,
} from "../../../../calculators/quadrant";

function response(
  respondent: string,
  x: string,
  y: string,
  extra: Partial<PositionResponse> = {},
): PositionResponse {
  return { respondent, subject: "SELF", horizon: "CURRENT", x, y, ...extra };
}

const NONE = { groupBy: "NONE", codes: MODEL_A_CODES } as const;

describe("summarisePositions", () => {
  it("finds a mean of exactly 0 where floating point would not (0.1 + 0.2 - 0.3 on x)", () => {
    // x: (0.1 + 0.2 - 0.3) / 3 = 0 / 3 = 0 -> on the y axis; y: (1 + 2 + 3) / 3 = 2.
    // In binary floating point the sum is 5.55e-17 > 0 and the mean would land in quadrant b.
    const [row] = summarisePositions(
      [response("R1", "0.1", "1"), response("R2", "0.2", "2"), response("R3", "-0.3", "3")],
      NONE,
    );
    expect(row.meanX.toString()).toBe("0");
    expect(row.meanY.toString()).toBe("2");
    expect(row.quadrantClass).toBe("f");
    expect(row.quadrantCounts).toEqual({ a: 1, b: 2, c: 0, d: 0, e: 0, f: 0, ef: 0 });
  });

  it("classes a mean too small to show (-0.04) by its sign", () => {
    // x: (-0.1 + 0.02) / 2 = -0.04, shown as 0.0 but left of the y axis -> a.
    const [row] = summarisePositions(
      [response("R1", "-0.1", "1"), response("R2", "0.02", "1")],
      NONE,
    );
    expect(row.meanX.toString()).toBe("-0.04");
    expect(row.quadrantClass).toBe("a");
  });

  it("returns no rows for no responses", () => {
    expect(summarisePositions([], NONE)).toEqual([]);
  });

  it("puts the shift on the DESIRED row only, and null when CURRENT is missing", () => {
    const rows = summarisePositions(
      [
        response("R1", "-4", "2"),
        response("R1", "-1", "1", { horizon: "DESIRED" }),
        response("R1", "3", "3", { subject: "TEAM", horizon: "DESIRED" }),
      ],
      NONE,
    );
    expect(
      rows.map((r) => [r.subject, r.horizon, r.shift && [`${r.shift.x}`, `${r.shift.y}`]]),
    ).toEqual([
      ["SELF", "CURRENT", null],
      ["SELF", "DESIRED", ["3", "-1"]], // (-1 - -4, 1 - 2)
      ["TEAM", "DESIRED", null], // nobody placed the team's current position
    ]);
  });

  it("compares group means for the shift, also when different respondents answered", () => {
    // CURRENT: R1, R2 -> x (-6 + -2) / 2 = -4. DESIRED: R1 only -> x -1. Shift 3.
    const rows = summarisePositions(
      [
        response("R1", "-6", "1"),
        response("R2", "-2", "1"),
        response("R1", "-1", "1", { horizon: "DESIRED" }),
      ],
      NONE,
    );
    expect(rows[1].shift?.x.toString()).toBe("3");
    expect(rows[1].shift?.y.toString()).toBe("0");
  });

  it("computes the shift from exact sums: 1/3 - (-1/3) = 2/3 to 40 significant digits", () => {
    const rows = summarisePositions(
      [
        response("R1", "-1", "1"),
        response("R2", "0", "1"),
        response("R3", "0", "1"),
        response("R1", "1", "1", { horizon: "DESIRED" }),
        response("R2", "0", "1", { horizon: "DESIRED" }),
        response("R3", "0", "1", { horizon: "DESIRED" }),
      ],
      NONE,
    );
    expect(rows[1].shift?.x.toString()).toBe("0.6666666666666666666666666666666666666667");
  });

  it("groups by team; responses without a team form the group null, sorted last", () => {
    const rows = summarisePositions(
      [
        response("R1", "1", "1", { team: "Zuid" }),
        response("R2", "2", "2", { team: null }),
        response("R3", "3", "3", { team: "Oost" }),
        response("R4", "4", "4", { team: "  " }),
        response("R5", "5", "5", { team: "Oost" }),
        response("R6", "6", "6"),
      ],
      { groupBy: "TEAM", codes: MODEL_A_CODES },
    );
    expect(rows.map((r) => [r.group, r.n, r.meanX.toString()])).toEqual([
      ["Oost", 2, "4"], // (3 + 5) / 2
      ["Zuid", 1, "1"],
      [null, 3, "4"], // no team, blank team, team absent: (2 + 4 + 6) / 3
    ]);
  });

  it("counts a respondent once in each of their specialisms, once per repeated label", () => {
    const rows = summarisePositions(
      [
        response("R1", "-2", "1", { specialisms: ["Wmo", "Jeugd", "Wmo"] }),
        response("R2", "4", "1", { specialisms: ["Wmo"] }),
        response("R3", "9", "1", { specialisms: [] }),
        response("R4", "7", "1"),
      ],
      { groupBy: "SPECIALISM", codes: MODEL_A_CODES },
    );
    expect(rows.map((r) => [r.group, r.n, r.meanX.toString()])).toEqual([
      ["Jeugd", 1, "-2"],
      ["Wmo", 2, "1"], // (-2 + 4) / 2
      [null, 2, "8"], // no specialism: (9 + 7) / 2
    ]);
  });

  it("orders rows by group, then SELF before TEAM, then CURRENT before DESIRED", () => {
    const rows = summarisePositions(
      [
        response("R1", "1", "1", { team: "B", subject: "TEAM", horizon: "DESIRED" }),
        response("R1", "1", "1", { team: "B", subject: "SELF", horizon: "DESIRED" }),
        response("R2", "1", "1", { team: "A", subject: "TEAM", horizon: "CURRENT" }),
        response("R1", "1", "1", { team: "B", subject: "TEAM", horizon: "CURRENT" }),
        response("R1", "1", "1", { team: "B", subject: "SELF", horizon: "CURRENT" }),
        response("R3", "1", "1", { team: "a", subject: "SELF", horizon: "CURRENT" }),
      ],
      { groupBy: "TEAM", codes: MODEL_A_CODES },
    );
    expect(rows.map((r) => `${r.group} ${r.subject} ${r.horizon}`)).toEqual([
      "A TEAM CURRENT",
      "B SELF CURRENT",
      "B SELF DESIRED",
      "B TEAM CURRENT",
      "B TEAM DESIRED",
      "a SELF CURRENT", // code-unit order: upper case before lower case
    ]);
  });

  it("uses the caller's codes (Model B)", () => {
    const [row] = summarisePositions([response("R1", "-2", "-1"), response("R2", "3", "0")], {
      groupBy: "NONE",
      codes: MODEL_B_CODES,
    });
    expect(row.quadrantClass).toBe("III"); // mean (0.5, -0.5): collective, social
    expect(row.quadrantCounts).toEqual({ II: 0, IV: 0, III: 0, I: 1, e: 1, f: 0, ef: 0 });
  });

  it("refuses a respondent who answers the same subject and horizon twice", () => {
    expect(() =>
      summarisePositions([response("R1", "1", "1"), response("R1", "2", "2")], NONE),
    ).toThrow(/R1 answered SELF CURRENT twice/);
  });

  it("refuses a respondent whose team differs between responses when grouping by team", () => {
    const responses = [
      response("R1", "1", "1", { team: "Oost" }),
      response("R1", "2", "2", { team: "West", horizon: "DESIRED" }),
    ];
    expect(() => summarisePositions(responses, { groupBy: "TEAM", codes: MODEL_A_CODES })).toThrow(
      /R1 has groups/,
    );
    // Irrelevant to the other groupings.
    expect(summarisePositions(responses, NONE)).toHaveLength(2);
  });

  it("refuses bad input", () => {
    const bad = (extra: Partial<PositionResponse>) => () =>
      summarisePositions([response("R1", "1", "1", extra)], NONE);
    expect(bad({ x: "1,5" })).toThrow(/responses\[0\]\.x/);
    expect(bad({ respondent: " " })).toThrow(/respondent/);
    expect(bad({ subject: "OTHER" as "SELF" })).toThrow(/subject/);
    expect(bad({ horizon: "LATER" as "CURRENT" })).toThrow(/horizon/);
    expect(() =>
      summarisePositions([response("R1", "1", "1")], {
        groupBy: "DISTRICT" as "NONE",
        codes: MODEL_A_CODES,
      }),
    ).toThrow(/groupBy/);
  });
});
