import { seedDemoData } from "../../../api/demo/demo";
import { startTestServer, type TestServer, type GraphQLClient } from "../../support/test-server";

const SUBSTITUTION = `query($from: Date!, $to: Date!, $teamId: ID, $districtId: ID, $municipalityId: ID,
    $granularity: TimelineGranularity) {
  substitution(from: $from, to: $to, teamId: $teamId, districtId: $districtId,
      municipalityId: $municipalityId, granularity: $granularity) {
    rows { period careLayer scenario hours units costs }
    totals { period careLayer scenario hours units costs }
    suppressedCells { period careLayer scenario reason } } }`;

const K = 10;
const year = new Date().getFullYear() - 1;
const wholeYear = { from: `${year}-01-01`, to: `${year}-12-31` };
const column = (row: { careLayer: string; scenario: string }) => `${row.careLayer}|${row.scenario}`;
const errorsOf = async (client: GraphQLClient, variables: Record<string, unknown>) =>
  (await client.gql(SUBSTITUTION, variables)).errors ?? [];
const cellKey = (row: { period: string; careLayer: string; scenario: string }) =>
  `${row.period}|${column(row)}`;

// The distinct cases of teams other than `readable` behind each cell (and, under "total", each
// column), counted independently of the server's code: what a figure rests on for a team lead
// who may not read those cases.
async function unreadableCases(
  t: TestServer,
  municipalityId: string,
  readable: string[],
  range = wholeYear,
) {
  const count = (period: string) =>
    t.database.dataSource.query(
      `SELECT ${period} AS period, COALESCE(p.care_layer, 'FIRST_LINE') AS layer, sa.scenario,
              count(DISTINCT sa.case_id)::int AS cases
         FROM support_activity sa JOIN case_record c ON c.id = sa.case_id
         LEFT JOIN provision p ON p.id = sa.provision_id,
         generate_series(date_trunc('month', sa.activity_date),
           date_trunc('month', sa.activity_date) + make_interval(months => COALESCE(sa.recur_months, 1) - 1),
           interval '1 month') m
        WHERE c.municipality_id = $1 AND NOT (c.team_id = ANY($2::uuid[]))
          AND m BETWEEN $3::date AND $4::date
        GROUP BY 1, 2, 3`,
      [municipalityId, readable, range.from, range.to],
    );
  const rows: { period: string; layer: string; scenario: string; cases: number }[] = [
    ...(await count("to_char(m, 'YYYY-MM')")),
    ...(await count("'total'")),
  ];
  return new Map(rows.map((r) => [`${r.period}|${r.layer}|${r.scenario}`, r.cases]));
}

