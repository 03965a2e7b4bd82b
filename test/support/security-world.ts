import { mkdir, writeFile } from "node:fs/promises";
import { reportFile } from "../../api/accountability/report-files";
import { createProvision, MODEL_A_ID, ownModelInput, place } from "./quadrant-fixtures";
import { recordSupport } from "./registration-fixtures";
import { twoMunicipalities } from "./security-fixtures";
import type { TestServer } from "./test-server";

/** Ids of one municipality's master data, registrations, survey, jobs and export. */
export interface MunicipalData {
  label: string;
  stakeholderIds: { resident: string; wmo: string };
  priceListId: string;
  priceItemIds: string[];
  /** A price item code only this municipality's list has (priced 999 an hour). */
  onlyCode: string;
  provisionId: string;
  modelId: string;
  arrangementId: string;
  activityId: string;
  outcomeId: string;
  surveyId: string;
  importJobId: string;
  reportExportId: string;
}

const MUTATE = {
  stakeholder: `mutation($input: CreateStakeholderInput!) { createStakeholder(input: $input) { id } }`,
  priceList: `mutation($input: CreatePriceListInput!) { createPriceList(input: $input) { id } }`,
  items: `mutation($id: ID!, $items: [PriceItemInput!]!) { addPriceItems(priceListId: $id, items: $items) { version items { id } } }`,
  publish: `mutation($id: ID!, $v: Int!) { publishPriceList(id: $id, version: $v) { id } }`,
  model: `mutation($input: CreateQuadrantModelInput!) { createQuadrantModel(input: $input) { id } }`,
  arrangement: `mutation($input: CreateArrangementInput!) { createArrangement(input: $input) { id } }`,
  apply: `mutation($input: ApplyArrangementInput!) { applyArrangement(input: $input) { id } }`,
  outcome: `mutation($input: RecordOutcomeInput!) { recordOutcome(input: $input) { id } }`,
  assessment: `mutation($input: RecordAssessmentInput!) { recordAssessment(input: $input) { id } }`,
  survey: `mutation($input: CreatePositionSurveyInput!) { createPositionSurvey(input: $input) { id } }`,
  responses: `mutation($id: ID!, $r: [PositionResponseInput!]!) { addPositionResponses(surveyId: $id, responses: $r) { id } }`,
  index: `mutation($m: ID, $name: String!, $values: [PriceIndexValueInput!]!) { setPriceIndex(municipalityId: $m, name: $name, values: $values) { name } }`,
};

/**
 * Gives one municipality everything an attack could reach: stakeholders, a published price list,
 * a provision placed in model A and in an own model, an arrangement applied to the case,
 * priced support through the provision, a valued outcome, two assessments, a positioning
 * survey, an own price-index series, an import job and a finished export (its file written to
 * `exportDir`). `hours` and `x` differ between the municipalities, so that any total or mean
 * that mixed them would show.
 */
