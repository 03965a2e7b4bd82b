import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { seedDemoData } from "../../../api/demo/demo";
import { replicaCaughtUp } from "../../../api/platform";
import { startServer, type RunningServer } from "../../../api/server/server";
import { EXPORT_JOB } from "../../support/report-helpers";
import { startTestServer, type TestServer } from "../../support/test-server";

/**
 * DATABASE_READ_URL against a real streaming replica: the local PostgreSQL is the primary and
 * .ci/replica makes a standby of it on port 5433 (pg_basebackup -R). To tell where a statement
 * ran, the test pauses the replica's WAL replay: a write on the primary then stays invisible on
 * the replica until replay resumes, so an answer that lacks it was read on the replica, and
 * one that has it on the primary.
 *
 * PostgreSQL only: PGlite has no replicas. On PostgreSQL it needs TEST_DATABASE_READ_URL (as
 * .ci/run sets it) and fails without, rather than pass by doing nothing.
 */
const onPostgres = process.env.TEST_DATABASE_URL ? describe : describe.skip;

const COMPARE = `query($filter: CaseFilter) {
  effectComparison(groupBy: TEAM, filter: $filter) {
    cases groups { key label cases investment presentValue npv sroiRatio }
    total { cases investment presentValue npv sroiRatio nominal { costs returns net } } } }`;
const CREATE_CASE = `mutation($input: CreateCaseInput!) {
  createCase(input: $input) { id reference openedOn } }`;

