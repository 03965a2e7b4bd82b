import { startTestServer, type GraphQLClient, type TestServer } from "../../support/test-server";
import {
  codeOf,
  expectNoneOf,
  MISSING_ID,
  normalised,
  snapshot,
} from "../../support/security-fixtures";
import { foreignSecrets, richWorld, type RichWorld } from "../../support/security-world";

/**
 * FINANCE manages its own municipality's price lists and price-index series: every price-list
 * mutation on another municipality's list answers NOT_FOUND exactly as for a list that does not
 * exist, the shared (national) index series is the platform's, and nothing is written. The
 * same mutations on the own list work (the control).
 */
const CSV = [
  "code;naam;eenheid;prijs;prijsjaar;bron;drager;waardetype;betrouwbaarheid",
  "NIEUW;Nieuw tarief;uur;10,00;2025;eigen onderzoek;WMO;fiscaal;A",
].join("\n");
const FILE = { filename: "tarieven.csv", contentBase64: Buffer.from(CSV).toString("base64") };
const ITEM = {
  code: "EXTRA",
  name: "Extra uur",
  unit: "HOUR",
  price: "50.00",
  priceYear: 2025,
  bearerCode: "WMO",
  valueType: "FISCAL",
  grade: "B",
  source: "eigen onderzoek",
};

const MUTATIONS = {
  newVersion: `mutation($id: ID!) { newPriceListVersion(fromId: $id) { id version items { id version code } } }`,
  add: `mutation($id: ID!, $items: [PriceItemInput!]!) { addPriceItems(priceListId: $id, items: $items) { id version } }`,
  update: `mutation($id: ID!) { updatePriceItem(input: { id: $id, version: 1, name: "Gewijzigd" }) { id version } }`,
  remove: `mutation($id: ID!) { removePriceItem(id: $id) { id } }`,
  publish: `mutation($id: ID!, $v: Int!) { publishPriceList(id: $id, version: $v) { id } }`,
  remove_list: `mutation($id: ID!) { deletePriceList(id: $id) { id } }`,
  import: `mutation($id: ID!, $file: ImportFileInput!) { importPriceItems(priceListId: $id, file: $file) { rowsRead rowsImported problems { row column reason } } }`,
  index: `mutation($m: ID, $values: [PriceIndexValueInput!]!) { setPriceIndex(municipalityId: $m, name: "CBS CPI 2015=100", values: $values) { name municipalityId values { year value } } }`,
};

