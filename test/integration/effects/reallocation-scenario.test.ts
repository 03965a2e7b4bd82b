import { seedDemoData } from "../../../api/demo/demo";
import { startTestServer, type TestServer } from "../../support/test-server";

const COMPARE = `query($filter: CaseFilter) {
  effectComparison(groupBy: ARRANGEMENT, filter: $filter) {
    cases groups { key label cases investment presentValue npv sroiRatio }
    total { cases investment presentValue npv sroiRatio } } }`;
const AMOUNT = "value low high";
const TOTALS = `cases cost { ${AMOUNT} } socialReturn { ${AMOUNT} } net { ${AMOUNT} } sroiRatio { ${AMOUNT} }`;
const SCENARIO = `query($filter: CaseFilter, $moves: [ReallocationMoveInput!]!) {
  reallocationScenario(filter: $filter, moves: $moves) {
    baseline { ${TOTALS} } projected { ${TOTALS} } difference { ${TOTALS} }
    moves { fromArrangementId fromLabel toArrangementId toLabel share basis casesMoved
      casesReceived hoursMoved costDifference socialReturnDifference netDifference }
    arrangements { arrangementId label observedCases projectedCases observedHours costPerCase
      socialReturnPerCase netPerCase hoursPerCase }
    range { method replicates seed lowQuantile highQuantile }
    pricing { versionNumber reportYear } } }`;

const cents = (euros: string) => BigInt(euros.replace(".", ""));
/** a ÷ b rounded half away from zero (b > 0). */
function divideRounded(a: bigint, b: bigint) {
  const q = a / b;
  const twice = (a % b < 0n ? -(a % b) : a % b) * 2n;
  return twice < b ? q : a < 0n ? q - 1n : q + 1n;
}

function expectInRange(totals: any) {
  for (const key of ["cost", "socialReturn", "net"]) {
    const { value, low, high } = totals[key];
    expect(cents(low)).toBeLessThanOrEqual(cents(value));
    expect(cents(value)).toBeLessThanOrEqual(cents(high));
  }
  const ratio = totals.sroiRatio;
  expect(Number(ratio.low)).toBeLessThanOrEqual(Number(ratio.value));
  expect(Number(ratio.value)).toBeLessThanOrEqual(Number(ratio.high));
}

