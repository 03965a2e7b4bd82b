import { startTestServer, type TestServer } from "../../support/test-server";
import { createDistrict, createMunicipality } from "../../support/organisation-fixtures";
import {
  createProvision,
  MODEL_A_ID,
  MODEL_B_ID,
  ownModelInput,
  place,
} from "../../support/quadrant-fixtures";

const MODELS = `{ quadrantModels { id name builtIn
  xAxis { negativeLabel positiveLabel min max } yAxis { negativeLabel positiveLabel min max }
  quadrants { position code nameNl nameEn } } }`;

async function modelRows(t: TestServer): Promise<number> {
  const [row] = await t.database.dataSource.query(
    "SELECT (SELECT count(*) FROM quadrant_model)::int + (SELECT count(*) FROM quadrant)::int AS n",
  );
  return row.n;
}

describe("quadrant models", () => {
  let t: TestServer;
  beforeAll(async () => {
    t = await startTestServer();
  });
  afterAll(() => t.stop());
  beforeEach(() => t.reset());

  it("has both built-in models on a fresh database", async () => {
    const data = await t.ok(MODELS);
    expect(data.quadrantModels).toEqual([
      {
        id: MODEL_A_ID,
        name: "Individueel–Collectief × Informeel–Formeel",
        builtIn: true,
        xAxis: { negativeLabel: "individueel", positiveLabel: "collectief", min: "-15", max: "15" },
        yAxis: { negativeLabel: "informeel", positiveLabel: "formeel", min: "-15", max: "15" },
        quadrants: [
          {
            position: "TOP_LEFT",
            code: "a",
            nameNl: "individueel-formeel",
            nameEn: "individual-formal",
          },
          {
            position: "TOP_RIGHT",
            code: "b",
            nameNl: "collectief-formeel",
            nameEn: "collective-formal",
          },
          {
            position: "BOTTOM_RIGHT",
            code: "c",
            nameNl: "collectief-informeel",
            nameEn: "collective-informal",
          },
          {
            position: "BOTTOM_LEFT",
            code: "d",
            nameNl: "individueel-informeel",
            nameEn: "individual-informal",
          },
        ],
      },
      {
        id: MODEL_B_ID,
        name: "Netwerkkwadrant",
        builtIn: true,
        xAxis: {
          negativeLabel: "individuele hulpvragen",
          positiveLabel: "collectieve kwesties",
          min: "-15",
          max: "15",
        },
        yAxis: {
          negativeLabel: "sociaal netwerk",
          positiveLabel: "institutioneel netwerk",
          min: "-15",
          max: "15",
        },
        quadrants: [
          {
            position: "TOP_LEFT",
            code: "II",
            nameNl: "Tussen de regels",
            nameEn: "Between the rules",
          },
          {
            position: "TOP_RIGHT",
            code: "IV",
            nameNl: "Aan de beleidstafel",
            nameEn: "At the policy table",
          },
          {
            position: "BOTTOM_RIGHT",
            code: "III",
            nameNl: "In de wijk",
            nameEn: "In the neighbourhood",
          },
          {
            position: "BOTTOM_LEFT",
            code: "I",
            nameNl: "In het persoonlijke leven",
            nameEn: "In personal life",
          },
        ],
      },
    ]);
  });

  it("classifies points exactly, on the axes too", async () => {
    const data = await t.ok(
      `query($id: ID!) { quadrantModel(id: $id) {
        p1: classify(x: "-4.1", y: "1.8") { quadrantClass quadrant { nameNl } }
        p2: classify(x: "3", y: "0") { quadrantClass quadrant { nameNl } }
        p3: classify(x: "0", y: "-2") { quadrantClass }
        p4: classify(x: "0", y: "0") { quadrantClass }
        p5: classify(x: "0.01", y: "-0.01") { quadrantClass quadrant { code } } } }`,
      { id: MODEL_B_ID },
    );
    expect(data.quadrantModel).toEqual({
      p1: { quadrantClass: "II", quadrant: { nameNl: "Tussen de regels" } },
      p2: { quadrantClass: "e", quadrant: null },
      p3: { quadrantClass: "f" },
      p4: { quadrantClass: "ef" },
      p5: { quadrantClass: "III", quadrant: { code: "III" } },
    });
    const outside = await t.gql(
      `query($id: ID!) { quadrantModel(id: $id) { classify(x: "16", y: "0") { quadrantClass } } }`,
      {
        id: MODEL_A_ID,
      },
    );
    expect(outside.errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
    expect(outside.errors?.[0].message).toMatch(/16 lies outside the x axis \[-15, 15\]/);
  });

  it("lets a municipality define its own model, and refuses to delete one in use", async () => {
    const m = await createMunicipality(t, "GM0356", "Nieuwegein");
    const created = await t.ok(
      `mutation($input: CreateQuadrantModelInput!) { createQuadrantModel(input: $input) { id version builtIn municipality { code } quadrants { code } } }`,
      { input: ownModelInput(m.id) },
    );
    const model = created.createQuadrantModel;
    expect(model).toMatchObject({ builtIn: false, municipality: { code: "GM0356" } });
    expect(model.quadrants.map((q: any) => q.code)).toEqual(["P1", "P2", "P3", "P4"]);

    const provision = await createProvision(t, m.id, "Opvoedcursus");
    const placed = await place(t, provision.id, model.id, "6", "-2");
    expect(placed.quadrantClass).toBe("P3");

    const refused = await t.gql(`mutation($id: ID!) { deleteQuadrantModel(id: $id) { id } }`, {
      id: model.id,
    });
    expect(refused.errors?.[0].extensions?.code).toBe("CONFLICT");
    expect(refused.errors?.[0].message).toMatch(/in use \(1 placement\(s\), 0 survey\(s\)\)/);

    const narrowed = await t.gql(
      `mutation($input: UpdateQuadrantModelInput!) { updateQuadrantModel(input: $input) { version } }`,
      {
        input: {
          id: model.id,
          version: model.version,
          xAxis: { negativeLabel: "c", positiveLabel: "p", min: "-5", max: "5" },
        },
      },
    );
    expect(narrowed.errors?.[0].extensions?.code).toBe("CONFLICT");
    expect(narrowed.errors?.[0].message).toMatch(
      /xAxis: 1 stored placement\(s\) or survey response\(s\) lie outside -5…5/,
    );

    await t.ok(`mutation($id: ID!) { removeProvisionPlacement(id: $id) { id } }`, {
      id: placed.id,
    });
    await t.ok(`mutation($id: ID!, $v: Int) { deleteQuadrantModel(id: $id, version: $v) { id } }`, {
      id: model.id,
      v: model.version,
    });
    expect((await t.ok(MODELS)).quadrantModels).toHaveLength(2);
  });

  it("refuses a malformed model and writes nothing", async () => {
    const m = await createMunicipality(t, "GM0355", "Zeist");
    const base = ownModelInput(m.id);
    const cases: [Record<string, unknown>, RegExp][] = [
      [{ quadrants: base.quadrants.slice(0, 3) }, /^quadrants: must hold exactly four quadrants/],
      [
        { quadrants: base.quadrants.map((q) => ({ ...q, code: "X" })) },
        /^quadrants\[1\]\.code: must differ/,
      ],
      [
        { quadrants: base.quadrants.map((q, i) => ({ ...q, code: i === 0 ? "ef" : q.code })) },
        /quadrants\.0\.code: must not be e, f or ef/,
      ],
      [
        { quadrants: base.quadrants.map((q) => ({ ...q, position: "TOP_LEFT" })) },
        /^quadrants: must have one quadrant per position/,
      ],
      [{ xAxis: { ...base.xAxis, min: "0" } }, /^xAxis\.min: must be below 0/],
      [{ yAxis: { ...base.yAxis, max: "-1" } }, /^yAxis\.max: must be above 0/],
      [{ name: " " }, /^name: must not be empty/],
    ];
    const before = await modelRows(t);
    for (const [change, message] of cases) {
      const result = await t.gql(
        `mutation($input: CreateQuadrantModelInput!) { createQuadrantModel(input: $input) { id } }`,
        {
          input: { ...base, ...change },
        },
      );
      expect(result.errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
      expect(result.errors?.[0].message).toMatch(message);
    }
    expect(await modelRows(t)).toBe(before);
  });

  it("places provisions with district overrides and derives their quadrant", async () => {
    const m = await createMunicipality(t, "GM0344", "Utrecht");
    const overvecht = await createDistrict(t, m.id, "Overvecht");
    const zuid = await createDistrict(t, m.id, "Zuid");
    const repair = await createProvision(t, m.id, "Repaircafé", [overvecht.id, zuid.id], {
      kind: "CIVIL_SOCIETY",
      careLayer: "ZERO_LINE",
    });
    await place(t, repair.id, MODEL_A_ID, "7", "3");
    await place(t, repair.id, MODEL_A_ID, "7", "-4", overvecht.id);
    const moved = await place(t, repair.id, MODEL_B_ID, "8", "-8");
    expect(moved.quadrantClass).toBe("III");

    const data = await t.ok(
      `query($id: ID!, $a: ID!, $o: ID!, $z: ID!) { provision(id: $id) { name kind careLayer districts { name }
        inOvervecht: placement(modelId: $a, districtId: $o) { x y quadrantClass quadrant { nameNl } district { name } }
        inZuid: placement(modelId: $a, districtId: $z) { x y quadrantClass district { name } }
        placements { model { name } district { name } quadrantClass } } }`,
      { id: repair.id, a: MODEL_A_ID, o: overvecht.id, z: zuid.id },
    );
    expect(data.provision.inOvervecht).toEqual({
      x: "7",
      y: "-4",
      quadrantClass: "c",
      quadrant: { nameNl: "collectief-informeel" },
      district: { name: "Overvecht" },
    });
    expect(data.provision.inZuid).toEqual({ x: "7", y: "3", quadrantClass: "b", district: null });
    expect(data.provision.placements).toHaveLength(3);

    const replaced = await place(t, repair.id, MODEL_A_ID, "7.5", "2.25");
    expect(replaced).toMatchObject({ x: "7.5", y: "2.25", quadrantClass: "b" });
    const bad = await t.gql(
      `mutation($input: PlaceProvisionInput!) { placeProvision(input: $input) { id } }`,
      {
        input: { provisionId: repair.id, modelId: MODEL_A_ID, x: "15.5", y: "0" },
      },
    );
    expect(bad.errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
    expect(bad.errors?.[0].message).toMatch(/^x: x = 15.5 lies outside the x axis \[-15, 15\]/);
    const tooPrecise = await t.gql(
      `mutation($input: PlaceProvisionInput!) { placeProvision(input: $input) { id } }`,
      {
        input: { provisionId: repair.id, modelId: MODEL_A_ID, x: "1.125", y: "0" },
      },
    );
    expect(tooPrecise.errors?.[0].message).toBe("x: use at most two decimals");
  });

  it("counts effort per team and quadrant from the provisions in its districts, in flat statements", async () => {
    const m = await createMunicipality(t, "GM0193", "Zwolle");
    const d1 = await createDistrict(t, m.id, "Holtenbroek");
    const d2 = await createDistrict(t, m.id, "Aa-landen");
    const team = await t.ok(
      `mutation($input: CreateTeamInput!) { createTeam(input: $input) { id } }`,
      {
        input: {
          municipalityId: m.id,
          name: "Wijkteam Noord",
          teamType: "GENERALIST",
          prototype: "TEAM_MODEL",
          fundingForm: "REGULAR_BUDGET",
          districtIds: [d1.id, d2.id],
        },
      },
    );
    const gp = await createProvision(t, m.id, "Huisarts", [d1.id, d2.id]);
    const garden = await createProvision(t, m.id, "Buurtmoestuin", [d1.id]);
    const buddy = await createProvision(t, m.id, "Maatjesproject", [d2.id]);
    await place(t, gp.id, MODEL_A_ID, "-12", "12");
    await place(t, garden.id, MODEL_A_ID, "12", "-12");
    await place(t, buddy.id, MODEL_A_ID, "-9", "-7");
    await place(t, buddy.id, MODEL_A_ID, "0", "-7", d2.id);

    const result = await t.gql(
      `query($model: ID!, $team: ID) { effortByQuadrant(modelId: $model, filter: { teamId: $team }) {
         team { name } quadrantClass quadrant { nameNl } offerCount offerShare provisionNames } }`,
      { model: MODEL_A_ID, team: team.createTeam.id },
    );
    const rows = Object.fromEntries(
      result.data.effortByQuadrant.map((r: any) => [r.quadrantClass, r]),
    );
    // Offers: huisarts in both districts (a, a), moestuin in Holtenbroek (c), maatjes in Aa-landen overridden to x = 0 (f).
    expect(rows.a).toMatchObject({
      offerCount: 2,
      offerShare: "0.5",
      provisionNames: ["Huisarts"],
      quadrant: { nameNl: "individueel-formeel" },
    });
    expect(rows.c).toMatchObject({
      offerCount: 1,
      offerShare: "0.25",
      provisionNames: ["Buurtmoestuin"],
    });
    expect(rows.f).toMatchObject({
      offerCount: 1,
      offerShare: "0.25",
      provisionNames: ["Maatjesproject"],
      quadrant: null,
    });
    expect(rows.d).toMatchObject({ offerCount: 0, offerShare: "0" });
    // model, quadrants, offers, activities (none yet), teams
    expect(result.extensions?.sqlStatements).toBe(5);
  });

  it("keeps nested provision queries flat", async () => {
    const m = await createMunicipality(t, "GM0352", "Wijk bij Duurstede");
    const d = await createDistrict(t, m.id, "Cothen");
    const query = `{ provisions(first: 100) { edges { node { name districts { name } placements { quadrantClass model { name quadrants { code } } district { name } } } } } }`;
    const p1 = await createProvision(t, m.id, "P1", [d.id]);
    await place(t, p1.id, MODEL_A_ID, "1", "1");
    const small = await t.gql(query);
    for (let i = 2; i <= 30; i++) {
      const p = await createProvision(t, m.id, `P${i}`, [d.id]);
      await place(t, p.id, MODEL_A_ID, String(i % 15), "-1");
      await place(t, p.id, MODEL_B_ID, "-1", String(i % 15), d.id);
    }
    const large = await t.gql(query);
    expect(large.data.provisions.edges).toHaveLength(30);
    expect(large.extensions?.sqlStatements).toBe(small.extensions?.sqlStatements);
  });
});
