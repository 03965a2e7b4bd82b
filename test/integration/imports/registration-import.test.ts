import { randomUUID } from "node:crypto";
import ExcelJS from "exceljs";
import { enqueueImport } from "../../../api/imports/import-jobs";
import type { ImportProgress } from "../../../api/imports/registration-import";
import { ImportKind } from "../../../schema/registration-enums";
import { startTestServer, type TestServer } from "../../support/test-server";
import {
  createDistrict,
  createMunicipality,
  createTeam,
  memberInput,
} from "../../support/organisation-fixtures";
import { createProvision } from "../../support/quadrant-fixtures";

const JOB = `id status kind filename rowsTotal rowsDone rowsInserted rowsUpdated rowsUnchanged
  problems { row column value reason } error`;
const IMPORT = `mutation($m: ID!, $kind: ImportKind!, $file: ImportFileInput!) {
  importRegistrations(municipalityId: $m, kind: $kind, file: $file) { ${JOB} } }`;
const GET_JOB = `query($id: ID!) { importJob(id: $id) { ${JOB} } }`;

const CASES_CSV = [
  "Casusnummer;Registratie_ID;Teamnaam;Wijk;Soort;Startdatum;Einddatum;Leefgebieden;Meervoudig",
  'ZW-2025-0001;REG-1;Wijkteam Midden;Assendorp;hulpvraag;01-03-2025;;"Inkomen en schulden;huisvesting";ja',
  "ZW-2025-0002;REG-2;Wijkteam Midden;;kwestie;2025-02-15;30-06-2025;SOCIAL_NETWORK|veiligheid;",
  "ZW-2025-0003;REG-3;wijkteam midden;Assendorp;HELP_REQUEST;2025-04-01;;opvoeding;nee",
].join("\r\n");

const ACTIVITIES_CSV = [
  "Extern_ID;Casus;Datum;Medewerker;Uren;Voorziening;Eenheden;Omschrijving;Collectief",
  "ACT-1;REG-1;05-03-2025;Bram Brouwer;1,5;;;Intakegesprek;",
  "ACT-2;ZW-2025-0002;2025-03-10;Esra van Leeuwen;2,25;;;Buurtbijeenkomst;",
  "ACT-3;REG-3;2025-04-02;;;Budgetcursus;3;Groepsbijeenkomst budgetteren;ja",
].join("\n");

const OUTCOMES_CSV = [
  "Extern_ID;Casus;Datum;Scenario;Omschrijving;Prijscode;Aantal;Looptijd_jaren;Deadweight;Attributie;Onderbouwing;Belanghebbende",
  "OUT-1;REG-1;2025-06-01;interventie;Schulden gestabiliseerd;SCHULD_STABIEL;1;2;40%;0,25;Zwolle-monitor 2024;GEM_WMO",
  "OUT-2;REG-1;2025-06-01;referentie;Huisuitzetting;HUISUITZETTING;1;;;;;",
].join("\n");

function csvFile(filename: string, text: string) {
  return { filename, contentBase64: Buffer.from(text, "utf8").toString("base64") };
}

async function xlsxFile(filename: string, rows: unknown[][]) {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("Casussen");
  for (const row of rows) sheet.addRow(row);
  sheet.getColumn(6).numFmt = "dd-mm-yyyy";
  const buffer = Buffer.from(await workbook.xlsx.writeBuffer());
  return { filename, contentBase64: buffer.toString("base64") };
}

