import {
  formatCoordinate,
  MODEL_A_CODES,
  summarisePositions,
  type PositionGrouping,
  type PositionSummaryRow,
} from "../../../../calculators/quadrant";
import { fraction } from "./fraction";
import { zwolleResponses } from "./zwolle-survey";

/*
 * Hand-computed expectations for the survey in zwolle-survey.ts, one table per grouping.
 * Columns: group ("-" = null), subject, horizon, n, mean x and mean y as "sum/n" (the sums are
 * added up by hand in the comment lines), class of the mean, x min..max, y min..max, the
 * respondents per class (classes not listed: 0), and on DESIRED rows the shift
 * "mean desired − mean current" per axis ("-" = null).
 * Means with a non-ending quotient (5/3) are compared at the documented 40 significant digits.
 */

const OVERALL = `
# group      subj horizon n  mean x   mean y  cl x range    y range   counts            shift
# All 14 respondents; sums from the team subtotals below (Aa, Di, Ho, St, ZZ):
#   SELF CURRENT: x -18 - 12 - 3 - 12 - 12.4 = -57.4; y 6 + 4.5 + 5 + 4.5 + 5.2 = 25.2
#     mean (-57.4/14, 25.2/14) = (-4.1, 1.8), the published own position now
-            SELF CURRENT 14 -57.4/14 25.2/14 a  -12..5     -2..4.5   a8,b1,d2,e2,f1    -
#   SELF DESIRED: x -10 - 3 + 3 - 3 - 8 = -21; y 3 + 0.5 + 0 + 2 + 1.5 = 7 -> (-1.5, 0.5)
#   shift: (-1.5 - -4.1, 0.5 - 1.8) = (2.6, -1.3)
-            SELF DESIRED 14 -21/14   7/14    a  -8..5      -1.5..2   a8,b1,c2,d1,e1,f1 2.6,-1.3
#   TEAM CURRENT: x -15 - 9 - 1 - 9 - 15 = -49; y 5 + 5 + 2 + 5 + 5.4 = 22.4
#     mean (-49/14, 22.4/14) = (-3.5, 1.6), the published team position now
-            TEAM CURRENT 14 -49/14   22.4/14 a  -10..4     -0.5..3   a10,b1,c1,e1,ef1  -
#   TEAM DESIRED: x -8 + 0 + 5 - 1 - 10 = -14; y 3 + 3 + 1.5 + 3 + 0.7 = 11.2 -> (-1, 0.8)
#   shift: (-1 - -3.5, 0.8 - 1.6) = (2.5, -0.8)
-            TEAM DESIRED 14 -14/14   11.2/14 a  -6..4      -1..2     a8,b2,c1,e2,f1    2.5,-0.8
`;

