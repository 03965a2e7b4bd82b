import { startTestServer, type TestServer } from "../../support/test-server";
import {
  createDistrict,
  createMember,
  createMunicipality,
  createTeam,
} from "../../support/organisation-fixtures";
import { createProvision, MODEL_A_ID, MODEL_B_ID, place } from "../../support/quadrant-fixtures";
import { createCase, recordSupport, registrationCounts } from "../../support/registration-fixtures";

describe("registration: arrangements, cases, support and outcomes", () => {
  let t: TestServer;
  let ids: Record<string, string>;

  beforeAll(async () => {
    t = await startTestServer();
  });
  afterAll(() => t.stop());
  beforeEach(async () => {
    await t.reset();
    const m = await createMunicipality(t, "GM0193", "Zwolle");
    const noord = await createDistrict(t, m.id, "Holtenbroek");
    const team = await createTeam(t, m.id, "Wijkteam Noord", [noord.id]);
    const worker = await createMember(t, team.id, "Anouk de Vries");
    const course = await createProvision(t, m.id, "Budgetcursus in groep", [noord.id], {
      kind: "COLLECTIVE",
    });
    const debt = await createProvision(t, m.id, "Schuldhulpverlening", [noord.id], {
      kind: "TAILORED",
      access: "OTHER_TEST",
    });
    await place(t, course.id, MODEL_A_ID, "6", "9");
    await place(t, debt.id, MODEL_A_ID, "-10", "11");
    const [stakeholder] = await t.database.dataSource.query(
      `INSERT INTO stakeholder (municipality_id, code, name, kind) VALUES ($1, 'WOCO', 'Woningcorporatie', 'HOUSING_CORPORATION') RETURNING id`,
      [m.id],
    );
    ids = {
      m: m.id,
      district: noord.id,
      team: team.id,
      worker: worker.id,
      course: course.id,
      debt: debt.id,
      woco: stakeholder.id,
    };
  });

  async function createArrangement() {
    const data = await t.ok(
      `mutation($input: CreateArrangementInput!) { createArrangement(input: $input) { id version name
         components { position provision { name } role collective plannedHoursPerMonth placements { modelId x y } } } }`,
      {
        input: {
          municipalityId: ids.m,
          teamId: ids.team,
          name: "Budgetcursus in groep + individuele schuldhulp",
          goal: "CONNECT_REQUESTS",
          form: "MIXED",
          components: [
            { provisionId: ids.course, collective: true, plannedHoursPerMonth: "6" },
            {
              provisionId: ids.debt,
              collective: false,
              plannedHoursPerMonth: "4",
              plannedUnitsPerMonth: "1",
            },
            {
              role: "COMMUNITY_WORKER",
              collective: true,
              plannedHoursPerMonth: "2",
              placements: [{ modelId: MODEL_A_ID, x: "10", y: "-5" }],
            },
          ],
        },
      },
    );
    return data.createArrangement;
  }

  it("derives an arrangement's quadrant profile from its components", async () => {
    const arrangement = await createArrangement();
    expect(arrangement.components.map((c: any) => c.provision?.name ?? c.role)).toEqual([
      "Budgetcursus in groep",
      "Schuldhulpverlening",
      "COMMUNITY_WORKER",
    ]);
    const data = await t.ok(
      `query($id: ID!, $a: ID!, $b: ID!) { arrangement(id: $id) {
         a: quadrantProfile(modelId: $a) { unplacedHours shares { quadrantClass hours share } }
         b: quadrantProfile(modelId: $b) { unplacedHours shares { quadrantClass hours share } } } }`,
      { id: arrangement.id, a: MODEL_A_ID, b: MODEL_B_ID },
    );
    const shares = Object.fromEntries(
      data.arrangement.a.shares.map((s: any) => [s.quadrantClass, [s.hours, s.share]]),
    );
    // 12 planned hours: course 6 h at (6, 9) → b; debt help 4 h at (−10, 11) → a; community worker 2 h at (10, −5) → c.
    expect(shares).toMatchObject({
      a: ["4", "0.33333333333333333333"],
      b: ["6", "0.5"],
      c: ["2", "0.16666666666666666667"],
      d: ["0", "0"],
    });
    expect(data.arrangement.a.unplacedHours).toBe("0");
    // Nothing is placed in Model B: every hour is unplaced and no share exists.
    expect(data.arrangement.b.unplacedHours).toBe("12");
    expect(data.arrangement.b.shares.every((s: any) => s.share === null)).toBe(true);
  });

  it("refuses references that identify a resident, and writes nothing", async () => {
    const before = await registrationCounts(t);
    const cases: [string, RegExp][] = [
      ["123456782", /^reference: looks like a BSN/],
      ["ZW-1234.56.782", /^reference: looks like a BSN/],
      ["jan@example.nl", /^reference: looks like an e-mail address/],
      ["Jan de Vries", /^reference: must be a pseudonymous code/],
      ["Mohammed", /^reference: must be a pseudonymous code/],
    ];
    for (const [reference, message] of cases) {
      const result = await t.gql(
        `mutation($input: CreateCaseInput!) { createCase(input: $input) { id } }`,
        {
          input: {
            teamId: ids.team,
            reference,
            kind: "HELP_REQUEST",
            openedOn: "2025-01-06",
            problemDomains: [],
          },
        },
      );
      expect(result.errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
      expect(result.errors?.[0].message).toMatch(message);
      expect(JSON.stringify(result)).not.toContain("123456782");
    }
    const notBsn = await createCase(t, ids.team, "ZW-2025-123456789");
    expect(notBsn.reference).toBe("ZW-2025-123456789");
    expect(await registrationCounts(t)).toEqual({ ...before, case: 1 });
  });

  it("registers a case with arrangement, assessments, support and outcomes, and shows the change", async () => {
    const arrangement = await createArrangement();
    const c = await createCase(t, ids.team, "ZW-2025-0001", {
      districtId: ids.district,
      problemDomains: ["INCOME_DEBTS", "SOCIAL_NETWORK"],
    });
    await t.ok(
      `mutation($input: ApplyArrangementInput!) { applyArrangement(input: $input) { id } }`,
      {
        input: { caseId: c.id, arrangementId: arrangement.id, startedOn: "2025-01-13" },
      },
    );
    for (const [assessedOn, debts, network] of [
      ["2025-01-13", 1, 2],
      ["2025-04-01", 2, 2],
      ["2025-09-01", 4, 3],
    ] as const) {
      await t.ok(
        `mutation($input: RecordAssessmentInput!) { recordAssessment(input: $input) { id } }`,
        {
          input: {
            caseId: c.id,
            assessedOn,
            scores: [
              { domain: "INCOME_DEBTS", score: debts },
              { domain: "SOCIAL_NETWORK", score: network },
            ],
          },
        },
      );
    }
    await recordSupport(t, {
      caseId: c.id,
      activityDate: "2025-01-13",
      memberId: ids.worker,
      hours: "3",
      recurMonths: 6,
      arrangementId: arrangement.id,
    });
    const group = await recordSupport(t, {
      caseId: c.id,
      activityDate: "2025-02-03",
      memberId: ids.worker,
      hours: "2.5",
      collective: true,
    });
    expect(group.collective).toBe(true);
    await recordSupport(t, {
      caseId: c.id,
      scenario: "REFERENCE",
      activityDate: "2025-01-13",
      provisionId: ids.debt,
      units: "1",
      priceItemCode: "SHV_TRAJECT",
    });
    const outcome = await t.ok(
      `mutation($input: RecordOutcomeInput!) { recordOutcome(input: $input) { id scenario deadweight attribution dropOff beneficiary { code } } }`,
      {
        input: {
          caseId: c.id,
          outcomeDate: "2025-06-01",
          description: "Huisuitzetting voorkomen",
          priceItemCode: "HUISUITZETTING",
          quantity: "1",
          durationYears: 1,
          deadweight: "0.2",
          attribution: "0.3",
          dropOff: "0",
          evidence: "Casusoverleg met corporatie",
          beneficiaryId: ids.woco,
        },
      },
    );
    expect(outcome.recordOutcome).toMatchObject({
      scenario: "INTERVENTION",
      deadweight: "0.2",
      attribution: "0.3",
      beneficiary: { code: "WOCO" },
    });

    const data = await t.ok(
      `query($id: ID!) { case(id: $id) { reference multipleProblems team { name } district { name }
         arrangements { startedOn arrangement { name } }
         selfRelianceChange { domain firstScore lastScore change }
         hours { individual collective } spring: hours(from: "2025-03-01", to: "2025-05-31") { individual collective }
         intervention: activities(scenario: INTERVENTION) { hours recurMonths member { name } }
         counterfactual: activities(scenario: REFERENCE) { provision { name } units priceItemCode }
         outcomes { description } } }`,
      { id: c.id },
    );
    expect(data.case).toMatchObject({
      reference: "ZW-2025-0001",
      multipleProblems: true,
      team: { name: "Wijkteam Noord" },
      district: { name: "Holtenbroek" },
      arrangements: [
        {
          startedOn: "2025-01-13",
          arrangement: { name: "Budgetcursus in groep + individuele schuldhulp" },
        },
      ],
      selfRelianceChange: [
        { domain: "INCOME_DEBTS", firstScore: 1, lastScore: 4, change: 3 },
        { domain: "SOCIAL_NETWORK", firstScore: 2, lastScore: 3, change: 1 },
      ],
      // 3 h × 6 months individual; 2.5 h once, collective. March–May: 3 months × 3 h.
      hours: { individual: "18", collective: "2.5" },
      spring: { individual: "9", collective: "0" },
      counterfactual: [
        { provision: { name: "Schuldhulpverlening" }, units: "1.00", priceItemCode: "SHV_TRAJECT" },
      ],
      outcomes: [{ description: "Huisuitzetting voorkomen" }],
    });

    const summary = await t.ok(
      `query($f: CaseFilter) { selfRelianceChange(filter: $f) { domain cases meanFirst meanLast meanChange improved unchanged worsened } }`,
      { f: { teamId: ids.team, domain: "INCOME_DEBTS" } },
    );
    expect(summary.selfRelianceChange).toEqual([
      {
        domain: "INCOME_DEBTS",
        cases: 1,
        meanFirst: "1.00",
        meanLast: "4.00",
        meanChange: "3.00",
        improved: 1,
        unchanged: 0,
        worsened: 0,
      },
      {
        domain: "SOCIAL_NETWORK",
        cases: 1,
        meanFirst: "2.00",
        meanLast: "3.00",
        meanChange: "1.00",
        improved: 1,
        unchanged: 0,
        worsened: 0,
      },
    ]);
  });

  it("refuses bad support and outcomes with the field named, writing nothing", async () => {
    const c = await createCase(t, ids.team, "ZW-2025-0002");
    const before = await registrationCounts(t);
    const bad: [string, Record<string, unknown>, RegExp][] = [
      [
        "RecordSupportInput",
        { caseId: c.id, activityDate: "2025-02-01", hours: "3" },
        /^role: hours need a member or a role/,
      ],
      [
        "RecordSupportInput",
        { caseId: c.id, activityDate: "2025-02-01", memberId: ids.worker, hours: "-1" },
        /^hours: must be above 0/,
      ],
      [
        "RecordSupportInput",
        { caseId: c.id, activityDate: "2025-02-01", units: "2" },
        /units need a provision/,
      ],
      [
        "RecordSupportInput",
        { caseId: c.id, activityDate: "2024-12-01", memberId: ids.worker, hours: "1" },
        /^activityDate: must not be before the case was opened/,
      ],
      [
        "RecordSupportInput",
        {
          caseId: c.id,
          activityDate: "2025-02-01",
          role: "SOCIAL_WORKER",
          hours: "1",
          description: "bsn 123456782",
        },
        /^description: must not contain a BSN-like number/,
      ],
      [
        "RecordOutcomeInput",
        {
          caseId: c.id,
          outcomeDate: "2025-03-01",
          description: "Werk gevonden",
          deadweight: "1.2",
        },
        /^deadweight: must be at most 1/,
      ],
      [
        "RecordOutcomeInput",
        {
          caseId: c.id,
          outcomeDate: "2025-03-01",
          description: "Werk gevonden",
          attribution: "-0.1",
        },
        /^attribution: must be at least 0/,
      ],
      [
        "RecordOutcomeInput",
        {
          caseId: c.id,
          outcomeDate: "2025-03-01",
          description: "Werk",
          recurMonths: 12,
          durationYears: 2,
        },
        /^durationYears: give a monthly recurrence or a duration/,
      ],
      [
        "RecordOutcomeInput",
        { caseId: c.id, outcomeDate: "2025-03-01", description: "Werk", durationYears: -2 },
        /^durationYears: must be a whole number from 1 to 50/,
      ],
      [
        "RecordOutcomeInput",
        { caseId: c.id, outcomeDate: "2025-03-01", description: " " },
        /^description: must not be empty/,
      ],
      [
        "RecordOutcomeInput",
        { caseId: c.id, outcomeDate: "2025-03-01", description: "Werk", priceItemCode: "WERK" },
        /^quantity: is required with a price item/,
      ],
    ];
    for (const [type, input, message] of bad) {
      const mutation = type === "RecordSupportInput" ? "recordSupport" : "recordOutcome";
      const result = await t.gql(
        `mutation($input: ${type}!) { ${mutation}(input: $input) { id } }`,
        { input },
      );
      expect(result.errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
      expect(result.errors?.[0].message).toMatch(message);
    }
    expect(await registrationCounts(t)).toEqual(before);
  });

  it("bundles help requests into a collective issue whose hours count as collective", async () => {
    const issue = await createCase(t, ids.team, "ZW-K-2025-01", {
      kind: "COLLECTIVE_ISSUE",
      problemDomains: ["INCOME_DEBTS"],
    });
    const r1 = await createCase(t, ids.team, "ZW-2025-0010");
    const r2 = await createCase(t, ids.team, "ZW-2025-0011");
    await t.ok(
      `mutation($i: ID!, $r: [ID!]!) { bundleCases(issueId: $i, requestIds: $r) { id } }`,
      { i: issue.id, r: [r1.id, r2.id] },
    );
    const wrong = await t.gql(
      `mutation($i: ID!, $r: [ID!]!) { bundleCases(issueId: $i, requestIds: $r) { id } }`,
      { i: r1.id, r: [r2.id] },
    );
    expect(wrong.errors?.[0].message).toBe("issueId: is not a COLLECTIVE_ISSUE");
    const work = await recordSupport(t, {
      caseId: issue.id,
      activityDate: "2025-03-03",
      role: "COMMUNITY_WORKER",
      hours: "4",
    });
    expect(work.collective).toBe(true);
    const data = await t.ok(
      `query($i: ID!, $r: ID!) { issue: case(id: $i) { bundledRequests { reference } hours { collective individual } }
      request: case(id: $r) { bundledIn { reference } } }`,
      { i: issue.id, r: r1.id },
    );
    expect(data.issue).toEqual({
      bundledRequests: [{ reference: "ZW-2025-0010" }, { reference: "ZW-2025-0011" }].sort((a, b) =>
        a.reference.localeCompare(b.reference),
      ),
      hours: { collective: "4", individual: "0" },
    });
    expect(data.request.bundledIn).toEqual([{ reference: "ZW-K-2025-01" }]);
  });

  it("finds cases by team, district, arrangement, quadrant, domain and period", async () => {
    const arrangement = await createArrangement();
    const a = await createCase(t, ids.team, "ZW-2025-0100", {
      districtId: ids.district,
      problemDomains: ["HOUSING"],
      openedOn: "2025-01-06",
      closedOn: "2025-03-31",
    });
    const b = await createCase(t, ids.team, "ZW-2025-0101", {
      problemDomains: ["PARENTING"],
      openedOn: "2025-05-01",
    });
    await t.ok(
      `mutation($input: ApplyArrangementInput!) { applyArrangement(input: $input) { id } }`,
      {
        input: { caseId: b.id, arrangementId: arrangement.id, startedOn: "2025-05-01" },
      },
    );
    await recordSupport(t, {
      caseId: a.id,
      activityDate: "2025-02-01",
      provisionId: ids.debt,
      units: "1",
    });
    const find = async (filter: Record<string, unknown>) =>
      (
        await t.ok(
          `query($f: CaseFilter) { cases(filter: $f) { totalCount edges { node { reference } } } }`,
          { f: filter },
        )
      ).cases.edges.map((e: any) => e.node.reference);
    expect(await find({ teamId: ids.team })).toEqual(["ZW-2025-0100", "ZW-2025-0101"]);
    expect(await find({ districtId: ids.district })).toEqual(["ZW-2025-0100"]);
    expect(await find({ arrangementId: arrangement.id })).toEqual(["ZW-2025-0101"]);
    expect(await find({ domain: "PARENTING" })).toEqual(["ZW-2025-0101"]);
    expect(await find({ from: "2025-04-01", to: "2025-12-31" })).toEqual(["ZW-2025-0101"]);
    expect(await find({ from: "2025-02-01", to: "2025-02-28" })).toEqual(["ZW-2025-0100"]);
    // a: debt help used → quadrant a; b: its arrangement's components lie in a, b and c.
    expect(await find({ modelId: MODEL_A_ID, quadrantClass: "a" })).toEqual([
      "ZW-2025-0100",
      "ZW-2025-0101",
    ]);
    expect(await find({ modelId: MODEL_A_ID, quadrantClass: "c" })).toEqual(["ZW-2025-0101"]);
    expect(await find({ modelId: MODEL_A_ID, quadrantClass: "d" })).toEqual([]);
    const bad = await t.gql(`query($f: CaseFilter) { cases(filter: $f) { totalCount } }`, {
      f: { modelId: MODEL_A_ID, quadrantClass: "IV" },
    });
    expect(bad.errors?.[0].message).toBe(
      "filter.quadrantClass: is not a class of this model (a, b, c, d, e, f, ef)",
    );
  });

  it("reports per team and month the open cases, individual and collective hours and arrangements", async () => {
    const arrangement = await createArrangement();
    const a = await createCase(t, ids.team, "ZW-2025-0200", {
      openedOn: "2025-01-06",
      closedOn: "2025-02-14",
    });
    const b = await createCase(t, ids.team, "ZW-2025-0201", { openedOn: "2025-02-03" });
    await t.ok(
      `mutation($input: ApplyArrangementInput!) { applyArrangement(input: $input) { id } }`,
      {
        input: {
          caseId: b.id,
          arrangementId: arrangement.id,
          startedOn: "2025-02-03",
          endedOn: "2025-02-28",
        },
      },
    );
    await recordSupport(t, {
      caseId: a.id,
      activityDate: "2025-01-10",
      memberId: ids.worker,
      hours: "2",
      recurMonths: 2,
    });
    await recordSupport(t, {
      caseId: b.id,
      activityDate: "2025-02-05",
      memberId: ids.worker,
      hours: "1.5",
      collective: true,
    });
    await recordSupport(t, {
      caseId: b.id,
      scenario: "REFERENCE",
      activityDate: "2025-02-05",
      memberId: ids.worker,
      hours: "9",
    });
    const data = await t.ok(
      `query($team: ID!) { teamMonths(teamId: $team, from: "2025-01-01", to: "2025-03-31") {
         month openCases newCases closedCases individualHours collectiveHours arrangementsUsed { cases arrangement { name } } } }`,
      { team: ids.team },
    );
    expect(data.teamMonths).toEqual([
      {
        month: "2025-01",
        openCases: 1,
        newCases: 1,
        closedCases: 0,
        individualHours: "2.00",
        collectiveHours: "0",
        arrangementsUsed: [],
      },
      {
        month: "2025-02",
        openCases: 2,
        newCases: 1,
        closedCases: 1,
        individualHours: "2.00",
        collectiveHours: "1.50",
        arrangementsUsed: [
          { cases: 1, arrangement: { name: "Budgetcursus in groep + individuele schuldhulp" } },
        ],
      },
      {
        month: "2025-03",
        openCases: 1,
        newCases: 0,
        closedCases: 0,
        individualHours: "0",
        collectiveHours: "0",
        arrangementsUsed: [],
      },
    ]);
  });

  it("places intervention hours in quadrants through provisions and arrangement components", async () => {
    const arrangement = await createArrangement();
    const c = await createCase(t, ids.team, "ZW-2025-0400", { districtId: ids.district });
    await t.ok(
      `mutation($input: ApplyArrangementInput!) { applyArrangement(input: $input) { id } }`,
      {
        input: { caseId: c.id, arrangementId: arrangement.id, startedOn: "2025-01-06" },
      },
    );
    // 3 h with debt help (placed in a); 6 h under the arrangement (a 1/3, b 1/2, c 1/6 of its planned hours);
    // 1.5 h without provision or arrangement (unplaced); 9 h in REFERENCE (not counted).
    await recordSupport(t, {
      caseId: c.id,
      activityDate: "2025-02-01",
      memberId: ids.worker,
      hours: "3",
      provisionId: ids.debt,
      units: "1",
    });
    await recordSupport(t, {
      caseId: c.id,
      activityDate: "2025-02-01",
      memberId: ids.worker,
      hours: "6",
      arrangementId: arrangement.id,
    });
    await recordSupport(t, {
      caseId: c.id,
      activityDate: "2025-02-01",
      memberId: ids.worker,
      hours: "1.5",
    });
    await recordSupport(t, {
      caseId: c.id,
      scenario: "REFERENCE",
      activityDate: "2025-02-01",
      memberId: ids.worker,
      hours: "9",
    });
    const result = await t.gql(
      `query($model: ID!, $team: ID) { effortByQuadrant(modelId: $model, filter: { teamId: $team, from: "2025-01-01", to: "2025-12-31" }) { quadrantClass hours offerCount } }`,
      { model: MODEL_A_ID, team: ids.team },
    );
    const hours = Object.fromEntries(
      result.data.effortByQuadrant.map((r: any) => [r.quadrantClass, r.hours]),
    );
    expect(hours).toEqual({
      a: "5.00",
      b: "3.00",
      c: "1.00",
      d: "0.00",
      e: "0.00",
      f: "0.00",
      ef: "0.00",
      unplaced: "1.50",
    });
    const outside = await t.gql(
      `query($model: ID!, $team: ID) { effortByQuadrant(modelId: $model, filter: { teamId: $team, from: "2026-01-01" }) { quadrantClass hours } }`,
      { model: MODEL_A_ID, team: ids.team },
    );
    expect(outside.data.effortByQuadrant.every((r: any) => r.hours === "0.00")).toBe(true);
  });

  it("never loses a concurrent case update silently", async () => {
    const c = await createCase(t, ids.team, "ZW-2025-0300");
    const update = (closedOn: string) =>
      t.gql(
        `mutation($input: UpdateCaseInput!) { updateCase(input: $input) { version closedOn } }`,
        {
          input: { id: c.id, version: c.version, closedOn },
        },
      );
    const results = await Promise.all([update("2025-06-30"), update("2025-07-31")]);
    expect(results.filter((r) => !r.errors)).toHaveLength(1);
    expect(results.filter((r) => r.errors?.[0].extensions?.code === "CONFLICT")).toHaveLength(1);
    const stored = await t.ok(`query($id: ID!) { case(id: $id) { version closedOn } }`, {
      id: c.id,
    });
    expect(stored.case).toEqual(results.find((r) => !r.errors)!.data.updateCase);
  });

  it("keeps nested case queries flat", async () => {
    const arrangement = await createArrangement();
    const query = `{ cases(first: 30) { edges { node { reference team { name } district { name }
      arrangements { arrangement { name components { provision { name } placements { x } } } }
      assessments { score } selfRelianceChange { change } bundledRequests { reference } bundledIn { reference }
      activities { hours member { name } provision { name } } outcomes { description beneficiary { code } } hours { individual } } } } }`;
    async function addCases(from: number, count: number) {
      for (let i = from; i < from + count; i++) {
        const c = await createCase(t, ids.team, `ZW-2025-${1000 + i}`, {
          districtId: ids.district,
        });
        await t.ok(
          `mutation($input: ApplyArrangementInput!) { applyArrangement(input: $input) { id } }`,
          {
            input: { caseId: c.id, arrangementId: arrangement.id, startedOn: "2025-01-06" },
          },
        );
        await recordSupport(t, {
          caseId: c.id,
          activityDate: "2025-01-10",
          memberId: ids.worker,
          hours: "1",
        });
        await t.ok(
          `mutation($input: RecordOutcomeInput!) { recordOutcome(input: $input) { id } }`,
          {
            input: {
              caseId: c.id,
              outcomeDate: "2025-03-01",
              description: "Schulden stabiel",
              beneficiaryId: ids.woco,
            },
          },
        );
      }
    }
    await addCases(0, 2);
    const small = await t.gql(query);
    expect(small.errors).toBeUndefined();
    await addCases(2, 25);
    const large = await t.gql(query);
    expect(large.data.cases.edges).toHaveLength(27);
    expect(large.extensions?.sqlStatements).toBe(small.extensions?.sqlStatements);
  });
});