onPostgres("read replica (PostgreSQL only: DATABASE_READ_URL on a streaming standby)", () => {
  let t: TestServer;
  /** The same database through a server without a replica: every read on the primary. */
  let primaryOnly: RunningServer;
  let replica: pg.Client;
  let exportDir: string;
  let zwolle: string;
  let team: string;
  let paused = false;

  const readUrl = process.env.TEST_DATABASE_READ_URL;

  async function gql(url: string, query: string, variables?: Record<string, unknown>) {
    const response = await fetch(`${url.replace("localhost", "127.0.0.1")}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${t.token}` },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await response.json()) as any;
    expect(body.errors).toBeUndefined();
    return body;
  }
  const compareOnReplica = () => gql(t.url, COMPARE, { filter: { municipalityId: zwolle } });
  const compareOnPrimary = () =>
    gql(primaryOnly.url, COMPARE, { filter: { municipalityId: zwolle } });

  async function pauseReplay() {
    await replica.query("SELECT pg_wal_replay_pause()");
    paused = true;
    for (;;) {
      const { rows } = await replica.query("SELECT pg_get_wal_replay_pause_state() AS state");
      if (rows[0].state === "paused") return;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  }
  async function resumeReplay() {
    await replica.query("SELECT pg_wal_replay_resume()");
    paused = false;
    expect(await replicaCaughtUp(t.database.dataSource, t.database.readDataSource)).toBe(true);
  }
  const caseOnReplica = async (id: string) =>
    (await replica.query("SELECT 1 FROM case_record WHERE id = $1", [id])).rowCount;
  const caseOnPrimary = async (id: string) =>
    (await t.database.dataSource.query("SELECT 1 FROM case_record WHERE id = $1", [id])).length;

  beforeAll(async () => {
    if (!readUrl)
      throw new Error(
        "TEST_DATABASE_READ_URL is not set: run .ci/replica (a standby of TEST_DATABASE_URL's server on port 5433) and set TEST_DATABASE_READ_URL=postgres://postgres@127.0.0.1:5433/test, as .ci/run does",
      );
    exportDir = await mkdtemp(path.join(os.tmpdir(), "kwadrant-replica-"));
    t = await startTestServer({ readUrl, exportDir, reportWorker: { pollMs: 50 } });
    primaryOnly = await startServer(
      {
        port: 0,
        host: "127.0.0.1",
        production: false,
        introspection: true,
        jwtSecret: t.jwtSecret,
        rateLimitPerMinute: 0,
      },
      t.database.dataSource,
      { importWorker: false, reportWorker: false, exportDir },
    );
    // The replica's side of the test database, as a superuser (to pause and resume replay).
    const [{ db }] = await t.database.dataSource.query("SELECT current_database() AS db");
    const url = new URL(readUrl);
    url.pathname = `/${db}`;
    replica = new pg.Client({ connectionString: url.toString() });
    await replica.connect();
    await seedDemoData(t.database.dataSource);
    [{ id: zwolle }] = await t.database.dataSource.query(
      "SELECT id FROM municipality WHERE code = 'GM0193'",
    );
    [{ id: team }] = await t.database.dataSource.query(
      "SELECT id FROM team WHERE municipality_id = $1 ORDER BY name LIMIT 1",
      [zwolle],
    );
    expect(await replicaCaughtUp(t.database.dataSource, t.database.readDataSource)).toBe(true);
  }, 180_000);

  afterAll(async () => {
    // Never leave the shared standby paused, whatever failed.
    if (paused) await replica?.query("SELECT pg_wal_replay_resume()");
    await replica?.end();
    await primaryOnly?.stop();
    await t?.stop();
    if (exportDir) await rm(exportDir, { recursive: true, force: true });
  });

  it("really has a standby: the read data source is in recovery and refuses writes", async () => {
    const [{ standby }] = await t.database.readDataSource.query(
      "SELECT pg_is_in_recovery() AS standby",
    );
    expect(standby).toBe(true);
    const [{ primary }] = await t.database.dataSource.query(
      "SELECT NOT pg_is_in_recovery() AS primary",
    );
    expect(primary).toBe(true);
    await expect(
      t.database.readDataSource.query("CREATE TABLE replica_probe (id int)"),
    ).rejects.toThrow(/read-only transaction/);
  });

  it("answers a comparison from the replica and a mutation from the primary", async () => {
    const before = (await compareOnPrimary()).data.effectComparison;
    expect(before.cases).toBeGreaterThan(500);

    await pauseReplay();
    // The mutation writes on the primary and answers from there (the replica, paused, has not
    // seen the case, and would refuse the INSERT anyway).
    const created = (
      await gql(t.url, CREATE_CASE, {
        input: {
          teamId: team,
          reference: "ZW-REPLICA-0001",
          kind: "HELP_REQUEST",
          openedOn: "2025-03-03",
          problemDomains: ["INCOME_DEBTS"],
        },
      })
    ).data.createCase;
    expect(created).toMatchObject({ reference: "ZW-REPLICA-0001", openedOn: "2025-03-03" });
    expect(await caseOnPrimary(created.id)).toBe(1);
    expect(await caseOnReplica(created.id)).toBe(0);

    // The server with the replica compares without the new case: it read on the replica. The
    // same query on the primary counts it.
    const onReplica = await compareOnReplica();
    const onPrimary = await compareOnPrimary();
    expect(onPrimary.data.effectComparison.cases).toBe(before.cases + 1);
    expect(onReplica.data.effectComparison.cases).toBe(before.cases);
    expect(onReplica.data.effectComparison).toEqual(before);
    // The statements the comparison ran on the replica are counted like those on the primary.
    expect(onReplica.extensions.sqlStatements).toBe(onPrimary.extensions.sqlStatements);
    expect(onReplica.extensions.sqlStatements).toBeGreaterThan(0);

    await resumeReplay();
    expect(await caseOnReplica(created.id)).toBe(1);
  });

  it("gives, once caught up, the same comparison on the replica as on the primary", async () => {
    const onReplica = await compareOnReplica();
    const onPrimary = await compareOnPrimary();
    expect(onReplica.data).toEqual(onPrimary.data);
    expect(onReplica.data.effectComparison.groups.length).toBeGreaterThanOrEqual(5);
  });

  it("reads an export's figures on the replica only once it has what the primary had", async () => {
    await pauseReplay();
    const created = (
      await gql(t.url, CREATE_CASE, {
        input: {
          teamId: team,
          reference: "ZW-REPLICA-0002",
          kind: "HELP_REQUEST",
          openedOn: "2025-04-07",
          problemDomains: ["HOUSING"],
        },
      })
    ).data.createCase;
    const filter = { municipalityId: zwolle, from: "2025-01-01", to: "2025-12-31" };
    const expected = (await gql(primaryOnly.url, COMPARE, { filter })).data.effectComparison;
    const stale = (await gql(t.url, COMPARE, { filter })).data.effectComparison;
    expect(stale.cases).toBe(expected.cases - 1);
    const queued = (
      await gql(
        t.url,
        `mutation($filter: ReportFilter!) {
          exportAccountabilityReport(filter: $filter) { ${EXPORT_JOB} } }`,
        { filter },
      )
    ).data.exportAccountabilityReport;
    const job = async () =>
      (await gql(t.url, `query($id: ID!) { reportExport(id: $id) { ${EXPORT_JOB} } }`, {
        id: queued.id,
      })) as any;
    // While the replica lags behind (replay paused), the worker waits in "computing".
    await new Promise((resolve) => setTimeout(resolve, 1500));
    const waiting = (await job()).data.reportExport;
    expect(waiting).toMatchObject({ status: "RUNNING", phase: "computing", progress: 0 });
    expect(await caseOnReplica(created.id)).toBe(0);

    await resumeReplay();
    let done: any;
    for (let attempt = 0; attempt < 1200; attempt++) {
      done = (await job()).data.reportExport;
      if (done.status === "SUCCEEDED" || done.status === "FAILED") break;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    // The figures include the case written just before the export was asked for.
    expect(done).toMatchObject({ status: "SUCCEEDED", cases: expected.cases, error: null });
  });

  it("reports the replica on /health", async () => {
    const health = await fetch(`${t.url}/health`).then((r) => r.json());
    expect(health).toMatchObject({ status: "ok", database: "up", replica: "up" });
    expect(typeof health.replicaLagBytes).toBe("number");
    const plain = await fetch(`${primaryOnly.url.replace("localhost", "127.0.0.1")}/health`);
    expect(await plain.json()).toEqual({ status: "ok", database: "up" });
  });
});