const PER_TEAM = `
# group      subj horizon n  mean x   mean y  cl x range    y range   counts            shift
# Aa-landen: R01, R02
#   SELF CURRENT: x -12 - 6 = -18; y 4 + 2 = 6
Aa-landen    SELF CURRENT 2  -18/2    6/2     a  -12..-6    2..4      a2                -
#   SELF DESIRED: x -8 - 2 = -10; y 2 + 1 = 3
#   shift: x -10/2 - (-18/2) = 4; y 3/2 - (6/2) = -1.5
Aa-landen    SELF DESIRED 2  -10/2    3/2     a  -8..-2     1..2      a2                4,-1.5
#   TEAM CURRENT: x -10 - 5 = -15; y 3 + 2 = 5
Aa-landen    TEAM CURRENT 2  -15/2    5/2     a  -10..-5    2..3      a2                -
#   TEAM DESIRED: x -6 - 2 = -8; y 2 + 1 = 3
#   shift: x -8/2 - (-15/2) = 3.5; y 3/2 - (5/2) = -1
Aa-landen    TEAM DESIRED 2  -8/2     3/2     a  -6..-2     1..2      a2                3.5,-1
# Diezerpoort: R03, R04, R05
#   SELF CURRENT: x -5 - 4.5 - 2.5 = -12; y 3 + 0 + 1.5 = 4.5
Diezerpoort  SELF CURRENT 3  -12/3    4.5/3   a  -5..-2.5   0..3      a2,e1             -
#   SELF DESIRED: x -2 - 1 + 0 = -3; y 1 - 1 + 0.5 = 0.5
#   shift: x -3/3 - (-12/3) = 3; y 0.5/3 - (4.5/3) = -4/3
Diezerpoort  SELF DESIRED 3  -3/3     0.5/3   a  -2..0      -1..1     a1,d1,f1          3,-4/3
#   TEAM CURRENT: x -4 - 3 - 2 = -9; y 2.5 + 1 + 1.5 = 5
Diezerpoort  TEAM CURRENT 3  -9/3     5/3     a  -4..-2     1..2.5    a3                -
#   TEAM DESIRED: x -1 + 0 + 1 = 0; y 1.5 + 1 + 0.5 = 3
#   shift: x 0/3 - (-9/3) = 3; y 3/3 - (5/3) = -2/3
Diezerpoort  TEAM DESIRED 3  0/3      3/3     f  -1..1      0.5..1.5  a1,b1,f1          3,-2/3
# Holtenbroek: R06, R07, R08
#   SELF CURRENT: x 5 + 0 - 8 = -3; y 2.5 + 3.5 - 1 = 5
Holtenbroek  SELF CURRENT 3  -3/3     5/3     a  -8..5      -1..3.5   b1,d1,f1          -
#   SELF DESIRED: x 5 + 2 - 4 = 3; y 1 - 1.5 + 0.5 = 0
#   shift: x 3/3 - (-3/3) = 2; y 0/3 - (5/3) = -5/3
Holtenbroek  SELF DESIRED 3  3/3      0/3     e  -4..5      -1.5..1   a1,b1,c1          2,-5/3
#   TEAM CURRENT: x 4 + 1 - 6 = -1; y 2 - 0.5 + 0.5 = 2
Holtenbroek  TEAM CURRENT 3  -1/3     2/3     a  -6..4      -0.5..2   a1,b1,c1          -
#   TEAM DESIRED: x 4 + 3 - 2 = 5; y 1.5 - 1 + 1 = 1.5
#   shift: x 5/3 - (-1/3) = 2; y 1.5/3 - (2/3) = -1/6
Holtenbroek  TEAM DESIRED 3  5/3      1.5/3   b  -2..4      -1..1.5   a1,b1,c1          2,-1/6
# Stadshagen: R09, R10, R11
#   SELF CURRENT: x -3 - 7.5 - 1.5 = -12; y 2 + 4.5 - 2 = 4.5
Stadshagen   SELF CURRENT 3  -12/3    4.5/3   a  -7.5..-1.5 -2..4.5   a2,d1             -
#   SELF DESIRED: x -1 - 3 + 1 = -3; y 1 + 2 - 1 = 2
#   shift: x -3/3 - (-12/3) = 3; y 2/3 - (4.5/3) = -5/6
Stadshagen   SELF DESIRED 3  -3/3     2/3     a  -3..1      -1..2     a2,c1             3,-5/6
#   TEAM CURRENT: x -3 - 6 + 0 = -9; y 2 + 3 + 0 = 5
Stadshagen   TEAM CURRENT 3  -9/3     5/3     a  -6..0      0..3      a2,ef1            -
#   TEAM DESIRED: x -1 - 2 + 2 = -1; y 1 + 2 + 0 = 3
#   shift: x -1/3 - (-9/3) = 8/3; y 3/3 - (5/3) = -2/3
Stadshagen   TEAM DESIRED 3  -1/3     3/3     a  -2..2      0..2      a2,e1             8/3,-2/3
# Zwolle-Zuid: R12, R13, R14
#   SELF CURRENT: x -4 - 2.4 - 6 = -12.4; y 2.2 + 3 + 0 = 5.2
Zwolle-Zuid  SELF CURRENT 3  -12.4/3  5.2/3   a  -6..-2.4   0..3      a2,e1             -
#   SELF DESIRED: x -2 - 1 - 5 = -8; y 1 + 0.5 + 0 = 1.5
#   shift: x -8/3 - (-12.4/3) = 22/15; y 1.5/3 - (5.2/3) = -37/30
Zwolle-Zuid  SELF DESIRED 3  -8/3     1.5/3   a  -5..-1     0..1      a2,e1             22/15,-37/30
#   TEAM CURRENT: x -5 - 3.5 - 6.5 = -15; y 2.4 + 3 + 0 = 5.4
Zwolle-Zuid  TEAM CURRENT 3  -15/3    5.4/3   a  -6.5..-3.5 0..3      a2,e1             -
#   TEAM DESIRED: x -3 - 2 - 5 = -10; y 0.5 + 0.2 + 0 = 0.7
#   shift: x -10/3 - (-15/3) = 5/3; y 0.7/3 - (5.4/3) = -47/30
Zwolle-Zuid  TEAM DESIRED 3  -10/3    0.7/3   a  -5..-2     0..0.5    a2,e1             5/3,-47/30
`;

