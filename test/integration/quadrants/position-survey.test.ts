import ExcelJS from "exceljs";
import { startTestServer, type TestServer } from "../../support/test-server";
import { createMunicipality, createTeam } from "../../support/organisation-fixtures";
import { MODEL_A_ID, MODEL_B_ID } from "../../support/quadrant-fixtures";
import { zwolleResponses } from "../../unit/calculators/quadrant/zwolle-survey";

const SUMMARY = `query($id: ID!, $groupBy: PositionGrouping) { positionSurvey(id: $id) { respondentCount
  summary(groupBy: $groupBy) { group subject horizon n meanX meanY exactMeanX minX maxX minY maxY modeX modeY
    quadrantClass quadrantCounts { quadrantClass count } shift { x y exactX } } } }`;

const TEAMS = ["Aa-landen", "Diezerpoort", "Holtenbroek", "Stadshagen", "Zwolle-Zuid"];

async function responseCount(t: TestServer): Promise<number> {
  const [row] = await t.database.dataSource.query(
    "SELECT count(*)::int AS n FROM position_response",
  );
  return row.n;
}

function counts(row: any): Record<string, number> {
  return Object.fromEntries(row.quadrantCounts.map((c: any) => [c.quadrantClass, c.count]));
}

describe("positioning surveys", () => {
  let t: TestServer;
  let municipalityId: string;
  let teamIds: Record<string, string>;

  beforeAll(async () => {
    t = await startTestServer();
  });
  afterAll(() => t.stop());
  beforeEach(async () => {
    await t.reset();
    municipalityId = (await createMunicipality(t, "GM0193", "Zwolle")).id;
    teamIds = {};
    for (const name of TEAMS) teamIds[name] = (await createTeam(t, municipalityId, name, [])).id;
  });

  async function createSurvey(
    title = "Positiebepaling Zwolle 2019",
    modelId = MODEL_A_ID,
    teams = TEAMS,
  ) {
    const data = await t.ok(
      `mutation($input: CreatePositionSurveyInput!) { createPositionSurvey(input: $input) { id title date model { name } teams { name } } }`,
      {
        input: { modelId, title, date: "2019-03-14", teamIds: teams.map((name) => teamIds[name]) },
      },
    );
    return data.createPositionSurvey;
  }

  function zwolleInput() {
    return zwolleResponses().map((r) => ({
      respondent: r.respondent,
      teamId: teamIds[r.team as string],
      specialisms: r.specialisms,
      subject: r.subject,
      horizon: r.horizon,
      x: r.x,
      y: r.y,
    }));
  }

  it("reproduces the hand-computed survey of 14 respondents in five teams", async () => {
    const survey = await createSurvey();
    expect(survey.teams.map((team: any) => team.name)).toEqual(TEAMS);
    await t.ok(
      `mutation($id: ID!, $r: [PositionResponseInput!]!) { addPositionResponses(surveyId: $id, responses: $r) { id } }`,
      {
        id: survey.id,
        r: zwolleInput(),
      },
    );

    const overall = (await t.ok(SUMMARY, { id: survey.id })).positionSurvey;
    expect(overall.respondentCount).toBe(14);
    expect(overall.summary).toHaveLength(4);
    const [ownNow, ownDesired, teamNow] = overall.summary;
    // Own now: Σx = −57.4 → −4.1; Σy = 25.2 → 1.8; class a; x −12…5, y −2…4.5;
    // x −6 twice (R02, R14); y 0, 2 and 3 twice each → the smallest, 0.
    expect(ownNow).toMatchObject({
      group: null,
      subject: "SELF",
      horizon: "CURRENT",
      n: 14,
      meanX: "-4.1",
      meanY: "1.8",
      exactMeanX: "-4.1",
      minX: "-12.0",
      maxX: "5.0",
      minY: "-2.0",
      maxY: "4.5",
      modeX: "-6.0",
      modeY: "0.0",
      quadrantClass: "a",
      shift: null,
    });
    // a: R01 R02 R03 R05 R09 R10 R12 R13; b: R06; d: R08 R11; e: R04 R14; f: R07.
    expect(counts(ownNow)).toEqual({ a: 8, b: 1, c: 0, d: 2, e: 2, f: 1, ef: 0 });
    // Own desired: Σx = −21 → −1.5, Σy = 7 → 0.5; shift (−1.5 − −4.1, 0.5 − 1.8) = (2.6, −1.3).
    expect(ownDesired).toMatchObject({
      horizon: "DESIRED",
      meanX: "-1.5",
      meanY: "0.5",
      shift: { x: "2.6", y: "-1.3", exactX: "2.6" },
    });
    expect(teamNow).toMatchObject({
      subject: "TEAM",
      horizon: "CURRENT",
      meanX: "-3.5",
      meanY: "1.6",
      quadrantClass: "a",
    });

    const byTeam = (await t.ok(SUMMARY, { id: survey.id, groupBy: "TEAM" })).positionSurvey.summary;
    expect(byTeam).toHaveLength(20);
    // Zwolle-Zuid own now: R12 (−4, 2.2), R13 (−2.4, 3), R14 (−6, 0): Σx −12.4/3 = −4.133…, Σy 5.2/3 = 1.733….
    const zuid = byTeam.find(
      (r: any) => r.group === "Zwolle-Zuid" && r.subject === "SELF" && r.horizon === "CURRENT",
    );
    expect(zuid).toMatchObject({
      n: 3,
      meanX: "-4.1",
      meanY: "1.7",
      quadrantClass: "a",
      minX: "-6.0",
      maxY: "3.0",
    });
    expect(counts(zuid)).toEqual({ a: 2, b: 0, c: 0, d: 0, e: 1, f: 0, ef: 0 });
    // Holtenbroek own desired: R06 (5, 1), R07 (2, −1.5), R08 (−4, 0.5): Σx 3 → 1, Σy 0 → exactly on the x axis.
    const holtenbroek = byTeam.find(
      (r: any) => r.group === "Holtenbroek" && r.subject === "SELF" && r.horizon === "DESIRED",
    );
    expect(holtenbroek).toMatchObject({ meanX: "1.0", meanY: "0.0", quadrantClass: "e" });

    const bySpecialism = (await t.ok(SUMMARY, { id: survey.id, groupBy: "SPECIALISM" }))
      .positionSurvey.summary;
    // Wmo own now: R01, R03, R07, R08, R10, R14 (several specialisms count in each): Σx −38.5/6, Σy 14/6.
    const wmo = bySpecialism.find(
      (r: any) => r.group === "Wmo" && r.subject === "SELF" && r.horizon === "CURRENT",
    );
    expect(wmo).toMatchObject({
      n: 6,
      meanX: "-6.4",
      meanY: "2.3",
      exactMeanX: "-6.416666666666666666666666666666666666667",
    });
    const groups = [...new Set(bySpecialism.map((r: any) => r.group))];
    expect(groups).toEqual(["Jeugd", "Participatie", "Wmo", null]);
  });

  it("classes a mean of exactly zero as on the axis where binary floating point would not", async () => {
    const survey = await createSurvey("Drie knoppen", MODEL_B_ID, ["Holtenbroek"]);
    const rows = [
      ["R1", "0.1"],
      ["R2", "0.2"],
      ["R3", "-0.3"],
    ].map(([respondent, x]) => ({
      respondent,
      teamId: teamIds.Holtenbroek,
      subject: "SELF",
      horizon: "CURRENT",
      x,
      y: "2",
    }));
    expect(0.1 + 0.2 - 0.3).not.toBe(0);
    await t.ok(
      `mutation($id: ID!, $r: [PositionResponseInput!]!) { addPositionResponses(surveyId: $id, responses: $r) { id } }`,
      {
        id: survey.id,
        r: rows,
      },
    );
    const [row] = (await t.ok(SUMMARY, { id: survey.id })).positionSurvey.summary;
    expect(row).toMatchObject({ meanX: "0.0", exactMeanX: "0", quadrantClass: "f" });
    // (0.1, 2) and (0.2, 2) lie in IV (top right), (−0.3, 2) in II (top left).
    expect(counts(row)).toEqual({ II: 1, IV: 2, III: 0, I: 0, e: 0, f: 0, ef: 0 });
  });

  it("refuses out-of-scale and malformed rows, naming the row, and writes none of them", async () => {
    const survey = await createSurvey();
    const rows = zwolleInput().slice(0, 6);
    rows[2] = { ...rows[2], x: "-15.5" };
    rows[4] = { ...rows[4], respondent: "123456782" };
    const result = await t.gql(
      `mutation($id: ID!, $r: [PositionResponseInput!]!) { addPositionResponses(surveyId: $id, responses: $r) { id } }`,
      { id: survey.id, r: rows },
    );
    expect(result.errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
    expect(result.errors?.[0].message).toMatch(
      /^responses\[2\]\.x: x = -15.5 lies outside the x axis \[-15, 15\]/,
    );
    expect(result.errors?.[0].message).toMatch(
      /responses\[4\]\.respondent: must be a pseudonymous key/,
    );
    expect(await responseCount(t)).toBe(0);

    const other = await createMunicipality(t, "GM0344", "Utrecht");
    const foreignTeam = await createTeam(t, other.id, "Buurtteam Sociaal Overvecht", []);
    const foreign = await t.gql(
      `mutation($id: ID!, $r: [PositionResponseInput!]!) { addPositionResponses(surveyId: $id, responses: $r) { id } }`,
      { id: survey.id, r: [{ ...zwolleInput()[0], teamId: foreignTeam.id }] },
    );
    expect(foreign.errors?.[0].message).toMatch(
      /^responses\[0\]\.teamId: is not a team of this municipality/,
    );

    await t.ok(
      `mutation($id: ID!, $r: [PositionResponseInput!]!) { addPositionResponses(surveyId: $id, responses: $r) { id } }`,
      {
        id: survey.id,
        r: zwolleInput().slice(0, 4),
      },
    );
    const twice = await t.gql(
      `mutation($id: ID!, $r: [PositionResponseInput!]!) { addPositionResponses(surveyId: $id, responses: $r) { id } }`,
      { id: survey.id, r: zwolleInput().slice(3, 5) },
    );
    expect(twice.errors?.[0].message).toMatch(
      /^responses\[0\]\.respondent: already has a TEAM DESIRED response/,
    );
    expect(await responseCount(t)).toBe(4);
  });

  it("imports a Dutch CSV with semicolons and decimal commas, all rows or none", async () => {
    const survey = await createSurvey();
    const csv = [
      "Respondent;Team;Specialismen;Onderwerp;Moment;x;y",
      "R01;Aa-landen;Wmo;eigen;nu;-12,0;4",
      "R01;Aa-landen;Wmo;eigen;gewenst;-8;2",
      "R02;Diezerpoort;Jeugd, Participatie;team;nu;−3,5;1,5",
    ].join("\n");
    const file = { filename: "positie.csv", contentBase64: Buffer.from(csv).toString("base64") };
    const report = await t.ok(
      `mutation($id: ID!, $file: ImportFileInput!) { importPositionResponses(surveyId: $id, file: $file) { rowsRead rowsImported problems { row column value reason } } }`,
      { id: survey.id, file },
    );
    expect(report.importPositionResponses).toEqual({ rowsRead: 3, rowsImported: 3, problems: [] });
    const stored = await t.ok(
      `query($id: ID!) { positionSurvey(id: $id) { responses { respondent team { name } specialisms subject horizon x y } } }`,
      {
        id: survey.id,
      },
    );
    expect(stored.positionSurvey.responses).toContainEqual({
      respondent: "R02",
      team: { name: "Diezerpoort" },
      specialisms: ["Jeugd", "Participatie"],
      subject: "TEAM",
      horizon: "CURRENT",
      x: "-3.5",
      y: "1.5",
    });

    const bad = [
      "respondent,team,subject,horizon,x,y",
      "R03,Diezerpoort,SELF,CURRENT,-5,3",
      "R04,Onbekend team,SELF,CURRENT,-4.5,0",
      "R05,Diezerpoort,SELF,LATER,abc,99",
    ].join("\n");
    const refused = await t.ok(
      `mutation($id: ID!, $file: ImportFileInput!) { importPositionResponses(surveyId: $id, file: $file) { rowsRead rowsImported problems { row column value reason } } }`,
      {
        id: survey.id,
        file: { filename: "bad.csv", contentBase64: Buffer.from(bad).toString("base64") },
      },
    );
    expect(refused.importPositionResponses.rowsImported).toBe(0);
    expect(refused.importPositionResponses.problems).toEqual([
      {
        row: 3,
        column: "team",
        value: "Onbekend team",
        reason: "is not a team of this municipality",
      },
      { row: 4, column: "horizon", value: "LATER", reason: "must be CURRENT or DESIRED" },
      {
        row: 4,
        column: "x",
        value: "abc",
        reason: "must be a decimal number with at most two decimals, e.g. -4.5",
      },
      { row: 4, column: "y", value: "99", reason: "y = 99 lies outside the y axis [-15, 15]" },
    ]);
    expect(await responseCount(t)).toBe(3);

    const again = await t.ok(
      `mutation($id: ID!, $file: ImportFileInput!) { importPositionResponses(surveyId: $id, file: $file) { rowsImported problems { row column reason } } }`,
      { id: survey.id, file },
    );
    expect(again.importPositionResponses.problems[0]).toEqual({
      row: 2,
      column: "respondent",
      reason: "already has a SELF CURRENT response in this survey",
    });
    expect(await responseCount(t)).toBe(3);
  });

  it("imports an XLSX workbook and reports a missing column", async () => {
    const survey = await createSurvey();
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("Antwoorden");
    sheet.addRow(["respondent", "team", "specialisms", "subject", "horizon", "x", "y"]);
    sheet.addRow(["R06", "Holtenbroek", "Participatie", "SELF", "CURRENT", 5, 2.5]);
    sheet.addRow(["R07", "Holtenbroek", "Wmo;Jeugd", "SELF", "CURRENT", 0, 3.5]);
    const content = Buffer.from(await workbook.xlsx.writeBuffer()).toString("base64");
    const report = await t.ok(
      `mutation($id: ID!, $file: ImportFileInput!) { importPositionResponses(surveyId: $id, file: $file) { rowsImported problems { row column } } }`,
      { id: survey.id, file: { filename: "antwoorden.xlsx", contentBase64: content } },
    );
    expect(report.importPositionResponses).toEqual({ rowsImported: 2, problems: [] });
    const [row] = (await t.ok(SUMMARY, { id: survey.id })).positionSurvey.summary;
    expect(row).toMatchObject({ n: 2, meanX: "2.5", meanY: "3.0", quadrantClass: "b" });

    const noY = Buffer.from("respondent,subject,horizon,x\nR08,SELF,CURRENT,1").toString("base64");
    const missing = await t.ok(
      `mutation($id: ID!, $file: ImportFileInput!) { importPositionResponses(surveyId: $id, file: $file) { rowsImported problems { row column reason } } }`,
      { id: survey.id, file: { filename: "x.csv", contentBase64: noY } },
    );
    expect(missing.importPositionResponses.problems).toEqual([
      { row: 1, column: "y", reason: "column is missing from the header" },
    ]);
    const notAFile = await t.gql(
      `mutation($id: ID!, $file: ImportFileInput!) { importPositionResponses(surveyId: $id, file: $file) { rowsImported } }`,
      { id: survey.id, file: { filename: "x.pdf", contentBase64: noY } },
    );
    expect(notAFile.errors?.[0].message).toBe("file.filename: must end in .csv or .xlsx");
  });

  it("refuses a survey on a model or team it may not use", async () => {
    const result = await t.gql(
      `mutation($input: CreatePositionSurveyInput!) { createPositionSurvey(input: $input) { id } }`,
      { input: { modelId: MODEL_A_ID, title: "Zonder teams" } },
    );
    expect(result.errors?.[0].message).toBe(
      "municipalityId: is needed when no teams are given and the model is built in",
    );
    const unknown = await t.gql(
      `mutation($input: CreatePositionSurveyInput!) { createPositionSurvey(input: $input) { id } }`,
      {
        input: {
          modelId: "9b2f6a52-1d0e-4c55-9a43-0c5b1f1c2d3e",
          title: "X",
          teamIds: [teamIds.Holtenbroek],
        },
      },
    );
    expect(unknown.errors?.[0].extensions?.code).toBe("NOT_FOUND");
    const [row] = await t.database.dataSource.query(
      "SELECT count(*)::int AS n FROM position_survey",
    );
    expect(row.n).toBe(0);
  });
});
