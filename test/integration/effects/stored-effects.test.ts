import { startTestServer, type TestServer } from "../../support/test-server";
import {
  createDistrict,
  createMunicipality,
  createTeam,
} from "../../support/organisation-fixtures";
import { createProvision } from "../../support/quadrant-fixtures";
import { createCase, recordSupport } from "../../support/registration-fixtures";

/*
 * One case, small enough to compute by hand (all prices of 2025, grade A: no optimism bias):
 * - INTERVENTION: 10 team hours at € 80 in January 2025 (first line, borne by the Wmo): € 800;
 * - REFERENCE: 5 hours of specialist mental-health care (a second-line provision) at € 120 a
 *   month in February and March (borne by the health insurer): € 600 + € 600 avoided;
 * - a valued outcome: 1 × € 1,000 a year from April 2025 for one year, deadweight 0.2 and
 *   attribution 0.5, for the resident: € 1,000 × 0.8 × 0.5 = € 400 (no discounting: rate 0).
 * So investment € 800, present value € 1,200 + € 400 = € 1,600, NPV € 800, SROI 2.000, paid
 * back at the end of month 3 (cumulative −800, −200, +400).
 */
const ITEMS = [
  { code: "UUR_TEAM", unit: "HOUR", price: "80.00", bearerCode: "GEM_WMO", valueType: "FISCAL" },
  { code: "GGZ_UUR", unit: "HOUR", price: "120.00", bearerCode: "ZVW", valueType: "FISCAL" },
  {
    code: "WELZIJN_JAAR",
    unit: "YEAR",
    price: "1000.00",
    bearerCode: "INWONER",
    valueType: "SOCIAL",
  },
].map((item) => ({ ...item, name: item.code, priceYear: 2025, grade: "A", source: "test" }));

const STAKEHOLDERS = [
  { code: "GEM_WMO", name: "Gemeente (Wmo 2015)", kind: "MUNICIPALITY_WMO" },
  { code: "ZVW", name: "Zorgverzekeraar (Zvw)", kind: "HEALTH_INSURER" },
  { code: "INWONER", name: "Inwoner", kind: "RESIDENT" },
];

const RESULT = `investment presentValue npv sroiRatio netSroiRatio paybackMonth nominal { costs returns net }
  byStakeholder { stakeholder pays gains net } settingsUsed { baseDate horizonMonths discountRate }`;
const CASE_EFFECT = `query($id: ID!, $settings: StoredEffectSettingsInput) { case(id: $id) {
  effect(settings: $settings) { ${RESULT} timeline(granularity: QUARTER) { period costs returns net cumulative }
    sensitivity { parameter kind low high breakEven } } } }`;
const COMPARE = `query($groupBy: EffectGroupBy!, $filter: CaseFilter, $settings: StoredEffectSettingsInput) {
  effectComparison(groupBy: $groupBy, filter: $filter, settings: $settings) {
    cases pricing { versionNumber reportYear itemsUsed }
    groups { key label cases investment presentValue npv sroiRatio paybackMonth }
    total { label cases investment presentValue npv sroiRatio paybackMonth
      matrix { payer beneficiary value } distribution { npv { n median } }
      timeline { period costs returns cumulative } } } }`;
const SUBSTITUTION = `query($m: ID!, $from: Date!, $to: Date!, $g: TimelineGranularity) {
  substitution(municipalityId: $m, from: $from, to: $to, granularity: $g) {
    rows { period careLayer scenario hours units costs }
    totals { careLayer scenario hours units costs } unpricedActivities pricing { itemsUsed } } }`;

