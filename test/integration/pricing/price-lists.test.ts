import ExcelJS from "exceljs";
import { startTestServer, type TestServer } from "../../support/test-server";
import { createMunicipality } from "../../support/organisation-fixtures";
import { standardStakeholders } from "../../../api/demo/organisations";
import { demoPriceItems } from "../../../api/demo/price-items";
import { seedPriceList } from "../../../api/demo/price-list";

const LIST = `id version versionNumber status validFrom publishedAt name basedOn { id versionNumber }
  items { id version code name unit priceCents price priceYear source bearerCode valueType grade }`;

const STAKEHOLDERS = [
  { code: "GEM_WMO", name: "Gemeente (Wmo 2015)", kind: "MUNICIPALITY_WMO" },
  { code: "ZVW", name: "Zorgverzekeraar (Zvw)", kind: "HEALTH_INSURER" },
  { code: "INWONER", name: "Inwoner", kind: "RESIDENT" },
];

function item(code: string, extra: Record<string, unknown> = {}) {
  return {
    code,
    name: `Item ${code}`,
    unit: "HOUR",
    price: "87.00",
    priceYear: 2024,
    source: "Subsidieberekening (indicatief)",
    bearerCode: "GEM_WMO",
    valueType: "FISCAL",
    grade: "B",
    ...extra,
  };
}

function csvFile(filename: string, lines: string[]) {
  return { filename, contentBase64: Buffer.from(lines.join("\n")).toString("base64") };
}

async function xlsxFile(filename: string, rows: unknown[][]) {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("Prijslijst");
  rows.forEach((row) => sheet.addRow(row));
  const content = Buffer.from(await workbook.xlsx.writeBuffer()).toString("base64");
  return { filename, contentBase64: content };
}