describe("security: FINANCE and other municipalities' price lists", () => {
  let t: TestServer;
  let w: RichWorld;
  let secrets: string[];
  let finance: GraphQLClient;

  beforeAll(async () => {
    t = await startTestServer();
    w = await richWorld(t);
    secrets = foreignSecrets(w);
    finance = await t.as("FINANCE", w.own.id);
  });
  afterAll(() => t.stop());

  /** Sends the mutation with the foreign id and with an id of nothing: the same NOT_FOUND. */
  async function refusedLikeMissing(name: string, mutation: string, vars: Record<string, unknown>) {
    const foreignIds = secrets.filter((id) => JSON.stringify(vars).includes(id));
    let missing = JSON.stringify(vars);
    for (const id of foreignIds) missing = missing.split(id).join(MISSING_ID);
    const viaForeign = await finance.gql(mutation, vars);
    const viaMissing = await finance.gql(mutation, JSON.parse(missing));
    expect([name, codeOf(viaForeign), viaForeign.data ?? null]).toEqual([name, "NOT_FOUND", null]);
    expect([name, normalised(viaForeign, foreignIds)]).toEqual([
      name,
      normalised(viaMissing, [MISSING_ID]),
    ]);
    expectNoneOf(
      viaForeign,
      secrets.filter((id) => !foreignIds.includes(id)),
      name,
    );
  }

  it("changes nothing of another municipality's published list or draft", async () => {
    const published = w.foreignData.priceListId;
    const publishedItem = w.foreignData.priceItemIds[0];
    let before = await snapshot(t);
    // Utrecht has no draft yet, so a missing check would copy its list into a new version
    await refusedLikeMissing("newPriceListVersion", MUTATIONS.newVersion, { id: published });
    await refusedLikeMissing("addPriceItems (published)", MUTATIONS.add, {
      id: published,
      items: [ITEM],
    });
    await refusedLikeMissing("updatePriceItem (published)", MUTATIONS.update, {
      id: publishedItem,
    });
    await refusedLikeMissing("deletePriceList (published)", MUTATIONS.remove_list, {
      id: published,
    });
    expect(await snapshot(t)).toEqual(before);

    // Utrecht's own finance officer (here: ADMIN) starts a draft; Zwolle's cannot touch it
    const draft = (await t.ok(MUTATIONS.newVersion, { id: published })).newPriceListVersion;
    secrets.push(draft.id, ...draft.items.map((i: { id: string }) => i.id));
    before = await snapshot(t);
    const draftItem = draft.items[0].id;
    await refusedLikeMissing("addPriceItems", MUTATIONS.add, { id: draft.id, items: [ITEM] });
    await refusedLikeMissing("updatePriceItem", MUTATIONS.update, { id: draftItem });
    await refusedLikeMissing("removePriceItem", MUTATIONS.remove, { id: draftItem });
    await refusedLikeMissing("publishPriceList", MUTATIONS.publish, {
      id: draft.id,
      v: draft.version,
    });
    await refusedLikeMissing("deletePriceList", MUTATIONS.remove_list, { id: draft.id });
    await refusedLikeMissing("importPriceItems", MUTATIONS.import, { id: draft.id, file: FILE });
    expect(await snapshot(t)).toEqual(before);
    const stillThere = await t.ok(
      `query($id: ID!) { priceList(id: $id) { status items { name } } }`,
      {
        id: draft.id,
      },
    );
    expect(stillThere.priceList.status).toBe("DRAFT");
    expect(stillThere.priceList.items).toHaveLength(3);
    await t.ok(MUTATIONS.remove_list, { id: draft.id });
  });

  it("does the same to its own municipality's list (the control)", async () => {
    const draft = (await finance.ok(MUTATIONS.newVersion, { id: w.ownData.priceListId }))
      .newPriceListVersion;
    const added = (await finance.ok(MUTATIONS.add, { id: draft.id, items: [ITEM] })).addPriceItems;
    expect(added.version).toBeGreaterThan(draft.version);
    await finance.ok(MUTATIONS.update, { id: draft.items[0].id });
    await finance.ok(MUTATIONS.remove, { id: draft.items[1].id });
    const imported = (await finance.ok(MUTATIONS.import, { id: draft.id, file: FILE }))
      .importPriceItems;
    expect(imported).toEqual({ rowsRead: 1, rowsImported: 1, problems: [] });
    const list = await finance.ok(
      `query($id: ID!) { priceList(id: $id) { items { code name } } }`,
      {
        id: draft.id,
      },
    );
    const kept = draft.items.filter((_: unknown, i: number) => i !== 1).map((i: any) => i.code);
    expect(list.priceList.items.map((i: any) => i.code).sort()).toEqual(
      [...kept, "EXTRA", "NIEUW"].sort(),
    );
    await finance.ok(MUTATIONS.remove_list, { id: draft.id });
  });

  it("sets its own index series only; the shared series is the platform's", async () => {
    const values = [{ year: 2026, value: "110.5" }];
    const before = await snapshot(t);
    const shared = await finance.gql(MUTATIONS.index, { m: null, values });
    expect(codeOf(shared)).toBe("FORBIDDEN");
    expect(shared.data ?? null).toBeNull();
    await refusedLikeMissing("setPriceIndex", MUTATIONS.index, { m: w.foreign.id, values });
    for (const role of ["ANALYST", "TEAM_LEAD", "PROFESSIONAL"] as const) {
      const other = await t.as(role, w.own.id, [w.own.team.id]);
      const own = await other.gql(MUTATIONS.index, { m: w.own.id, values });
      expect([role, codeOf(own)]).toEqual([role, "FORBIDDEN"]);
    }
    expect(await snapshot(t)).toEqual(before);
    const own = await finance.ok(MUTATIONS.index, { m: w.own.id, values });
    expect(own.setPriceIndex).toEqual({
      name: "CBS CPI 2015=100",
      municipalityId: w.own.id,
      values: [{ year: 2026, value: "110.5" }],
    });
    const listed = await t.ok(`{ priceIndices(name: "CBS CPI 2015=100") { municipalityId } }`);
    expect(listed.priceIndices).toEqual([{ municipalityId: w.own.id }]);
  });
});