export async function municipalData(
  t: TestServer,
  m: { id: string; label: string; districtId: string; teamId: string; caseId: string },
  figures: { hours: string; x: string; exportDir?: string },
): Promise<MunicipalData> {
  const { id: municipalityId, label } = m;
  const prefix = label.slice(0, 2).toUpperCase();
  const stakeholder = async (code: string, kind: string, name: string) =>
    (await t.ok(MUTATE.stakeholder, { input: { municipalityId, code, kind, name } }))
      .createStakeholder.id as string;
  const resident = await stakeholder("INW", "RESIDENT", `Inwoners ${label}`);
  const wmo = await stakeholder("WMO", "MUNICIPALITY_WMO", `Wmo ${label}`);

  const priceListId = (
    await t.ok(MUTATE.priceList, {
      input: { municipalityId, name: `Prijslijst ${label}`, validFrom: "2025-01-01" },
    })
  ).createPriceList.id as string;
  const onlyCode = `${prefix}_ONLY`;
  const item = (
    code: string,
    unit: string,
    price: string,
    bearerCode: string,
    valueType: string,
  ) => ({
    code,
    name: `${code} ${label}`,
    unit,
    price,
    bearerCode,
    valueType,
    priceYear: 2025,
    grade: "A",
    source: `Bron ${label}`,
  });
  const filled = (
    await t.ok(MUTATE.items, {
      id: priceListId,
      items: [
        item("UUR", "HOUR", "80.00", "WMO", "FISCAL"),
        item("BATEN", "YEAR", "1000.00", "INW", "SOCIAL"),
        item(onlyCode, "HOUR", "999.00", "WMO", "FISCAL"),
      ],
    })
  ).addPriceItems;
  await t.ok(MUTATE.publish, { id: priceListId, v: filled.version });

  const provision = await createProvision(t, municipalityId, `Budgetcursus ${label}`, [
    m.districtId,
  ]);
  const modelId = (
    await t.ok(MUTATE.model, { input: ownModelInput(municipalityId, `Model ${label}`) })
  ).createQuadrantModel.id as string;
  await place(t, provision.id, MODEL_A_ID, "5", "5");
  await place(t, provision.id, modelId, "3", "3");

  const arrangementId = (
    await t.ok(MUTATE.arrangement, {
      input: {
        municipalityId,
        teamId: m.teamId,
        name: `Arrangement ${label}`,
        goal: "CONNECT_REQUESTS",
        form: "GROUP_OFFER",
        components: [{ provisionId: provision.id, collective: true, plannedHoursPerMonth: "4" }],
      },
    })
  ).createArrangement.id as string;
  await t.ok(MUTATE.apply, {
    input: { caseId: m.caseId, arrangementId, startedOn: "2025-01-13" },
  });
  const activity = await recordSupport(t, {
    caseId: m.caseId,
    activityDate: "2025-02-03",
    provisionId: provision.id,
    role: "SOCIAL_WORKER",
    hours: figures.hours,
    priceItemCode: "UUR",
    arrangementId,
  });
  const outcomeId = (
    await t.ok(MUTATE.outcome, {
      input: {
        caseId: m.caseId,
        outcomeDate: "2025-03-01",
        description: `Schulden stabiel ${label}`,
        priceItemCode: "BATEN",
        quantity: "1",
        durationYears: 1,
        beneficiaryId: resident,
      },
    })
  ).recordOutcome.id as string;
  for (const [assessedOn, score] of [
    ["2025-01-13", 2],
    ["2025-06-01", 4],
  ] as const) {
    await t.ok(MUTATE.assessment, {
      input: { caseId: m.caseId, assessedOn, scores: [{ domain: "INCOME_DEBTS", score }] },
    });
  }

  const surveyId = (
    await t.ok(MUTATE.survey, {
      input: {
        modelId: MODEL_A_ID,
        title: `Positiebepaling ${label}`,
        date: "2025-03-01",
        teamIds: [m.teamId],
      },
    })
  ).createPositionSurvey.id as string;
  await t.ok(MUTATE.responses, {
    id: surveyId,
    r: (["CURRENT", "DESIRED"] as const).map((horizon) => ({
      respondent: `${prefix}-R1`,
      teamId: m.teamId,
      subject: "SELF",
      horizon,
      x: figures.x,
      y: "2",
    })),
  });
  await t.ok(MUTATE.index, {
    m: municipalityId,
    name: `Index ${label}`,
    values: [
      { year: 2024, value: "100" },
      { year: 2025, value: "103" },
    ],
  });

  const db = t.database.dataSource;
  const [job] = await db.query(
    `INSERT INTO import_job (municipality_id, kind, filename, status) VALUES ($1, 'CASES', $2, 'FAILED') RETURNING id`,
    [municipalityId, `zaken-${label}.csv`],
  );
  const [report] = await db.query(
    `INSERT INTO report_export (municipality_id, language, filter, status, finished_at)
     VALUES ($1, 'NL', '{}', 'SUCCEEDED', now()) RETURNING id`,
    [municipalityId],
  );
  if (figures.exportDir) {
    await mkdir(figures.exportDir, { recursive: true });
    await writeFile(reportFile(figures.exportDir, report.id, "xlsx"), `workbook ${label}`);
    await writeFile(reportFile(figures.exportDir, report.id, "csv"), `reference;team\n${label}`);
  }
  return {
    label,
    stakeholderIds: { resident, wmo },
    priceListId,
    priceItemIds: filled.items.map((i: { id: string }) => i.id),
    onlyCode,
    provisionId: provision.id,
    modelId,
    arrangementId,
    activityId: activity.id,
    outcomeId,
    surveyId,
    importJobId: job.id,
    reportExportId: report.id,
  };
}

/**
 * twoMunicipalities with master data, registrations, a survey, jobs and an export on both
 * sides: the own side is the control that must show its data; the foreign side must never.
 * Zwolle registers 2 priced hours at x −4, Utrecht 7 at x 8.
 */
export async function richWorld(t: TestServer, exportDir?: string) {
  const w = await twoMunicipalities(t);
  const ownData = await municipalData(
    t,
    {
      id: w.own.id,
      label: "Zwolle",
      districtId: w.own.district.id,
      teamId: w.own.team.id,
      caseId: w.ownCase.id,
    },
    { hours: "2", x: "-4", exportDir },
  );
  const foreignData = await municipalData(
    t,
    {
      id: w.foreign.id,
      label: "Utrecht",
      districtId: w.foreign.district.id,
      teamId: w.foreign.team.id,
      caseId: w.foreignCase.id,
    },
    { hours: "7", x: "8", exportDir },
  );
  return { ...w, ownData, foreignData };
}

export type RichWorld = Awaited<ReturnType<typeof richWorld>>;

/** Every id and name of Utrecht's data: none may appear in an answer to Zwolle. */
export function foreignSecrets(w: RichWorld): string[] {
  const d = w.foreignData;
  return [
    "Utrecht",
    "GM0344",
    "UT-2025-0001",
    "Overvecht",
    "Mohamed",
    "UT_ONLY",
    "UT-R1",
    w.foreign.id,
    w.foreign.team.id,
    w.foreign.district.id,
    w.foreign.member.id,
    w.foreignCase.id,
    w.foreignActivity.id,
    w.foreignOutcome.id,
    d.priceListId,
    ...d.priceItemIds,
    d.provisionId,
    d.modelId,
    d.arrangementId,
    d.activityId,
    d.outcomeId,
    d.surveyId,
    d.importJobId,
    d.reportExportId,
    d.stakeholderIds.resident,
    d.stakeholderIds.wmo,
  ];
}