describe("price lists (maatschappelijke prijslijst)", () => {
  let t: TestServer;
  let municipalityId: string;
  beforeAll(async () => {
    t = await startTestServer();
  });
  afterAll(() => t.stop());
  beforeEach(async () => {
    await t.reset();
    municipalityId = (await createMunicipality(t, "GM0344", "Utrecht")).id;
    for (const stakeholder of STAKEHOLDERS) {
      await t.ok(
        `mutation($input: CreateStakeholderInput!) { createStakeholder(input: $input) { id } }`,
        { input: { municipalityId, ...stakeholder } },
      );
    }
  });

  async function createList(name = "Prijslijst Utrecht", validFrom = "2025-01-01") {
    const data = await t.ok(
      `mutation($input: CreatePriceListInput!) { createPriceList(input: $input) { ${LIST} } }`,
      { input: { municipalityId, name, validFrom } },
    );
    return data.createPriceList;
  }

  async function addItems(priceListId: string, items: unknown[]) {
    const data = await t.ok(
      `mutation($id: ID!, $items: [PriceItemInput!]!) { addPriceItems(priceListId: $id, items: $items) { ${LIST} } }`,
      { id: priceListId, items },
    );
    return data.addPriceItems;
  }

  async function getList(id: string) {
    return (await t.ok(`query($id: ID!) { priceList(id: $id) { ${LIST} } }`, { id })).priceList;
  }

  async function publish(id: string, version: number) {
    return t.gql(
      `mutation($id: ID!, $v: Int!) { publishPriceList(id: $id, version: $v) { ${LIST} } }`,
      { id, v: version },
    );
  }

  async function itemCount(): Promise<number> {
    const [row] = await t.database.dataSource.query("SELECT count(*)::int AS n FROM price_item");
    return row.n;
  }

  async function importFile(
    priceListId: string,
    file: { filename: string; contentBase64: string },
  ) {
    const data = await t.ok(
      `mutation($id: ID!, $file: ImportFileInput!) { importPriceItems(priceListId: $id, file: $file) {
        rowsRead rowsImported problems { row column value reason } } }`,
      { id: priceListId, file },
    );
    return data.importPriceItems;
  }

  it("goes from draft to published; a published version never changes; a new version copies it", async () => {
    const draft = await createList();
    expect(draft).toMatchObject({
      versionNumber: 1,
      status: "DRAFT",
      publishedAt: null,
      items: [],
    });

    const filled = await addItems(draft.id, [
      item("UUR_BUURTTEAM", { price: "87.5" }),
      item("SEH_BEZOEK", { unit: "EVENT", priceCents: "32000", price: null, bearerCode: "zvw" }),
      item("EENZAAMHEID", {
        unit: "YEAR",
        price: "3000",
        valueType: "SOCIAL",
        grade: "C",
        bearerCode: "INWONER",
      }),
    ]);
    expect(filled.version).toBeGreaterThan(draft.version);
    expect(filled.items.map((i: any) => [i.code, i.priceCents, i.price, i.bearerCode])).toEqual([
      ["EENZAAMHEID", "300000", "3000.00", "INWONER"],
      ["SEH_BEZOEK", "32000", "320.00", "ZVW"],
      ["UUR_BUURTTEAM", "8750", "87.50", "GEM_WMO"],
    ]);

    // A stale version (read before the items were added) is refused and publishes nothing.
    const stale = await publish(draft.id, draft.version);
    expect(stale.errors?.[0].extensions?.code).toBe("CONFLICT");
    expect((await getList(draft.id)).status).toBe("DRAFT");

    const published = (await publish(draft.id, filled.version)).data.publishPriceList;
    expect(published).toMatchObject({ status: "PUBLISHED", versionNumber: 1 });
    expect(published.publishedAt).toEqual(expect.any(String));

    const v1Item = filled.items.find((i: any) => i.code === "UUR_BUURTTEAM");
    const refusals = [
      await t.gql(
        `mutation($id: ID!, $items: [PriceItemInput!]!) { addPriceItems(priceListId: $id, items: $items) { id } }`,
        { id: draft.id, items: [item("NIEUW")] },
      ),
      await t.gql(
        `mutation($input: UpdatePriceItemInput!) { updatePriceItem(input: $input) { id } }`,
        { input: { id: v1Item.id, version: v1Item.version, price: "90" } },
      ),
      await t.gql(`mutation($id: ID!) { removePriceItem(id: $id) { id } }`, { id: v1Item.id }),
      await t.gql(
        `mutation($id: ID!, $file: ImportFileInput!) { importPriceItems(priceListId: $id, file: $file) { rowsImported } }`,
        {
          id: draft.id,
          file: csvFile("extra.csv", [
            "code,name,unit,price,price_year,bearer,value_type,grade",
            "NIEUW,Nieuw,hour,10,2024,GEM_WMO,FISCAL,B",
          ]),
        },
      ),
      await t.gql(`mutation($id: ID!) { deletePriceList(id: $id) { id } }`, { id: draft.id }),
      await publish(draft.id, published.version),
    ];
    for (const refusal of refusals) {
      expect(refusal.errors?.[0].extensions?.code).toBe("CONFLICT");
    }
    expect(refusals[0].errors?.[0].message).toMatch(
      /is published and cannot change.*newPriceListVersion/,
    );
    // The database refuses it too, whoever asks.
    await expect(
      t.database.dataSource.query("UPDATE price_item SET price_cents = 1 WHERE id = $1", [
        v1Item.id,
      ]),
    ).rejects.toThrow(/published/);
    await expect(
      t.database.dataSource.query("UPDATE price_list SET name = 'x' WHERE id = $1", [draft.id]),
    ).rejects.toThrow(/published/);

    const copy = (
      await t.ok(
        `mutation($from: ID!) { newPriceListVersion(fromId: $from, validFrom: "2026-01-01") { ${LIST} } }`,
        { from: draft.id },
      )
    ).newPriceListVersion;
    expect(copy).toMatchObject({
      versionNumber: 2,
      status: "DRAFT",
      validFrom: "2026-01-01",
      name: "Prijslijst Utrecht",
      basedOn: { id: draft.id, versionNumber: 1 },
    });
    const strip = (items: any[]) => items.map(({ id: _id, version: _v, ...rest }) => rest);
    expect(strip(copy.items)).toEqual(strip(published.items));
    expect(copy.items.map((i: any) => i.id)).not.toContain(v1Item.id);

    // One draft at a time.
    const second = await t.gql(
      `mutation($input: CreatePriceListInput!) { createPriceList(input: $input) { id } }`,
      { input: { municipalityId, name: "Nog een", validFrom: "2026-01-01" } },
    );
    expect(second.errors?.[0].extensions?.code).toBe("CONFLICT");
    expect(second.errors?.[0].message).toMatch(/already has a draft price list \(version 2/);

    // Edit the new version: the old one stays as it was.
    const copyItem = copy.items.find((i: any) => i.code === "UUR_BUURTTEAM");
    const updated = await t.ok(
      `mutation($input: UpdatePriceItemInput!) { updatePriceItem(input: $input) { version price priceYear } }`,
      { input: { id: copyItem.id, version: copyItem.version, price: "91.25", priceYear: 2025 } },
    );
    expect(updated.updatePriceItem).toEqual({
      version: copyItem.version + 1,
      price: "91.25",
      priceYear: 2025,
    });
    const staleItem = await t.gql(
      `mutation($input: UpdatePriceItemInput!) { updatePriceItem(input: $input) { version } }`,
      { input: { id: copyItem.id, version: copyItem.version, price: "1" } },
    );
    expect(staleItem.errors?.[0].extensions?.code).toBe("CONFLICT");
    const removed = copy.items.find((i: any) => i.code === "SEH_BEZOEK");
    await t.ok(`mutation($id: ID!) { removePriceItem(id: $id) { id } }`, { id: removed.id });

    expect(await getList(draft.id)).toEqual(published);
    const v2 = await getList(copy.id);
    expect(v2.items.map((i: any) => [i.code, i.price])).toEqual([
      ["EENZAAMHEID", "3000.00"],
      ["UUR_BUURTTEAM", "91.25"],
    ]);
    await publish(copy.id, v2.version);
    const lists = await t.ok(
      `query($m: ID!) { priceLists(municipalityId: $m) { versionNumber status } }`,
      { m: municipalityId },
    );
    expect(lists.priceLists).toEqual([
      { versionNumber: 2, status: "PUBLISHED" },
      { versionNumber: 1, status: "PUBLISHED" },
    ]);
  });

  it("refuses bad items as BAD_USER_INPUT naming the field, and writes none of them", async () => {
    const draft = await createList();
    const cases: [Record<string, unknown>, string, RegExp][] = [
      [
        { bearerCode: "WOCO" },
        "items[1].bearerCode",
        /not a stakeholder code of this municipality \(GEM_WMO, INWONER, ZVW\)/,
      ],
      [{ price: "-12.50" }, "items[1].price", /must not be negative/],
      [{ price: null, priceCents: "-1" }, "items[1].priceCents", /must not be negative/],
      [{ price: "12.345" }, "items[1].price", /whole cents/],
      [{ priceYear: 1989 }, "items[1].priceYear", /from 1990 to 2100/],
      [{ priceYear: 2101 }, "items[1].priceYear", /from 1990 to 2100/],
      [{ code: "uur buurtteam" }, "items[1].code", /capitals, digits/],
      [{ code: "GOED" }, "items[1].code", /repeats the code of items\[0\]/],
      [{ price: null }, "items[1].price", /is required/],
    ];
    for (const [change, field, reason] of cases) {
      const result = await t.gql(
        `mutation($id: ID!, $items: [PriceItemInput!]!) { addPriceItems(priceListId: $id, items: $items) { id } }`,
        { id: draft.id, items: [item("GOED"), item("FOUT", change)] },
      );
      const error = result.errors?.[0];
      expect(error?.extensions?.code).toBe("BAD_USER_INPUT");
      expect(error?.extensions?.field).toBe(field);
      expect(error?.message).toMatch(reason);
    }
    // Unknown units and grades are not values of their enums: refused before anything runs.
    for (const [change, field] of [
      [{ unit: "STUK" }, "items[1].unit"],
      [{ grade: "D" }, "items[1].grade"],
    ] as const) {
      const result = await t.gql(
        `mutation($id: ID!, $items: [PriceItemInput!]!) { addPriceItems(priceListId: $id, items: $items) { id } }`,
        { id: draft.id, items: [item("GOED"), item("FOUT", change)] },
      );
      expect(result.errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
      expect(result.errors?.[0].message).toContain(field);
    }
    // Every problem of a call is listed.
    const many = await t.gql(
      `mutation($id: ID!, $items: [PriceItemInput!]!) { addPriceItems(priceListId: $id, items: $items) { id } }`,
      {
        id: draft.id,
        items: [item("A", { price: "-1" }), item("B", { priceYear: 1800, bearerCode: "X" })],
      },
    );
    expect((many.errors?.[0].extensions?.fields as any[]).map((f) => f.field)).toEqual([
      "items[0].price",
      "items[1].priceYear",
      "items[1].bearerCode",
    ]);
    expect(await itemCount()).toBe(0);
  });

  it("imports a CSV with Dutch headers, decimal commas and Dutch values", async () => {
    const draft = await createList();
    const report = await importFile(
      draft.id,
      csvFile("prijslijst.csv", [
        "Code;Naam;Eenheid;Prijs;Prijsjaar;Bron;Drager;Waardetype;Betrouwbaarheid",
        "UUR_BUURTTEAM;Uur buurtteamwerker;uur;87,50;2024;Subsidieberekening;GEM_WMO;fiscaal;B",
        'SEH_BEZOEK;Bezoek spoedeisende hulp;keer;"€ 1.320,05";2023;NZa;ZVW;Fiscaal;b',
        "EENZAAMHEID;Eenzaamheid verminderd;jaar;3000;2022;Werkwijzer MKBA;inwoner;maatschappelijk;C",
      ]),
    );
    expect(report).toEqual({ rowsRead: 3, rowsImported: 3, problems: [] });
    const list = await getList(draft.id);
    expect(
      list.items.map((i: any) => [
        i.code,
        i.unit,
        i.priceCents,
        i.priceYear,
        i.bearerCode,
        i.valueType,
        i.grade,
      ]),
    ).toEqual([
      ["EENZAAMHEID", "YEAR", "300000", 2022, "INWONER", "SOCIAL", "C"],
      ["SEH_BEZOEK", "EVENT", "132005", 2023, "ZVW", "FISCAL", "B"],
      ["UUR_BUURTTEAM", "HOUR", "8750", 2024, "GEM_WMO", "FISCAL", "B"],
    ]);
    expect(list.version).toBeGreaterThan(draft.version);
  });

  it("reports every bad row of a CSV by row and column and writes nothing", async () => {
    const draft = await createList();
    await addItems(draft.id, [item("BESTAAT")]);
    const report = await importFile(
      draft.id,
      csvFile("fout.csv", [
        "code,naam,eenheid,prijs,prijsjaar,bron,drager,waardetype,betrouwbaarheid",
        "GOED,Goed,uur,10,2024,,GEM_WMO,fiscaal,A",
        "ONBEKEND,Onbekende drager,uur,10,2024,,POLITIE,fiscaal,B",
        "NEGATIEF,Negatieve prijs,uur,-10,2024,,GEM_WMO,fiscaal,B",
        "OUD,Te oud,uur,10,1989,,GEM_WMO,fiscaal,B",
        "CIJFER,Slecht cijfer,uur,10,2024,,GEM_WMO,fiscaal,D",
        "STUK,Onbekende eenheid,stuk,10,2024,,GEM_WMO,fiscaal,B",
        "BESTAAT,Al in de lijst,uur,10,2024,,GEM_WMO,fiscaal,B",
        "GOED,Dubbel,uur,10,2024,,GEM_WMO,fiscaal,B",
      ]),
    );
    expect(report.rowsRead).toBe(8);
    expect(report.rowsImported).toBe(0);
    expect(report.problems.map((p: any) => [p.row, p.column, p.value])).toEqual([
      [3, "bearerCode", "POLITIE"],
      [4, "price", "-10"],
      [5, "priceYear", "1989"],
      [6, "grade", "D"],
      [7, "unit", "stuk"],
      [8, "code", "BESTAAT"],
      [9, "code", "GOED"],
    ]);
    expect(report.problems[4].reason).toMatch(/not a known unit/);
    expect(report.problems[5].reason).toBe("is already in the price list");
    expect(report.problems[6].reason).toBe("repeats the code of row 2");
    expect(await itemCount()).toBe(1);

    const noPrice = await importFile(
      draft.id,
      csvFile("zonder-prijs.csv", [
        "code,naam,eenheid,prijsjaar,drager,waardetype,betrouwbaarheid",
      ]),
    );
    expect(noPrice.problems).toEqual([
      expect.objectContaining({ row: 1, column: "price", value: null }),
    ]);
  });

  it("imports an XLSX with English headers and cents, and reports a bad one", async () => {
    const draft = await createList();
    const header = [
      "code",
      "name",
      "unit",
      "price_cents",
      "price_year",
      "source",
      "bearer",
      "value_type",
      "grade",
    ];
    const good = await xlsxFile("prices.xlsx", [
      header,
      [
        "GGZ_TRAJECT",
        "Behandeltraject GGZ",
        "TRAJECTORY",
        480000,
        2024,
        "schatting",
        "ZVW",
        "FISCAL",
        "C",
      ],
      [
        "HH_UUR",
        "Huishoudelijke ondersteuning",
        "hour",
        3450,
        2024,
        "AMvB",
        "GEM_WMO",
        "FISCAL",
        "B",
      ],
    ]);
    expect(await importFile(draft.id, good)).toEqual({
      rowsRead: 2,
      rowsImported: 2,
      problems: [],
    });

    const bad = await xlsxFile("bad.xlsx", [
      header,
      ["OK", "Goed", "DAY", 100, 2024, "", "GEM_WMO", "ECONOMIC", "A"],
      ["NEG", "Negatief", "DAY", -100, 2024, "", "GEM_WMO", "ECONOMIC", "A"],
      ["JAAR", "Toekomst", "DAY", 100, 2150, "", "ZVW", "SOCIAL", "A"],
    ]);
    const report = await importFile(draft.id, bad);
    expect(report).toMatchObject({ rowsRead: 3, rowsImported: 0 });
    expect(report.problems.map((p: any) => [p.row, p.column])).toEqual([
      [3, "priceCents"],
      [4, "priceYear"],
    ]);
    expect(await itemCount()).toBe(2);
  });

  it("brings prices to a report year with the price index, exactly", async () => {
    const draft = await createList();
    await addItems(draft.id, [
      item("CPI_2019", { priceCents: "10000", price: null, priceYear: 2019 }),
      item("CPI_2024", { priceCents: "4321", price: null, priceYear: 2024 }),
    ]);
    const series = await t.ok(
      `mutation($values: [PriceIndexValueInput!]!) { setPriceIndex(name: "CBS CPI 2015=100", values: $values) {
        name municipalityId values { year value } } }`,
      {
        values: [
          { year: 2024, value: "130.2" },
          { year: 2019, value: "106.10" },
        ],
      },
    );
    expect(series.setPriceIndex).toEqual({
      name: "CBS CPI 2015=100",
      municipalityId: null,
      values: [
        { year: 2019, value: "106.1" },
        { year: 2024, value: "130.2" },
      ],
    });
    const noPublished = await t.gql(
      `query($m: ID!) { pricing(municipalityId: $m, reportYear: 2024) { reportYear } }`,
      { m: municipalityId },
    );
    expect(noPublished.errors?.[0].extensions?.field).toBe("priceListId");
    await publish(draft.id, (await getList(draft.id)).version);

    const PRICING = `query($m: ID!, $year: Int!, $index: String, $list: ID) {
      pricing(municipalityId: $m, reportYear: $year, indexName: $index, priceListId: $list) {
        priceList { versionNumber } reportYear indexName
        items { code priceCents priceYear indexedCents indexedPrice indexFactor bearerCode valueType grade } } }`;
    const pricing = (await t.ok(PRICING, { m: municipalityId, year: 2024 })).pricing;
    // 10,000 cents × 130.2 ÷ 106.1 = 1,302,000 ÷ 106.1 = 12,271.442035815268614514608859566446748350…
    // cents, shown as € 122.71; the 2024 price stays as it is.
    expect(pricing).toMatchObject({
      priceList: { versionNumber: 1 },
      reportYear: 2024,
      indexName: "CBS CPI 2015=100",
    });
    expect(pricing.items).toEqual([
      {
        code: "CPI_2019",
        priceCents: "10000",
        priceYear: 2019,
        indexedCents: "12271.44203581526861451460885956644674835",
        indexedPrice: "122.71",
        indexFactor: "1.227144203581526861451460885956644674835",
        bearerCode: "GEM_WMO",
        valueType: "FISCAL",
        grade: "B",
      },
      expect.objectContaining({
        code: "CPI_2024",
        indexedCents: "4321",
        indexedPrice: "43.21",
        indexFactor: "1",
      }),
    ]);

    // A municipality's own series of a name wins over a shared one: 10,000 × 100 ÷ 80 = 12,500;
    // back to 2019: 4,321 × 80 ÷ 100 = 3,456.8 cents, shown as € 34.57
    await t.ok(
      `mutation($m: ID!) { setPriceIndex(name: "OVA", municipalityId: $m, values: [{ year: 2019, value: "80" }, { year: 2024, value: "100" }]) { name } }`,
      { m: municipalityId },
    );
    const ova = (await t.ok(PRICING, { m: municipalityId, year: 2024, index: "OVA" })).pricing;
    expect(ova.items[0]).toMatchObject({
      indexedCents: "12500",
      indexedPrice: "125.00",
      indexFactor: "1.25",
    });
    const back = (await t.ok(PRICING, { m: municipalityId, year: 2019, index: "OVA" })).pricing;
    expect(back.items[1]).toMatchObject({
      priceCents: "4321",
      indexedCents: "3456.8",
      indexedPrice: "34.57",
    });

    const indices = await t.ok(`{ priceIndices { name municipalityId values { year } } }`);
    expect(indices.priceIndices.map((s: any) => [s.name, s.municipalityId])).toEqual([
      ["CBS CPI 2015=100", null],
      ["OVA", municipalityId],
    ]);
  });

  it("refuses a report year or price year the index does not have", async () => {
    const draft = await createList();
    await addItems(draft.id, [
      item("OUD", { priceYear: 2012 }),
      item("NIEUW", { priceYear: 2024 }),
    ]);
    await publish(draft.id, (await getList(draft.id)).version);
    await t.ok(
      `mutation { setPriceIndex(name: "CBS CPI 2015=100", values: [{ year: 2015, value: "100" }, { year: 2024, value: "130.2" }]) { name } }`,
    );
    const query = `query($m: ID!, $year: Int!) { pricing(municipalityId: $m, reportYear: $year) { items { code } } }`;
    const reportYear = await t.gql(query, { m: municipalityId, year: 2030 });
    expect(reportYear.errors?.[0].extensions).toMatchObject({
      code: "BAD_USER_INPUT",
      field: "reportYear",
    });
    expect(reportYear.errors?.[0].message).toBe(
      'reportYear: the price index "CBS CPI 2015=100" has no value for 2030; set it with setPriceIndex or choose another report year',
    );
    const priceYear = await t.gql(query, { m: municipalityId, year: 2024 });
    expect(priceYear.errors?.[0].extensions).toMatchObject({
      code: "BAD_USER_INPUT",
      field: "indexName",
    });
    expect(priceYear.errors?.[0].message).toMatch(/has no value for 2012, the price year of OUD/);
    const unknown = await t.gql(
      `query($m: ID!) { pricing(municipalityId: $m, reportYear: 2024, indexName: "Onbekend") { reportYear } }`,
      { m: municipalityId },
    );
    expect(unknown.errors?.[0].message).toBe('indexName: there is no price index "Onbekend"');
    const badValue = await t.gql(
      `mutation { setPriceIndex(name: "X", values: [{ year: 2024, value: "0" }, { year: 2024, value: "1" }]) { name } }`,
    );
    expect((badValue.errors?.[0].extensions?.fields as any[]).map((f) => f.field)).toEqual([
      "values[0].value",
      "values[1].year",
    ]);
  });

  it("seeds the demo price list as published version 1, with the CPI series", async () => {
    for (const stakeholder of standardStakeholders.filter(
      (s) => !STAKEHOLDERS.some((own) => own.code === s.code),
    )) {
      await t.ok(
        `mutation($input: CreateStakeholderInput!) { createStakeholder(input: $input) { id } }`,
        { input: { municipalityId, ...stakeholder } },
      );
    }
    const db = t.database.dataSource;
    expect(await db.transaction((em) => seedPriceList(em, municipalityId))).toBe(true);
    expect(await db.transaction((em) => seedPriceList(em, municipalityId))).toBe(false);
    const data = await t.ok(
      `query($m: ID!) {
        priceLists(municipalityId: $m) { versionNumber status items { code } }
        priceIndices(name: "CBS CPI 2015=100") { municipalityId values { year value } }
        pricing(municipalityId: $m, reportYear: 2025) { items { code priceCents indexedPrice } } }`,
      { m: municipalityId },
    );
    expect(data.priceLists).toHaveLength(1);
    expect(data.priceLists[0]).toMatchObject({ versionNumber: 1, status: "PUBLISHED" });
    expect(data.priceLists[0].items).toHaveLength(demoPriceItems.length);
    const cpi = data.priceIndices[0];
    expect(cpi.municipalityId).toBeNull();
    expect(cpi.values.map((v: any) => v.year)).toEqual(
      Array.from({ length: 12 }, (_, i) => 2015 + i),
    );
    // 8,700 cents at 2024 prices × 134.3 ÷ 130.2 = 8,973.96… cents: € 89.74 at 2025 prices
    expect(data.pricing.items).toContainEqual({
      code: "UUR_BUURTTEAM_SOCIAAL",
      priceCents: "8700",
      indexedPrice: "89.74",
    });
  });

  it("reads a price list with its items in 2–3 statements, however many items", async () => {
    const QUERY = `query($id: ID!) { priceList(id: $id) { versionNumber items { code price } } }`;
    const WITH_BEARER = `query($id: ID!) { priceList(id: $id) { items { code bearer { code kind } } } }`;
    const small = await createList();
    await addItems(small.id, [item("A1"), item("A2")]);
    const smallResult = await t.gql(QUERY, { id: small.id });
    const smallBearer = await t.gql(WITH_BEARER, { id: small.id });

    await t.ok(`mutation($id: ID!) { deletePriceList(id: $id) { id } }`, { id: small.id });
    const large = await createList();
    const many = Array.from({ length: 120 }, (_, i) =>
      item(`ITEM_${String(i).padStart(3, "0")}`, { bearerCode: STAKEHOLDERS[i % 3].code }),
    );
    await addItems(large.id, many);
    const largeResult = await t.gql(QUERY, { id: large.id });
    const largeBearer = await t.gql(WITH_BEARER, { id: large.id });
    expect(largeResult.data.priceList.items).toHaveLength(120);
    expect(largeBearer.data.priceList.items.slice(0, 3).map((i: any) => i.bearer.code)).toEqual([
      "GEM_WMO",
      "ZVW",
      "INWONER",
    ]);

    // list, items
    expect(smallResult.extensions?.sqlStatements).toBe(2);
    expect(largeResult.extensions?.sqlStatements).toBe(2);
    // list, items, bearers
    expect(smallBearer.extensions?.sqlStatements).toBe(3);
    expect(largeBearer.extensions?.sqlStatements).toBe(3);

    const lists = await t.gql(
      `query($m: ID!) { priceLists(municipalityId: $m) { items { code } } }`,
      {
        m: municipalityId,
      },
    );
    expect(lists.extensions?.sqlStatements).toBe(2);
  });
});
