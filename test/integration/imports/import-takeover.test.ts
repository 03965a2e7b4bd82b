import { claimNextImportJob } from "../../../api/imports/import-jobs";
import { startImportWorker } from "../../../api/imports/import-worker";
import { startTestServer, type TestServer } from "../../support/test-server";
import {
  createDistrict,
  createMunicipality,
  createTeam,
} from "../../support/organisation-fixtures";

const CASES_CSV = [
  "Casusnummer;Registratie_ID;Teamnaam;Wijk;Soort;Startdatum",
  "ZW-2025-0101;REG-101;Wijkteam Midden;Assendorp;HELP_REQUEST;2025-02-03",
  "ZW-2025-0102;REG-102;Wijkteam Midden;Assendorp;HELP_REQUEST;2025-02-04",
].join("\n");
const IMPORT = `mutation($m: ID!, $file: ImportFileInput!) {
  importRegistrations(municipalityId: $m, kind: CASES, file: $file) { id status } }`;
const JOB = `query($id: ID!) { importJob(id: $id) { status rowsInserted heartbeatAt } }`;

/** A replica that dies while importing leaves its job RUNNING; another worker takes it over. */
describe("import jobs orphaned by a replica that died", () => {
  let t: TestServer;
  let municipalityId: string;
  beforeAll(async () => {
    // No worker in the server: the test decides when jobs are claimed.
    t = await startTestServer({ importWorker: false });
    municipalityId = (await createMunicipality(t, "GM0193", "Zwolle")).id;
    const assendorp = await createDistrict(t, municipalityId, "Assendorp");
    await createTeam(t, municipalityId, "Wijkteam Midden", [assendorp.id]);
  });
  afterAll(() => t.stop());

  async function enqueue(): Promise<string> {
    const file = {
      filename: "zaken.csv",
      contentBase64: Buffer.from(CASES_CSV).toString("base64"),
    };
    return (await t.ok(IMPORT, { m: municipalityId, file })).importRegistrations.id;
  }
  async function markRunning(id: string, minutesAgo: number) {
    await t.database.dataSource.query(
      `UPDATE import_job SET status = 'RUNNING',
              started_at = now() - make_interval(mins => $2), heartbeat_at = now() - make_interval(mins => $2)
        WHERE id = $1`,
      [id, minutesAgo],
    );
  }

  it("claims a silent RUNNING job, never a live one, and runs it to the end once", async () => {
    const orphan = await enqueue();
    const live = await enqueue();
    await markRunning(orphan, 10);
    await markRunning(live, 1);

    const db = t.database.dataSource;
    const claimed = await claimNextImportJob(db);
    expect(claimed?.id).toBe(orphan);
    expect(await claimNextImportJob(db)).toBeNull();
    // Give it back as the dead replica left it, and let a worker take it over.
    await markRunning(orphan, 10);
    const worker = startImportWorker(db, { pollMs: 20 });
    try {
      for (let i = 0; i < 200; i += 1) {
        const job = (await t.ok(JOB, { id: orphan })).importJob;
        if (job.status !== "RUNNING") break;
        await new Promise((resolve) => setTimeout(resolve, 25));
      }
    } finally {
      await worker.stop();
    }
    const job = (await t.ok(JOB, { id: orphan })).importJob;
    expect(job).toMatchObject({ status: "SUCCEEDED", rowsInserted: 2 });
    expect(job.heartbeatAt).toEqual(expect.any(String));
    expect((await t.ok(JOB, { id: live })).importJob.status).toBe("RUNNING");
    const [{ n }] = await db.query("SELECT count(*)::int AS n FROM case_record");
    expect(n).toBe(2);
  });
});