describe("disclosure control on the substitution view", () => {
  let t: TestServer;
  let zwolle: string;
  let ownTeam: string;
  let otherTeams: string[];
  let analyst: GraphQLClient;
  let lead: GraphQLClient;
  let full: any;

  beforeAll(async () => {
    t = await startTestServer();
    await seedDemoData(t.database.dataSource);
    [{ id: zwolle }] = await t.database.dataSource.query(
      "SELECT id FROM municipality WHERE code = 'GM0193'",
    );
    const teams: { id: string }[] = await t.database.dataSource.query(
      "SELECT id FROM team WHERE municipality_id = $1 ORDER BY name",
      [zwolle],
    );
    [ownTeam, ...otherTeams] = teams.map((team) => team.id);
    analyst = await t.as("ANALYST", zwolle);
    lead = await t.as("TEAM_LEAD", zwolle, [ownTeam]);
    full = (await analyst.ok(SUBSTITUTION, wholeYear)).substitution;
  }, 120_000);
  afterAll(() => t.stop());

  it("shows the analysts every cell", () => {
    expect(full.suppressedCells).toEqual([]);
    expect(full.rows.length).toBeGreaterThan(0);
  });

  it("shows a team lead its own team in full", async () => {
    const mine = await lead.ok(SUBSTITUTION, { ...wholeYear, teamId: ownTeam });
    const analysts = await analyst.ok(SUBSTITUTION, { ...wholeYear, teamId: ownTeam });
    expect(mine).toEqual(analysts);
  });

  it("hides from a team lead the cells of the whole municipality that rest on 1–9 cases of other teams, with complements", async () => {
    const answer = (await lead.ok(SUBSTITUTION, wholeYear)).substitution;
    const unreadable = await unreadableCases(t, zwolle, [ownTeam]);
    const hidden = new Set(answer.suppressedCells.map(cellKey));
    expect(hidden.size).toBeGreaterThan(0);
    // Every shown cell equals the analysts' and rests on no or at least K unreadable cases.
    const fullRows = new Map(full.rows.map((row: any) => [cellKey(row), row]));
    for (const row of answer.rows) {
      expect(row).toEqual(fullRows.get(cellKey(row)));
      const cases = unreadable.get(cellKey(row)) ?? 0;
      expect(cases === 0 || cases >= K).toBe(true);
    }
    for (const [key, cases] of unreadable)
      if (!key.startsWith("total") && cases < K && fullRows.has(key))
        expect(hidden.has(key)).toBe(true);
    // Under a shown total, the hidden cells of a column are never one alone: the total minus the
    // shown cells gives away no single cell.
    for (const total of answer.totals) {
      const hiddenInColumn = answer.suppressedCells.filter(
        (cell: any) => column(cell) === column(total) && cell.period !== total.period,
      );
      expect(hiddenInColumn.length === 0 || hiddenInColumn.length >= 2).toBe(true);
    }
  });

  it("refuses a period that is not whole quarters, naming the bound", async () => {
    const errors = await errorsOf(lead, { from: `${year}-01-15`, to: wholeYear.to });
    expect(errors[0].extensions?.code).toBe("SUPPRESSED");
    expect(errors[0].message).toMatch(/^from: must be the first day of a quarter/);
    const ends = await errorsOf(lead, { from: wholeYear.from, to: `${year}-11-30` });
    expect(ends[0].message).toMatch(/^to: must be the last day of a quarter/);
  });

  it("gives no small group away as the difference between another team and the whole municipality", async () => {
    const whole = (await lead.ok(SUBSTITUTION, wholeYear)).substitution;
    const shownInWhole = new Set([
      ...whole.rows.map(cellKey),
      ...whole.totals.map((row: any) => `total|${column(row)}`),
    ]);
    for (const teamId of otherTeams) {
      const one = await lead.ok(SUBSTITUTION, { ...wholeYear, teamId });
      // A figure shown in both answers: their difference is the support of the cases of the
      // teams that are neither the lead's nor this one — never 1–9 of them.
      const rest = await unreadableCases(t, zwolle, [ownTeam, teamId]);
      const shown = [
        ...one.substitution.rows.map(cellKey),
        ...one.substitution.totals.map((row: any) => `total|${column(row)}`),
      ].filter((key) => shownInWhole.has(key));
      expect(shown.length).toBeGreaterThan(0);
      for (const key of shown) {
        const cases = rest.get(key) ?? 0;
        expect(cases === 0 || cases >= K).toBe(true);
      }
    }
  });

  it("gives no small group away as the difference between a year and the year one quarter longer", async () => {
    const longer = { from: wholeYear.from, to: `${year + 1}-03-31` };
    const nextQuarter = { from: `${year + 1}-01-01`, to: longer.to };
    let compared = 0;
    for (const teamId of [undefined, ...otherTeams]) {
      const a = (await lead.ok(SUBSTITUTION, { ...wholeYear, teamId })).substitution;
      const b = (await lead.ok(SUBSTITUTION, { ...longer, teamId })).substitution;
      // The quarter added: the support of the selection's cases the lead may not read.
      const outside: string[] = teamId ? otherTeams.filter((id) => id !== teamId) : [];
      const added = await unreadableCases(t, zwolle, [ownTeam, ...outside], nextQuarter);
      const inB = new Set(b.totals.map(column));
      for (const total of a.totals.filter((row: any) => inB.has(column(row)))) {
        const cases = added.get(`total|${column(total)}`) ?? 0;
        expect(cases === 0 || cases >= K).toBe(true);
        compared += 1;
      }
    }
    expect(compared).toBeGreaterThan(0);
  });

  it("answers another municipality's team or district with NOT_FOUND, as every other query does", async () => {
    const [other] = await t.database.dataSource.query(
      `SELECT t.id AS team, d.id AS district FROM team t JOIN district d ON d.municipality_id = t.municipality_id
        WHERE t.municipality_id <> $1 LIMIT 1`,
      [zwolle],
    );
    const team = await errorsOf(analyst, { ...wholeYear, teamId: other.team });
    expect(team[0].extensions?.code).toBe("NOT_FOUND");
    expect(team[0].message).toMatch(/teamId/);
    const district = await errorsOf(analyst, {
      ...wholeYear,
      districtId: other.district,
    });
    expect(district[0].extensions?.code).toBe("NOT_FOUND");
  });
});