describe("reallocationScenario over the demo data", () => {
  let t: TestServer;
  let zwolle: string;
  let comparison: any;
  let comparisonStatements: number;
  let debt: any; // Individuele begeleiding schulden
  let course: any; // Budgetcursus in groep + individuele schuldhulp
  const filter = () => ({ municipalityId: zwolle, from: "2025-01-01", to: "2025-12-31" });
  const scenario = (moves: unknown[], f: unknown = filter(), client = t) =>
    client.gql(SCENARIO, { filter: f, moves });
  const fieldOf = (result: any) => result.errors?.[0]?.extensions?.field;
  const codeOf = (result: any) => result.errors?.[0]?.extensions?.code;

  beforeAll(async () => {
    t = await startTestServer();
    await seedDemoData(t.database.dataSource);
    [{ id: zwolle }] = await t.database.dataSource.query(
      "SELECT id FROM municipality WHERE code = 'GM0193'",
    );
    const result = await t.gql(COMPARE, { filter: filter() });
    expect(result.errors).toBeUndefined();
    comparison = result.data.effectComparison;
    comparisonStatements = result.extensions!.sqlStatements!;
    const group = (label: string) => comparison.groups.find((g: any) => g.label === label);
    debt = group("Individuele begeleiding schulden");
    course = group("Budgetcursus in groep + individuele schuldhulp");
    expect(debt.cases).toBeGreaterThan(10);
    expect(course.cases).toBeGreaterThan(10);
  }, 120_000);
  afterAll(() => t.stop());

  it("projects all of one arrangement's cases at the other's per-case figures", async () => {
    const result = await scenario([
      { fromArrangementId: debt.key, toArrangementId: course.key, share: "1" },
    ]);
    expect(result.errors).toBeUndefined();
    const answer = result.data.reallocationScenario;
    // The baseline is the comparison's total, to the cent.
    const { total } = comparison;
    expect(answer.baseline.cases).toBe(comparison.cases);
    expect(answer.baseline.cost).toEqual({
      value: total.investment,
      low: total.investment,
      high: total.investment,
    });
    expect(answer.baseline.socialReturn.value).toBe(total.presentValue);
    expect(answer.baseline.net.value).toBe(total.npv);
    expect(answer.baseline.sroiRatio.value).toBe(total.sroiRatio);
    // By hand from the groups: the debt cases out, as many at the course's mean per case in.
    const moved = BigInt(debt.cases);
    const costDifference =
      divideRounded(moved * cents(course.investment), BigInt(course.cases)) -
      cents(debt.investment);
    const returnDifference =
      divideRounded(moved * cents(course.presentValue), BigInt(course.cases)) -
      cents(debt.presentValue);
    expect(cents(answer.difference.cost.value)).toBe(costDifference);
    expect(cents(answer.difference.socialReturn.value)).toBe(returnDifference);
    expect(cents(answer.projected.cost.value)).toBe(cents(total.investment) + costDifference);
    expect(cents(answer.projected.net.value)).toBe(
      cents(total.npv) + returnDifference - costDifference,
    );
    const [move] = answer.moves;
    expect(move).toMatchObject({
      fromLabel: debt.label,
      toLabel: course.label,
      basis: "CASES",
      casesMoved: debt.cases,
      casesReceived: debt.cases,
      hoursMoved: null,
    });
    expect(cents(move.costDifference)).toBe(costDifference);
    expect(answer.projected.cases).toBe(comparison.cases);
    // On how many cases each figure rests.
    const figures = new Map(answer.arrangements.map((a: any) => [a.label, a]));
    expect(figures.get(debt.label)).toMatchObject({
      observedCases: debt.cases,
      projectedCases: 0,
    });
    expect(figures.get(course.label)).toMatchObject({
      observedCases: course.cases,
      projectedCases: course.cases + debt.cases,
      costPerCase: (
        Number(divideRounded(cents(course.investment), BigInt(course.cases))) / 100
      ).toFixed(2),
    });
    // A range, not one number: it contains the point projection.
    expectInRange(answer.projected);
    expectInRange(answer.difference);
    expect(cents(answer.projected.cost.low)).toBeLessThan(cents(answer.projected.cost.high));
    expect(answer.range).toEqual({
      method: "BOOTSTRAP",
      replicates: 2000,
      seed: 1403,
      lowQuantile: "0.025",
      highQuantile: "0.975",
    });
    // Deterministic: the same question, the same answer.
    const again = await scenario([
      { fromArrangementId: debt.key, toArrangementId: course.key, share: "1" },
    ]);
    expect(again.data).toEqual(result.data);
  });

  it("adds up over several moves and rounds to whole cases", async () => {
    const answer = (
      await scenario([
        { fromArrangementId: debt.key, toArrangementId: course.key, share: "0.5" },
        { fromArrangementId: debt.key, toArrangementId: course.key, share: "0.5" },
        { fromArrangementId: course.key, toArrangementId: debt.key, share: "0.25", basis: "HOURS" },
      ])
    ).data.reallocationScenario;
    const [first, second, third] = answer.moves;
    // Cumulative half-up rounding: together the two halves move exactly all of the cases.
    expect(first.casesMoved + second.casesMoved).toBe(debt.cases);
    expect(first.casesMoved).toBe(Math.round(debt.cases / 2 + 1e-9));
    expect(third.casesMoved).toBe(Math.round(course.cases * 0.25 + 1e-9));
    const debtFigures = answer.arrangements.find((a: any) => a.arrangementId === debt.key);
    const hoursToCases =
      (Number(third.hoursMoved) * debtFigures.observedCases) / Number(debtFigures.observedHours);
    expect(third.casesReceived).toBe(Math.round(hoursToCases));
    for (const key of ["cost", "socialReturn", "net"]) {
      const sum = answer.moves.reduce((s: bigint, m: any) => s + cents(m[`${key}Difference`]), 0n);
      expect(sum).toBe(cents(answer.difference[key].value));
      expect(cents(answer.projected[key].value) - cents(answer.baseline[key].value)).toBe(sum);
    }
    expect(answer.difference.cases).toBe(third.casesReceived - third.casesMoved);
    expectInRange(answer.projected);
  });

  it("refuses bad moves naming the field", async () => {
    const move = (extra: object) => ({
      fromArrangementId: debt.key,
      toArrangementId: course.key,
      share: "0.5",
      ...extra,
    });
    const cases: [unknown[], string][] = [
      [[move({ share: "0" })], "moves[0].share"],
      [[move({}), move({ share: "1.5" })], "moves[1].share"],
      [[move({ toArrangementId: debt.key })], "moves[0].toArrangementId"],
      [[move({ share: "0.6" }), move({ share: "0.6" })], "moves[1].share"],
      [Array.from({ length: 21 }, () => move({ share: "0.01" })), "moves"],
      [[], "moves"],
      [[move({ fromArrangementId: "not-an-id" })], "moves[0].fromArrangementId"],
    ];
    for (const [moves, field] of cases) {
      const result = await scenario(moves);
      expect(codeOf(result)).toBe("BAD_USER_INPUT");
      expect(fieldOf(result)).toBe(field);
      expect(result.data ?? null).toBeNull();
    }
    // Filtered on the debt arrangement, the course has no observed cases to project with.
    const empty = await scenario([move({})], { ...filter(), arrangementId: debt.key });
    expect(codeOf(empty)).toBe("BAD_USER_INPUT");
    expect(fieldOf(empty)).toBe("moves[0].toArrangementId");
    expect(empty.errors![0].message).toContain("no observed cases");
  });

  it("answers NOT_FOUND for another municipality's or an unknown arrangement", async () => {
    const [foreign] = await t.database.dataSource.query(
      "SELECT id FROM arrangement WHERE municipality_id <> $1 LIMIT 1",
      [zwolle],
    );
    const analyst = await t.as("ANALYST", zwolle);
    for (const id of [foreign.id, "00000000-0000-4000-8000-000000000000"]) {
      const result = await analyst.gql(SCENARIO, {
        filter: { municipalityId: zwolle },
        moves: [{ fromArrangementId: debt.key, toArrangementId: id, share: "1" }],
      });
      expect(codeOf(result)).toBe("NOT_FOUND");
      expect(fieldOf(result)).toBe("moves[0].toArrangementId");
    }
    // Another municipality's cases: as invisible as in effectComparison.
    const [other] = await t.database.dataSource.query(
      "SELECT id FROM municipality WHERE id <> $1 LIMIT 1",
      [zwolle],
    );
    const theirs = await analyst.gql(SCENARIO, {
      filter: { municipalityId: other.id },
      moves: [{ fromArrangementId: debt.key, toArrangementId: course.key, share: "1" }],
    });
    expect(codeOf(theirs)).toBe("NOT_FOUND");
    const professional = await t.as("PROFESSIONAL", zwolle);
    const forbidden = await professional.gql(SCENARIO, {
      moves: [{ fromArrangementId: debt.key, toArrangementId: course.key, share: "1" }],
    });
    expect(codeOf(forbidden)).toBe("FORBIDDEN");
  });

  it("costs the comparison's statements and two more, whatever the number of moves", async () => {
    const one = await scenario([
      { fromArrangementId: debt.key, toArrangementId: course.key, share: "1" },
    ]);
    const many = await scenario(
      Array.from({ length: 20 }, (_, i) => ({
        fromArrangementId: i % 2 ? debt.key : course.key,
        toArrangementId: i % 2 ? course.key : debt.key,
        share: "0.05",
      })),
    );
    expect(many.errors).toBeUndefined();
    for (const result of [one, many]) {
      expect(result.extensions!.sqlStatements).toBeLessThanOrEqual(comparisonStatements + 2);
      expect(result.extensions!.sqlStatements).toBeLessThanOrEqual(14);
    }
  });
});
