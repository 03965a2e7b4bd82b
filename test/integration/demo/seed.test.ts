import { seedDemoData } from "../../../api/demo/demo";
import { rowCounts } from "../../support/organisation-fixtures";
import { startTestServer, type TestServer } from "../../support/test-server";

describe("demo data", () => {
  let t: TestServer;
  beforeAll(async () => {
    t = await startTestServer();
  });
  afterAll(() => t.stop());

  it("seeds the five demo municipalities once, and a second run adds nothing", async () => {
    expect(await seedDemoData(t.database.dataSource)).toBe(
      "added Utrecht, Zwolle, Nieuwegein, Wijk bij Duurstede, Zeist; provisions for 5 municipalities; price lists for 5 municipalities; 2923 cases with support and outcomes; positioning surveys for 5 municipalities",
    );
    const after = await rowCounts(t);
    expect(await seedDemoData(t.database.dataSource)).toBeNull();
    expect(await rowCounts(t)).toEqual(after);
    expect(after.municipality).toBe(5);
  });

  it("has the organisations of DOMAIN.md", async () => {
    const data = await t.ok(`{ municipalities(first: 10) { edges { node { code name
      teams { name prototype districts { name } members { specialisms role } } stakeholders { code } } } } }`);
    const byCode = Object.fromEntries(
      data.municipalities.edges.map((e: any) => [e.node.code, e.node]),
    );
    expect(Object.keys(byCode).sort()).toEqual(["GM0193", "GM0344", "GM0352", "GM0355", "GM0356"]);

    const utrecht = byCode.GM0344.teams.map((team: any) => team.name);
    expect(utrecht).toContain("Buurtteam Sociaal Overvecht");
    expect(utrecht).toContain("Buurtteam Jeugd en Gezin Overvecht");

    const zwolle = byCode.GM0193.teams;
    expect(zwolle.map((team: any) => team.name).sort()).toEqual(
      ["Midden", "Noord", "Oost", "West", "Zuid"].map((area) => `Wijkteam ${area}`),
    );
    const specialisms = zwolle.flatMap((team: any) => team.members.map((m: any) => m.specialisms));
    for (const s of ["Wmo", "Jeugd", "Participatie"]) expect(specialisms.flat()).toContain(s);
    expect(specialisms.some((list: string[]) => list.length > 1)).toBe(true);

    expect(
      byCode.GM0356.teams.every(
        (team: any) => team.prototype === "NETWORK_MODEL" && team.name.startsWith("Schakelteam"),
      ),
    ).toBe(true);
    expect(byCode.GM0356.teams.map((team: any) => team.districts[0].name).sort()).toEqual([
      "Zone Midden",
      "Zone Noord",
      "Zone Zuid",
    ]);
    expect(byCode.GM0352.teams.map((team: any) => team.prototype)).toEqual(["FRONT_BACK_OFFICE"]);
    expect(byCode.GM0355.teams.every((team: any) => team.prototype === "NETWORK_MODEL")).toBe(true);
    expect(byCode.GM0344.stakeholders.map((s: any) => s.code)).toEqual(
      expect.arrayContaining([
        "GEM_WMO",
        "GEM_JEUGD",
        "GEM_PW",
        "ZVW",
        "WLZ",
        "WOCO",
        "POLITIE_JUSTITIE",
        "UWV_WERKGEVER",
        "ONDERWIJS",
        "INWONER",
      ]),
    );
  });
});
