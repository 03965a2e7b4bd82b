import { createMunicipality } from "../../support/organisation-fixtures";
import { startTestServer, type TestServer } from "../../support/test-server";

/**
 * Asking for exports: the same export (municipality, filter, language) already queued or
 * running is answered instead of being queued again, a municipality has at most five open at
 * once, and the audit row is written in the same transaction as the export.
 */
const EXPORT = `mutation($filter: ReportFilter!, $language: Language) {
  exportAccountabilityReport(filter: $filter, language: $language) { id status } }`;

describe("asking for accountability workbooks", () => {
  let t: TestServer;
  let zwolle: string;
  let deventer: string;
  beforeAll(async () => {
    // No worker: exports stay queued.
    t = await startTestServer({ reportWorker: false });
    zwolle = (await createMunicipality(t, "GM0193", "Zwolle")).id;
    deventer = (await createMunicipality(t, "GM0150", "Deventer")).id;
  });
  afterAll(() => t.stop());
  beforeEach(() =>
    t.database.dataSource.query("DELETE FROM report_export; DELETE FROM audit_event"),
  );

  const ask = (filter: Record<string, unknown>, language = "NL") =>
    t.gql(EXPORT, { filter, language });
  const exports = (municipalityId: string) =>
    t.database.dataSource.query("SELECT id, status FROM report_export WHERE municipality_id = $1", [
      municipalityId,
    ]);
  const audits = async () =>
    (
      await t.database.dataSource.query(
        "SELECT detail->>'reportExportId' AS id, detail->>'reused' AS reused FROM audit_event WHERE action = 'EXPORT' ORDER BY at, id",
      )
    ).map((row: { id: string; reused: string }) => [row.id, row.reused]);

  it("answers an identical open export instead of queueing it again", async () => {
    const year = { municipalityId: zwolle, from: "2025-01-01", to: "2025-12-31" };
    const first = (await ask(year)).data!.exportAccountabilityReport;
    // the same filter, spelled out with its defaults and an empty team
    const again = (
      await ask({ ...year, groupBy: "ARRANGEMENT", granularity: "MONTH", teamId: null })
    ).data!.exportAccountabilityReport;
    expect(again).toEqual(first);
    const english = (await ask(year, "EN")).data!.exportAccountabilityReport;
    expect(english.id).not.toBe(first.id);
    expect(await exports(zwolle)).toHaveLength(2);
    // every request is audited, in the transaction that queued (or found) the export
    expect(await audits()).toEqual([
      [first.id, "false"],
      [first.id, "true"],
      [english.id, "false"],
    ]);
    // once finished, the same filter is a new export
    await t.database.dataSource.query("UPDATE report_export SET status = 'FAILED' WHERE id = $1", [
      first.id,
    ]);
    expect((await ask(year)).data!.exportAccountabilityReport.id).not.toBe(first.id);
  });

  it("refuses a sixth open export of a municipality with CONFLICT, and audits no refusal", async () => {
    for (let month = 1; month <= 5; month += 1) {
      const mm = String(month).padStart(2, "0");
      const result = await ask({ municipalityId: zwolle, from: `2025-${mm}-01`, to: "2025-12-31" });
      expect(result.errors).toBeUndefined();
    }
    const sixth = await ask({ municipalityId: zwolle, from: "2025-06-01", to: "2025-12-31" });
    expect(sixth.errors?.[0]).toMatchObject({
      message:
        "5 exports of this municipality are already queued or running (at most 5); wait until one has finished and ask again",
      extensions: { code: "CONFLICT" },
    });
    expect(await exports(zwolle)).toHaveLength(5);
    expect(await audits()).toHaveLength(5);
    // another municipality is not held up
    const other = await ask({ municipalityId: deventer, from: "2025-01-01", to: "2025-12-31" });
    expect(other.errors).toBeUndefined();
    // and one finished makes room
    const [open] = await exports(zwolle);
    await t.database.dataSource.query(
      "UPDATE report_export SET status = 'SUCCEEDED' WHERE id = $1",
      [open.id],
    );
    expect(
      (await ask({ municipalityId: zwolle, from: "2025-06-01", to: "2025-12-31" })).errors,
    ).toBeUndefined();
  });
});