/* A respondent with several specialisms counts in each, so n adds up to 6 + 5 + 6 + 2 = 19. */
const PER_SPECIALISM = `
# group      subj horizon n  mean x   mean y  cl x range    y range   counts            shift
# Jeugd: R02, R04, R07, R09, R10, R13
#   SELF CURRENT: x -6 - 4.5 + 0 - 3 - 7.5 - 2.4 = -23.4; y 2 + 0 + 3.5 + 2 + 4.5 + 3 = 15
Jeugd        SELF CURRENT 6  -23.4/6  15/6    a  -7.5..0    0..4.5    a4,e1,f1          -
#   SELF DESIRED: x -2 - 1 + 2 - 1 - 3 - 1 = -6; y 1 - 1 - 1.5 + 1 + 2 + 0.5 = 2
#   shift: x -6/6 - (-23.4/6) = 2.9; y 2/6 - (15/6) = -13/6
Jeugd        SELF DESIRED 6  -6/6     2/6     a  -3..2      -1.5..2   a4,c1,d1          2.9,-13/6
#   TEAM CURRENT: x -5 - 3 + 1 - 3 - 6 - 3.5 = -19.5; y 2 + 1 - 0.5 + 2 + 3 + 3 = 10.5
Jeugd        TEAM CURRENT 6  -19.5/6  10.5/6  a  -6..1      -0.5..3   a5,c1             -
#   TEAM DESIRED: x -2 + 0 + 3 - 1 - 2 - 2 = -4; y 1 + 1 - 1 + 1 + 2 + 0.2 = 4.2
#   shift: x -4/6 - (-19.5/6) = 31/12; y 4.2/6 - (10.5/6) = -1.05
Jeugd        TEAM DESIRED 6  -4/6     4.2/6   a  -2..3      -1..2     a4,c1,f1          31/12,-1.05
# Participatie: R03, R06, R09, R10, R12
#   SELF CURRENT: x -5 + 5 - 3 - 7.5 - 4 = -14.5; y 3 + 2.5 + 2 + 4.5 + 2.2 = 14.2
Participatie SELF CURRENT 5  -14.5/5  14.2/5  a  -7.5..5    2..4.5    a4,b1             -
#   SELF DESIRED: x -2 + 5 - 1 - 3 - 2 = -3; y 1 + 1 + 1 + 2 + 1 = 6
#   shift: x -3/5 - (-14.5/5) = 2.3; y 6/5 - (14.2/5) = -1.64
Participatie SELF DESIRED 5  -3/5     6/5     a  -3..5      1..2      a4,b1             2.3,-1.64
#   TEAM CURRENT: x -4 + 4 - 3 - 6 - 5 = -14; y 2.5 + 2 + 2 + 3 + 2.4 = 11.9
Participatie TEAM CURRENT 5  -14/5    11.9/5  a  -6..4      2..3      a4,b1             -
#   TEAM DESIRED: x -1 + 4 - 1 - 2 - 3 = -3; y 1.5 + 1.5 + 1 + 2 + 0.5 = 6.5
#   shift: x -3/5 - (-14/5) = 2.2; y 6.5/5 - (11.9/5) = -1.08
Participatie TEAM DESIRED 5  -3/5     6.5/5   a  -3..4      0.5..2    a4,b1             2.2,-1.08
# Wmo: R01, R03, R07, R08, R10, R14
#   SELF CURRENT: x -12 - 5 + 0 - 8 - 7.5 - 6 = -38.5; y 4 + 3 + 3.5 - 1 + 4.5 + 0 = 14
Wmo          SELF CURRENT 6  -38.5/6  14/6    a  -12..0     -1..4.5   a3,d1,e1,f1       -
#   SELF DESIRED: x -8 - 2 + 2 - 4 - 3 - 5 = -20; y 2 + 1 - 1.5 + 0.5 + 2 + 0 = 4
#   shift: x -20/6 - (-38.5/6) = 37/12; y 4/6 - (14/6) = -5/3
Wmo          SELF DESIRED 6  -20/6    4/6     a  -8..2      -1.5..2   a4,c1,e1          37/12,-5/3
#   TEAM CURRENT: x -10 - 4 + 1 - 6 - 6 - 6.5 = -31.5; y 3 + 2.5 - 0.5 + 0.5 + 3 + 0 = 8.5
Wmo          TEAM CURRENT 6  -31.5/6  8.5/6   a  -10..1     -0.5..3   a4,c1,e1          -
#   TEAM DESIRED: x -6 - 1 + 3 - 2 - 2 - 5 = -13; y 2 + 1.5 - 1 + 1 + 2 + 0 = 5.5
#   shift: x -13/6 - (-31.5/6) = 37/12; y 5.5/6 - (8.5/6) = -0.5
Wmo          TEAM DESIRED 6  -13/6    5.5/6   a  -6..3      -1..2     a4,c1,e1          37/12,-0.5
# (none): R05, R11
#   SELF CURRENT: x -2.5 - 1.5 = -4; y 1.5 - 2 = -0.5
-            SELF CURRENT 2  -4/2     -0.5/2  d  -2.5..-1.5 -2..1.5   a1,d1             -
#   SELF DESIRED: x 0 + 1 = 1; y 0.5 - 1 = -0.5
#   shift: x 1/2 - (-4/2) = 2.5; y -0.5/2 - (-0.5/2) = 0
-            SELF DESIRED 2  1/2      -0.5/2  c  0..1       -1..0.5   c1,f1             2.5,0
#   TEAM CURRENT: x -2 + 0 = -2; y 1.5 + 0 = 1.5
-            TEAM CURRENT 2  -2/2     1.5/2   a  -2..0      0..1.5    a1,ef1            -
#   TEAM DESIRED: x 1 + 2 = 3; y 0.5 + 0 = 0.5
#   shift: x 3/2 - (-2/2) = 2.5; y 0.5/2 - (1.5/2) = -0.5
-            TEAM DESIRED 2  3/2      0.5/2   b  1..2       0..0.5    b1,e1             2.5,-0.5
`;

