import type { PositionResponse } from "../../../../calculators/quadrant";

/**
 * A made-up positioning survey shaped like the published Zwolle example (Hogeschool Viaa,
 * 2018–19): 14 professionals in five teams each placed a button four times on Model A
 * (x individueel − … collectief +, y informeel − … formeel +, measured in cm from the origin).
 * Designed so that own position now averages (−4.1, 1.8) and team position now (−3.5, 1.6),
 * with x from −12 (only individual) to +5, as published.
 *
 * Specialisms: Wmo, Jeugd, Participatie; R03, R07, R09 and R10 carry several, R05 and R11 none.
 * On-axis answers on purpose: R04/R14 own now on the x axis (e), R07 own now on the y axis (f),
 * R11 team now at the origin (ef).
 */
export const ZWOLLE_SURVEY = `
# resp team         specialisms              own now      own desired  team now     team desired
#                                               x     y      x     y      x     y      x     y
R01  Aa-landen    Wmo                       -12.0   4.0   -8.0   2.0  -10.0   3.0   -6.0   2.0
R02  Aa-landen    Jeugd                      -6.0   2.0   -2.0   1.0   -5.0   2.0   -2.0   1.0
R03  Diezerpoort  Wmo,Participatie           -5.0   3.0   -2.0   1.0   -4.0   2.5   -1.0   1.5
R04  Diezerpoort  Jeugd                      -4.5   0.0   -1.0  -1.0   -3.0   1.0    0.0   1.0
R05  Diezerpoort  -                          -2.5   1.5    0.0   0.5   -2.0   1.5    1.0   0.5
R06  Holtenbroek  Participatie                5.0   2.5    5.0   1.0    4.0   2.0    4.0   1.5
R07  Holtenbroek  Wmo,Jeugd                   0.0   3.5    2.0  -1.5    1.0  -0.5    3.0  -1.0
R08  Holtenbroek  Wmo                        -8.0  -1.0   -4.0   0.5   -6.0   0.5   -2.0   1.0
R09  Stadshagen   Jeugd,Participatie         -3.0   2.0   -1.0   1.0   -3.0   2.0   -1.0   1.0
R10  Stadshagen   Wmo,Jeugd,Participatie     -7.5   4.5   -3.0   2.0   -6.0   3.0   -2.0   2.0
R11  Stadshagen   -                          -1.5  -2.0    1.0  -1.0    0.0   0.0    2.0   0.0
R12  Zwolle-Zuid  Participatie               -4.0   2.2   -2.0   1.0   -5.0   2.4   -3.0   0.5
R13  Zwolle-Zuid  Jeugd                      -2.4   3.0   -1.0   0.5   -3.5   3.0   -2.0   0.2
R14  Zwolle-Zuid  Wmo                        -6.0   0.0   -5.0   0.0   -6.5   0.0   -5.0   0.0
`;

const COLUMNS: readonly (readonly [PositionResponse["subject"], PositionResponse["horizon"]])[] = [
  ["SELF", "CURRENT"],
  ["SELF", "DESIRED"],
  ["TEAM", "CURRENT"],
  ["TEAM", "DESIRED"],
];

/** Parses a survey table: respondent, team, specialisms ("-" for none), then four x y pairs. */
export function parseSurvey(table: string): PositionResponse[] {
  return table
    .split("\n")
    .map((line) => line.trim())
    .filter((line) => line !== "" && !line.startsWith("#"))
    .flatMap((line) => {
      const [respondent, team, specialisms, ...coordinates] = line.split(/\s+/);
      if (coordinates.length !== 2 * COLUMNS.length) throw new Error(`bad survey line: ${line}`);
      return COLUMNS.map(([subject, horizon], column) => ({
        respondent,
        team,
        specialisms: specialisms === "-" ? [] : specialisms.split(","),
        subject,
        horizon,
        x: coordinates[2 * column],
        y: coordinates[2 * column + 1],
      }));
    });
}

/** The 56 responses (14 respondents × 4 buttons) of {@link ZWOLLE_SURVEY}. */
export function zwolleResponses(): PositionResponse[] {
  return parseSurvey(ZWOLLE_SURVEY);
}