describe("registration import (cases, activities, outcomes from CSV and XLSX)", () => {
  let t: TestServer;
  let municipalityId: string;
  let ids: Record<string, string>;
  let watching = false;
  let seen: { progress: ImportProgress; job: any }[] = [];

  beforeAll(async () => {
    t = await startTestServer({
      importWorker: {
        pollMs: 50,
        // Looks at the job over HTTP while the import waits: what any other request would see.
        observe: async (id, progress) => {
          if (watching) seen.push({ progress, job: (await t.ok(GET_JOB, { id })).importJob });
        },
      },
    });
  });
  afterAll(async () => {
    await t.stop();
  });
  beforeEach(async () => {
    await t.reset();
    watching = false;
    seen = [];
    municipalityId = (await createMunicipality(t, "GM0193", "Zwolle")).id;
    const assendorp = await createDistrict(t, municipalityId, "Assendorp");
    const team = await createTeam(t, municipalityId, "Wijkteam Midden", [assendorp.id]);
    const member = async (name: string, role: string) =>
      (
        await t.ok(`mutation($input: CreateMemberInput!) { createMember(input: $input) { id } }`, {
          input: memberInput(team.id, name, { role }),
        })
      ).createMember.id as string;
    const provision = await createProvision(t, municipalityId, "Budgetcursus");
    const stakeholder = await t.ok(
      `mutation($input: CreateStakeholderInput!) { createStakeholder(input: $input) { id } }`,
      {
        input: {
          municipalityId,
          code: "GEM_WMO",
          name: "Gemeente Zwolle (Wmo)",
          kind: "MUNICIPALITY_WMO",
        },
      },
    );
    ids = {
      assendorp: assendorp.id,
      team: team.id,
      bram: await member("Bram Brouwer", "NEIGHBOURHOOD_TEAM_WORKER"),
      esra: await member("Esra van Leeuwen", "SOCIAL_WORKER"),
      provision: provision.id,
      gemWmo: stakeholder.createStakeholder.id,
    };
  });

  async function waitFor(id: string) {
    for (let attempt = 0; attempt < 600; attempt++) {
      const job = (await t.ok(GET_JOB, { id })).importJob;
      if (job.status === "SUCCEEDED" || job.status === "FAILED") return job;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    throw new Error(`import job ${id} did not finish`);
  }

  async function importFile(kind: string, file: { filename: string; contentBase64: string }) {
    const queued = (await t.ok(IMPORT, { m: municipalityId, kind, file })).importRegistrations;
    expect(queued).toMatchObject({ status: "QUEUED", kind, filename: file.filename, rowsDone: 0 });
    return waitFor(queued.id);
  }

  async function counts(): Promise<Record<string, number>> {
    const [row] = await t.database.dataSource.query(`SELECT
      (SELECT count(*)::int FROM case_record) AS cases,
      (SELECT count(*)::int FROM support_activity) AS activities,
      (SELECT count(*)::int FROM outcome) AS outcomes`);
    return row;
  }

  async function storedCases() {
    return t.database.dataSource.query(
      `SELECT reference, external_ref, team_id, district_id, kind, opened_on, closed_on,
              problem_domains, multiple_problems, version, updated_at
         FROM case_record ORDER BY reference`,
    );
  }

  async function importCasesCsv() {
    const job = await importFile("CASES", csvFile("casussen.csv", CASES_CSV));
    expect(job).toMatchObject({ status: "SUCCEEDED", problems: [], error: null });
    return job;
  }

  it("imports cases from a Dutch CSV (semicolons, Dutch headers, dates and domain names)", async () => {
    const job = await importCasesCsv();
    expect(job).toMatchObject({
      rowsTotal: 3,
      rowsDone: 3,
      rowsInserted: 3,
      rowsUpdated: 0,
      rowsUnchanged: 0,
    });
    const cases = await storedCases();
    expect(cases.map(({ version: _v, updated_at: _u, ...c }: any) => c)).toEqual([
      {
        reference: "ZW-2025-0001",
        external_ref: "REG-1",
        team_id: ids.team,
        district_id: ids.assendorp,
        kind: "HELP_REQUEST",
        opened_on: "2025-03-01",
        closed_on: null,
        problem_domains: ["INCOME_DEBTS", "HOUSING"],
        multiple_problems: true,
      },
      {
        reference: "ZW-2025-0002",
        external_ref: "REG-2",
        team_id: ids.team,
        district_id: null,
        kind: "COLLECTIVE_ISSUE",
        opened_on: "2025-02-15",
        closed_on: "2025-06-30",
        problem_domains: ["SOCIAL_NETWORK", "SAFETY"],
        multiple_problems: true,
      },
      {
        reference: "ZW-2025-0003",
        external_ref: "REG-3",
        team_id: ids.team,
        district_id: ids.assendorp,
        kind: "HELP_REQUEST",
        opened_on: "2025-04-01",
        closed_on: null,
        problem_domains: ["PARENTING"],
        multiple_problems: false,
      },
    ]);
  });

  it("imports cases from XLSX with date cells, then activities and outcomes that refer to them", async () => {
    const xlsx = await xlsxFile("cases.xlsx", [
      ["reference", "external_ref", "team", "district", "kind", "opened_on", "problem_domains"],
      [
        "ZW-2025-0001",
        "REG-1",
        "Wijkteam Midden",
        ids.assendorp,
        "HELP_REQUEST",
        new Date(Date.UTC(2025, 2, 1)),
        "INCOME_DEBTS",
      ],
      [],
      ["ZW-2025-0002", "REG-2", ids.team, null, "COLLECTIVE_ISSUE", "2025-02-15", "SOCIAL_NETWORK"],
      ["ZW-2025-0003", "REG-3", "Wijkteam Midden", "Assendorp", "hulpvraag", "01-04-2025", ""],
    ]);
    const cases = await importFile("CASES", xlsx);
    expect(cases).toMatchObject({ status: "SUCCEEDED", rowsTotal: 3, rowsInserted: 3 });
    const stored = await storedCases();
    expect(stored.map((c: any) => [c.reference, c.opened_on, c.district_id])).toEqual([
      ["ZW-2025-0001", "2025-03-01", ids.assendorp],
      ["ZW-2025-0002", "2025-02-15", null],
      ["ZW-2025-0003", "2025-04-01", ids.assendorp],
    ]);

    const activities = await importFile("ACTIVITIES", csvFile("inzet.csv", ACTIVITIES_CSV));
    expect(activities).toMatchObject({ status: "SUCCEEDED", rowsTotal: 3, rowsInserted: 3 });
    const storedActivities = await t.database.dataSource.query(
      `SELECT a.external_ref, c.reference, a.activity_date, a.member_id, a.role, a.hours::text,
              a.provision_id, a.units::text, a.collective, a.scenario, a.description
         FROM support_activity a JOIN case_record c ON c.id = a.case_id ORDER BY a.external_ref`,
    );
    expect(storedActivities).toEqual([
      {
        external_ref: "ACT-1",
        reference: "ZW-2025-0001",
        activity_date: "2025-03-05",
        member_id: ids.bram,
        role: "NEIGHBOURHOOD_TEAM_WORKER",
        hours: "1.50",
        provision_id: null,
        units: null,
        collective: false,
        scenario: "INTERVENTION",
        description: "Intakegesprek",
      },
      {
        external_ref: "ACT-2",
        reference: "ZW-2025-0002",
        activity_date: "2025-03-10",
        member_id: ids.esra,
        role: "SOCIAL_WORKER",
        hours: "2.25",
        provision_id: null,
        units: null,
        // a collective issue's activities are collective unless the file says otherwise
        collective: true,
        scenario: "INTERVENTION",
        description: "Buurtbijeenkomst",
      },
      {
        external_ref: "ACT-3",
        reference: "ZW-2025-0003",
        activity_date: "2025-04-02",
        member_id: null,
        role: null,
        hours: null,
        provision_id: ids.provision,
        units: "3.00",
        collective: true,
        scenario: "INTERVENTION",
        description: "Groepsbijeenkomst budgetteren",
      },
    ]);

    const outcomes = await importFile("OUTCOMES", csvFile("opbrengsten.csv", OUTCOMES_CSV));
    expect(outcomes).toMatchObject({ status: "SUCCEEDED", rowsTotal: 2, rowsInserted: 2 });
    const storedOutcomes = await t.database.dataSource.query(
      `SELECT external_ref, scenario, outcome_date, description, price_item_code, quantity::text,
              duration_years, deadweight::text, displacement::text, attribution::text,
              evidence, beneficiary_id
         FROM outcome ORDER BY external_ref`,
    );
    expect(storedOutcomes).toEqual([
      {
        external_ref: "OUT-1",
        scenario: "INTERVENTION",
        outcome_date: "2025-06-01",
        description: "Schulden gestabiliseerd",
        price_item_code: "SCHULD_STABIEL",
        quantity: "1.0000",
        duration_years: 2,
        deadweight: "0.40000",
        displacement: "0.00000",
        attribution: "0.25000",
        evidence: "Zwolle-monitor 2024",
        beneficiary_id: ids.gemWmo,
      },
      {
        external_ref: "OUT-2",
        scenario: "REFERENCE",
        outcome_date: "2025-06-01",
        description: "Huisuitzetting",
        price_item_code: "HUISUITZETTING",
        quantity: "1.0000",
        duration_years: null,
        deadweight: "0.00000",
        displacement: "0.00000",
        attribution: "0.00000",
        evidence: "",
        beneficiary_id: null,
      },
    ]);

    const jobs = await t.ok(`query($m: ID) { importJobs(municipalityId: $m) { kind status } }`, {
      m: municipalityId,
    });
    expect(jobs.importJobs).toEqual([
      { kind: "OUTCOMES", status: "SUCCEEDED" },
      { kind: "ACTIVITIES", status: "SUCCEEDED" },
      { kind: "CASES", status: "SUCCEEDED" },
    ]);
  });

  it("refuses a bad file with every problem by row and column, and writes nothing", async () => {
    await importCasesCsv();
    const before = await counts();
    const bad = [
      "Casusnummer;Teamnaam;Soort;Startdatum;Leefgebieden",
      "ZW-2025-0101;Wijkteam Midden;hulpvraag;2025-03-01;huisvesting",
      "ZW-2025-0102;Wijkteam Noord;hulpvraag;2025-03-01;",
      "ZW-2025-0103;Wijkteam Midden;klacht;31-02-2025;opvoeding|geluk",
      "ZW-2025-0101;Wijkteam Midden;hulpvraag;2025-03-01;",
    ].join("\n");
    const job = await importFile("CASES", csvFile("fout.csv", bad));
    expect(job).toMatchObject({
      status: "FAILED",
      rowsTotal: 4,
      rowsInserted: 0,
      rowsUpdated: 0,
      rowsUnchanged: 0,
      error: "5 problems in the file; nothing was written",
    });
    expect(job.problems).toEqual([
      {
        row: 3,
        column: "Teamnaam",
        value: "Wijkteam Noord",
        reason: "no team of this municipality has this name or id",
      },
      {
        row: 4,
        column: "Soort",
        value: "klacht",
        reason: "must be HELP_REQUEST or COLLECTIVE_ISSUE (hulpvraag or kwestie)",
      },
      {
        row: 4,
        column: "Startdatum",
        value: "31-02-2025",
        reason: "2025-02-31 is not a calendar date",
      },
      {
        row: 4,
        column: "Leefgebieden",
        value: "geluk",
        reason:
          "is not a life domain (INCOME_DEBTS, HOUSING, WORK_DAYTIME, PHYSICAL_HEALTH, MENTAL_HEALTH, ADDICTION, PARENTING, SOCIAL_NETWORK, SAFETY)",
      },
      { row: 5, column: "Casusnummer", value: "ZW-2025-0101", reason: "repeats row 2" },
    ]);
    expect(await counts()).toEqual(before);

    // activities need an external ref, and a case that exists; still nothing written
    const activities = ["casus;datum;uren;rol", "REG-1;2025-03-05;1;buurtteamwerker"].join("\n");
    const refused = await importFile("ACTIVITIES", csvFile("inzet.csv", activities));
    expect(refused.status).toBe("FAILED");
    expect(refused.problems).toEqual([
      {
        row: 1,
        column: "external_ref",
        value: null,
        reason: expect.stringMatching(
          /^column is missing from the header .*: imported rows need an external reference/,
        ),
      },
    ]);
    const unknownCase = await importFile(
      "ACTIVITIES",
      csvFile("inzet.csv", "extern_id;casus;datum;uren;rol\nA-1;REG-9;2025-03-05;1;teamleider"),
    );
    expect(unknownCase.problems).toEqual([
      {
        row: 2,
        column: "casus",
        value: "REG-9",
        reason:
          "no case of this municipality has this external ref or reference (import the cases first)",
      },
    ]);
    expect(await counts()).toEqual(before);
  });

  it("finds a repeated external ref across batches (the keys are kept in the database)", async () => {
    await importCasesCsv();
    const lines = ["extern_id;casus;datum;rol;uren"];
    for (let i = 1; i <= 1500; i++) lines.push(`A-${i};REG-1;2025-05-01;teamleider;1`);
    lines.push("A-2;REG-2;2025-05-02;teamleider;2", "A-1500;REG-2;2025-05-02;teamleider;2");
    const job = await importFile("ACTIVITIES", csvFile("inzet.csv", lines.join("\n")));
    expect(job).toMatchObject({ status: "FAILED", rowsTotal: 1502, rowsInserted: 0 });
    expect(job.problems).toEqual([
      { row: 1502, column: "extern_id", value: "A-2", reason: "repeats row 3" },
      { row: 1503, column: "extern_id", value: "A-1500", reason: "repeats row 1501" },
    ]);
    expect((await counts()).activities).toBe(0);
  });

  it("changes nothing when the same file is imported again, and updates only a corrected row", async () => {
    await importCasesCsv();
    await importFile("ACTIVITIES", csvFile("inzet.csv", ACTIVITIES_CSV));
    const before = await storedCases();

    const again = await importFile("CASES", csvFile("casussen.csv", CASES_CSV));
    expect(again).toMatchObject({
      status: "SUCCEEDED",
      rowsTotal: 3,
      rowsInserted: 0,
      rowsUpdated: 0,
      rowsUnchanged: 3,
    });
    expect(await storedCases()).toEqual(before); // not even version or updated_at moved
    const activitiesAgain = await importFile("ACTIVITIES", csvFile("inzet.csv", ACTIVITIES_CSV));
    expect(activitiesAgain).toMatchObject({ rowsInserted: 0, rowsUpdated: 0, rowsUnchanged: 3 });

    const corrected = CASES_CSV.replace("2025-04-01;;opvoeding", "2025-04-01;15-09-2025;opvoeding");
    const update = await importFile("CASES", csvFile("casussen.csv", corrected));
    expect(update).toMatchObject({ rowsInserted: 0, rowsUpdated: 1, rowsUnchanged: 2 });
    const after = await storedCases();
    expect(after[2]).toMatchObject({
      reference: "ZW-2025-0003",
      closed_on: "2025-09-15",
      version: 2,
    });
    expect(after.slice(0, 2)).toEqual(before.slice(0, 2));
  });

  it("refuses a file with an identifying column, and withholds a BSN-like value", async () => {
    for (const header of ["Naam", "BSN"]) {
      const file = csvFile(
        "casussen.csv",
        `Casusnummer;${header};Teamnaam;Soort;Startdatum\nZW-2025-0001;x;Wijkteam Midden;hulpvraag;2025-03-01`,
      );
      const job = await importFile("CASES", file);
      expect(job.status).toBe("FAILED");
      expect(job.problems).toEqual([
        {
          row: 1,
          column: header,
          value: null,
          reason: expect.stringMatching(/^is an identifying column .*pseudonymous case references/),
        },
      ]);
    }
    const bsn = csvFile(
      "casussen.csv",
      "Casusnummer;Teamnaam;Soort;Startdatum\n123456782;Wijkteam Midden;hulpvraag;2025-03-01\nZ1;Wijkteam Midden;hulpvraag;2025-03-01\n1234.56.782;Wijkteam Midden;hulpvraag;2025-03-01",
    );
    const job = await importFile("CASES", bsn);
    expect(job.problems).toEqual([
      {
        row: 2,
        column: "Casusnummer",
        value: "(withheld)",
        reason:
          "looks like a BSN (nine digits passing the eleven-test); use a pseudonymous case number",
      },
      {
        row: 3,
        column: "Casusnummer",
        value: "Z1",
        reason: expect.stringMatching(/^must be a pseudonymous code of 3–40 letters/),
      },
      {
        row: 4,
        column: "Casusnummer",
        value: "(withheld)",
        reason:
          "looks like a BSN (nine digits passing the eleven-test); use a pseudonymous case number",
      },
    ]);
    expect(JSON.stringify(job)).not.toMatch(/123456782|1234\.56\.782/);
    expect(await counts()).toEqual({ cases: 0, activities: 0, outcomes: 0 });
  });

  it("shows progress to other requests while it runs, up to rowsDone = rowsTotal", async () => {
    await importCasesCsv();
    const lines = ["external_ref;case;date;member;hours"];
    for (let i = 1; i <= 2500; i++)
      lines.push(`A-${i};REG-${(i % 3) + 1};2025-05-01;Bram Brouwer;1,25`);
    watching = true;
    const job = await importFile("ACTIVITIES", csvFile("veel.csv", lines.join("\n")));
    watching = false;
    expect(job).toMatchObject({
      status: "SUCCEEDED",
      rowsTotal: 2500,
      rowsDone: 2500,
      rowsInserted: 2500,
    });
    // After each batch, another request saw the job RUNNING with that batch's count.
    expect(
      seen.map(({ progress, job }) => [progress.phase, job.status, job.rowsDone, job.rowsTotal]),
    ).toEqual([
      ["checking", "RUNNING", 1000, null],
      ["checking", "RUNNING", 2000, null],
      ["checking", "RUNNING", 2500, null],
      ["writing", "RUNNING", 1000, 2500],
      ["writing", "RUNNING", 2000, 2500],
      ["writing", "RUNNING", 2500, 2500],
    ]);
  });

  it("refuses another municipality's id as NOT_FOUND, and imports nothing there", async () => {
    const unknown = await t.gql(IMPORT, {
      m: randomUUID(),
      kind: "CASES",
      file: csvFile("casussen.csv", CASES_CSV),
    });
    expect(unknown.errors?.[0].extensions?.code).toBe("NOT_FOUND");
    expect(unknown.errors?.[0].message).toMatch(/^municipalityId: Municipality .* does not exist$/);

    // A caller scoped to Zwolle cannot import into Utrecht, nor see its jobs.
    const utrecht = await createMunicipality(t, "GM0344", "Utrecht");
    const zwolleOnly = { kind: "municipalities" as const, ids: [municipalityId] };
    await expect(
      enqueueImport(t.database.dataSource, zwolleOnly, {
        municipalityId: utrecht.id,
        kind: ImportKind.CASES,
        filename: "casussen.csv",
        content: Buffer.from(CASES_CSV),
      }),
    ).rejects.toMatchObject({ extensions: { code: "NOT_FOUND" } });

    const refusedFile = await t.gql(IMPORT, {
      m: municipalityId,
      kind: "CASES",
      file: { filename: "casussen.pdf", contentBase64: "JVBERi0=" },
    });
    expect(refusedFile.errors?.[0]).toMatchObject({
      message: "file.filename: must end in .csv or .xlsx",
      extensions: { code: "BAD_USER_INPUT" },
    });
    expect(await counts()).toEqual({ cases: 0, activities: 0, outcomes: 0 });
    expect((await t.ok(GET_JOB, { id: randomUUID() })).importJob).toBeNull();
  });
});