const CLASSES = ["a", "b", "c", "d", "e", "f", "ef"] as const;

/** The checked fields of a row, with decimals as strings so a failure shows a readable diff. */
function view(row: PositionSummaryRow) {
  return {
    row: `${row.group ?? "-"} ${row.subject} ${row.horizon}`,
    n: row.n,
    mean: [row.meanX.toString(), row.meanY.toString()],
    quadrantClass: row.quadrantClass,
    x: [row.minX.toString(), row.maxX.toString()],
    y: [row.minY.toString(), row.maxY.toString()],
    counts: row.quadrantCounts,
    shift: row.shift ? [row.shift.x.toString(), row.shift.y.toString()] : null,
  };
}

function expectedRows(table: string): ReturnType<typeof view>[] {
  return table
    .split("\n")
    .filter((line) => line.trim() !== "" && !line.startsWith("#"))
    .map((line) => {
      const [group, subject, horizon, n, meanX, meanY, cls, x, y, counts, shift] =
        line.split(/\s+/);
      const perClass = Object.fromEntries(CLASSES.map((c) => [c, 0]));
      for (const entry of counts.split(",")) {
        const [, c, count] = /^([a-z]+)(\d+)$/.exec(entry) ?? [];
        perClass[c] = Number(count);
      }
      return {
        row: `${group} ${subject} ${horizon}`,
        n: Number(n),
        mean: [fraction(meanX), fraction(meanY)],
        quadrantClass: cls,
        x: x.split("..").map(fraction),
        y: y.split("..").map(fraction),
        counts: perClass,
        shift: shift === "-" ? null : shift.split(",").map(fraction),
      };
    });
}

function summarise(groupBy: PositionGrouping): PositionSummaryRow[] {
  return summarisePositions(zwolleResponses(), { groupBy, codes: MODEL_A_CODES });
}

function find(rows: PositionSummaryRow[], name: string): PositionSummaryRow {
  const row = rows.find((r) => `${r.group ?? "-"} ${r.subject} ${r.horizon}` === name);
  if (!row) throw new Error(`no row ${name}`);
  return row;
}