describe("effects of stored cases (hand-computed)", () => {
  let t: TestServer;
  let municipalityId: string;
  let caseId: string;
  let teamId: string;
  const noDiscount = { discountRate: "0" };

  beforeAll(async () => {
    t = await startTestServer();
    municipalityId = (await createMunicipality(t, "GM0344", "Utrecht")).id;
    for (const stakeholder of STAKEHOLDERS) {
      await t.ok(
        `mutation($input: CreateStakeholderInput!) { createStakeholder(input: $input) { id } }`,
        { input: { municipalityId, ...stakeholder } },
      );
    }
    const list = (
      await t.ok(
        `mutation($input: CreatePriceListInput!) { createPriceList(input: $input) { id } }`,
        { input: { municipalityId, name: "Prijslijst", validFrom: "2025-01-01" } },
      )
    ).createPriceList;
    const filled = await t.ok(
      `mutation($id: ID!, $items: [PriceItemInput!]!) { addPriceItems(priceListId: $id, items: $items) { version } }`,
      { id: list.id, items: ITEMS },
    );
    await t.ok(`mutation($id: ID!, $v: Int!) { publishPriceList(id: $id, version: $v) { id } }`, {
      id: list.id,
      v: filled.addPriceItems.version,
    });
    const district = await createDistrict(t, municipalityId, "Overvecht");
    teamId = (await createTeam(t, municipalityId, "Buurtteam Overvecht", [district.id])).id;
    const ggz = await createProvision(t, municipalityId, "Specialistische GGZ", [district.id], {
      kind: "TAILORED",
      access: "BESCHIKKING",
      careLayer: "SECOND_LINE",
    });
    caseId = (
      await createCase(t, teamId, "UT-2025-0001", {
        districtId: district.id,
        openedOn: "2025-01-01",
      })
    ).id;
    await recordSupport(t, {
      caseId,
      activityDate: "2025-01-10",
      role: "SOCIAL_WORKER",
      hours: "10",
      priceItemCode: "UUR_TEAM",
    });
    await recordSupport(t, {
      caseId,
      scenario: "REFERENCE",
      activityDate: "2025-02-01",
      provisionId: ggz.id,
      units: "5",
      recurMonths: 2,
      priceItemCode: "GGZ_UUR",
    });
    await t.ok(`mutation($input: RecordOutcomeInput!) { recordOutcome(input: $input) { id } }`, {
      input: {
        caseId,
        outcomeDate: "2025-04-01",
        description: "Weer mee in de buurt",
        priceItemCode: "WELZIJN_JAAR",
        quantity: "1",
        durationYears: 1,
        deadweight: "0.2",
        attribution: "0.5",
      },
    });
  });
  afterAll(() => t.stop());

  it("computes a case's effect from its registered support and outcomes", async () => {
    const { effect } = (await t.ok(CASE_EFFECT, { id: caseId, settings: noDiscount })).case;
    expect(effect).toMatchObject({
      investment: "800.00",
      presentValue: "1600.00",
      npv: "800.00",
      sroiRatio: "2.000",
      netSroiRatio: "1.000",
      paybackMonth: 3,
      nominal: { costs: "800.00", returns: "1600.00", net: "800.00" },
      // From the month the case opened to the last month of the outcome (April 2025 + 12).
      settingsUsed: { baseDate: "2025-01-01", horizonMonths: 15, discountRate: "0" },
    });
    expect(effect.byStakeholder).toEqual([
      { stakeholder: "GEM_WMO", pays: "800.00", gains: "0.00", net: "-800.00" },
      { stakeholder: "INWONER", pays: "0.00", gains: "400.00", net: "400.00" },
      { stakeholder: "ZVW", pays: "0.00", gains: "1200.00", net: "1200.00" },
    ]);
    expect(effect.timeline.map((row: any) => [row.period, row.costs, row.returns])).toEqual([
      ["2025-Q1", "800.00", "1200.00"],
      ["2025-Q2", "0.00", "100.00"],
      ["2025-Q3", "0.00", "100.00"],
      ["2025-Q4", "0.00", "100.00"],
      ["2026-Q1", "0.00", "100.00"],
    ]);
    expect(effect.sensitivity.length).toBeGreaterThan(0);
  });

  it("discounts year 2 with the default rate of 2.25 %", async () => {
    const { effect } = (await t.ok(CASE_EFFECT, { id: caseId })).case;
    // Year 1 (2025) at face value: 1,200 + 9 × 33.33…; year 2: 3 × 33.33… ÷ 1.0225.
    expect(effect.settingsUsed.discountRate).toBe("0.0225");
    expect(effect.investment).toBe("800.00");
    expect(effect.presentValue).toBe("1597.80");
  });

  it("compares groups whose figures are the cases' figures", async () => {
    const { effectComparison } = await t.ok(COMPARE, {
      groupBy: "TEAM",
      filter: { municipalityId },
      settings: { ...noDiscount, baseDate: "2025-01-01", horizonMonths: 15 },
    });
    expect(effectComparison).toMatchObject({
      cases: 1,
      pricing: {
        versionNumber: 1,
        reportYear: 2025,
        itemsUsed: ["GGZ_UUR", "UUR_TEAM", "WELZIJN_JAAR"],
      },
      groups: [
        {
          key: teamId,
          label: "Buurtteam Overvecht",
          cases: 1,
          investment: "800.00",
          presentValue: "1600.00",
          npv: "800.00",
          sroiRatio: "2.000",
          paybackMonth: 3,
        },
      ],
      total: { label: "Totaal", cases: 1, investment: "800.00", paybackMonth: 3 },
    });
    expect(effectComparison.total.matrix).toEqual([
      { payer: "GEM_WMO", beneficiary: "INWONER", value: "400.00" },
      { payer: "GEM_WMO", beneficiary: "ZVW", value: "1200.00" },
    ]);
    expect(effectComparison.total.distribution.npv).toEqual({ n: 1, median: "800.00" });
    expect(effectComparison.total.timeline.slice(0, 3)).toEqual([
      { period: "2025-01", costs: "800.00", returns: "0.00", cumulative: "-800.00" },
      { period: "2025-02", costs: "0.00", returns: "600.00", cumulative: "-200.00" },
      { period: "2025-03", costs: "0.00", returns: "600.00", cumulative: "400.00" },
    ]);
  });

  it("puts support in zero, first and second line per period (substitution)", async () => {
    const { substitution } = await t.ok(SUBSTITUTION, {
      m: municipalityId,
      from: "2025-01-01",
      to: "2025-12-31",
      g: "QUARTER",
    });
    const nonZero = (rows: any[]) => rows.filter((row) => row.costs !== "0.00");
    expect(nonZero(substitution.rows)).toEqual([
      {
        period: "2025-Q1",
        careLayer: "FIRST_LINE",
        scenario: "INTERVENTION",
        hours: "10",
        units: "0",
        costs: "800.00",
      },
      {
        period: "2025-Q1",
        careLayer: "SECOND_LINE",
        scenario: "REFERENCE",
        hours: "0",
        units: "10",
        costs: "1200.00",
      },
    ]);
    // Every layer and scenario appears in every period, and in the totals.
    expect(substitution.rows).toHaveLength(6);
    expect(nonZero(substitution.totals).map((row: any) => [row.careLayer, row.costs])).toEqual([
      ["FIRST_LINE", "800.00"],
      ["SECOND_LINE", "1200.00"],
    ]);
    expect(substitution.pricing.itemsUsed).toEqual(["GGZ_UUR", "UUR_TEAM"]);
  });

  it("refuses bad settings naming the field, and counts unknown price items as unpriced", async () => {
    const refusal = async (query: string, variables: Record<string, unknown>) => {
      const result = await t.gql(query, variables);
      expect(result.errors).toHaveLength(1);
      return result.errors![0];
    };
    const rate = await refusal(CASE_EFFECT, { id: caseId, settings: { discountRate: "1.5" } });
    expect(rate.path).toEqual(["case", "effect"]);
    expect(rate.extensions).toMatchObject({
      code: "BAD_USER_INPUT",
      field: "settings.discountRate",
    });
    const horizon = await refusal(COMPARE, {
      groupBy: "TEAM",
      filter: { municipalityId },
      settings: { horizonMonths: -3 },
    });
    expect(horizon.extensions).toMatchObject({
      code: "BAD_USER_INPUT",
      field: "settings.horizonMonths",
    });
    const noMunicipality = await refusal(COMPARE, { groupBy: "TEAM" });
    expect(noMunicipality.extensions).toMatchObject({ field: "filter.municipalityId" });

    // A code the price list lacks does not stop the comparison: the activity is counted as
    // unpriced and the figures are those without it.
    const counted = `query($filter: CaseFilter) { effectComparison(groupBy: TEAM, filter: $filter) {
      unpricedActivities total { cases investment presentValue } } }`;
    const before = (await t.ok(counted, { filter: { municipalityId } })).effectComparison;
    const other = await createCase(t, teamId, "UT-2025-0002", { openedOn: "2025-03-01" });
    await recordSupport(t, {
      caseId: other.id,
      activityDate: "2025-03-02",
      role: "SOCIAL_WORKER",
      hours: "2",
      priceItemCode: "ONBEKEND_ITEM",
    });
    const after = (await t.ok(counted, { filter: { municipalityId } })).effectComparison;
    expect(after.unpricedActivities).toBe(before.unpricedActivities + 1);
    expect(after.total).toEqual({ ...before.total, cases: before.total.cases + 1 });
    await t.ok(`mutation($id: ID!) { deleteCase(id: $id) { id } }`, { id: other.id });
  });
});