describe("summarisePositions on a Zwolle-like survey (14 professionals, 5 teams)", () => {
  it("has 56 responses", () => {
    expect(zwolleResponses()).toHaveLength(56);
  });

  it.each([
    ["NONE", OVERALL],
    ["TEAM", PER_TEAM],
    ["SPECIALISM", PER_SPECIALISM],
  ] as const)("groupBy %s gives the hand-computed rows, in order", (groupBy, table) => {
    expect(summarise(groupBy).map(view)).toEqual(expectedRows(table));
  });

  it("reproduces the published means: own now (-4.1, 1.8), team now (-3.5, 1.6)", () => {
    const rows = summarise("NONE");
    const own = find(rows, "- SELF CURRENT");
    const team = find(rows, "- TEAM CURRENT");
    // Exact, not merely rounded: -57.4 / 14 ends.
    expect([own.meanX.toString(), own.meanY.toString()]).toEqual(["-4.1", "1.8"]);
    expect([team.meanX.toString(), team.meanY.toString()]).toEqual(["-3.5", "1.6"]);
    expect([own.minX.toString(), own.maxX.toString()]).toEqual(["-12", "5"]);
  });

  it("keeps 40 significant digits of a mean that does not end (Wmo own now: -38.5 / 6)", () => {
    const wmo = find(summarise("SPECIALISM"), "Wmo SELF CURRENT");
    expect(wmo.meanX.toString()).toBe("-6.416666666666666666666666666666666666667");
    expect(wmo.meanY.toString()).toBe("2.333333333333333333333333333333333333333");
    expect([formatCoordinate(wmo.meanX), formatCoordinate(wmo.meanY)]).toEqual(["-6.4", "2.3"]);
  });

  it("shows means to one decimal, half away from zero", () => {
    const bySpecialism = summarise("SPECIALISM");
    // Jeugd team now: -19.5 / 6 = -3.25 -> "-3.3"; 10.5 / 6 = 1.75 -> "1.8".
    const jeugd = find(bySpecialism, "Jeugd TEAM CURRENT");
    expect([formatCoordinate(jeugd.meanX), formatCoordinate(jeugd.meanY)]).toEqual(["-3.3", "1.8"]);
    // No specialism, own now: y -0.5 / 2 = -0.25 -> "-0.3".
    expect(formatCoordinate(find(bySpecialism, "- SELF CURRENT").meanY)).toBe("-0.3");
    // Zwolle-Zuid own now: -12.4 / 3 = -4.1333… -> "-4.1"; 5.2 / 3 = 1.7333… -> "1.7".
    const zuid = find(summarise("TEAM"), "Zwolle-Zuid SELF CURRENT");
    expect([formatCoordinate(zuid.meanX), formatCoordinate(zuid.meanY)]).toEqual(["-4.1", "1.7"]);
  });

  it("classes a team mean that is exactly on an axis as e or f", () => {
    const byTeam = summarise("TEAM");
    // Holtenbroek own desired: y 1 - 1.5 + 0.5 = 0 -> on the x axis.
    expect(find(byTeam, "Holtenbroek SELF DESIRED").quadrantClass).toBe("e");
    // Diezerpoort team desired: x -1 + 0 + 1 = 0 -> on the y axis.
    expect(find(byTeam, "Diezerpoort TEAM DESIRED").quadrantClass).toBe("f");
  });

  it("gives an exact zero shift, not a tiny float (no specialism, own: y -0.25 -> -0.25)", () => {
    const shift = find(summarise("SPECIALISM"), "- SELF DESIRED").shift;
    expect(shift?.y.isZero()).toBe(true);
    expect(shift?.y.toString()).toBe("0");
  });

  it("reports the mode, the smallest value on a tie, and all tied values", () => {
    const rows = summarise("NONE");
    const modes = (name: string) => {
      const row = find(rows, name);
      return {
        modeX: row.modeX.toString(),
        modesX: row.modesX.map(String),
        modeY: row.modeY.toString(),
        modesY: row.modesY.map(String),
      };
    };
    // Own now: x -6 twice (R02, R14), everything else once; y 0, 2 and 3 each twice.
    expect(modes("- SELF CURRENT")).toEqual({
      modeX: "-6",
      modesX: ["-6"],
      modeY: "0",
      modesY: ["0", "2", "3"],
    });
    // Team now: x -6, -5 and -3 each twice; y 2 (R02, R06, R09) and 3 (R01, R10, R13) three times.
    expect(modes("- TEAM CURRENT")).toEqual({
      modeX: "-6",
      modesX: ["-6", "-5", "-3"],
      modeY: "2",
      modesY: ["2", "3"],
    });
    // Own desired: x -2 (R02, R03, R12) and -1 (R04, R09, R13) three times; y 1 five times.
    expect(modes("- SELF DESIRED")).toEqual({
      modeX: "-2",
      modesX: ["-2", "-1"],
      modeY: "1",
      modesY: ["1"],
    });
  });
});
