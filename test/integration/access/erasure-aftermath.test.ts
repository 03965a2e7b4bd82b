import { memberInput } from "../../support/organisation-fixtures";
import { createCase } from "../../support/registration-fixtures";
import { allCounts, codeOf, twoMunicipalities, type World } from "../../support/security-fixtures";
import { startTestServer, type TestServer } from "../../support/test-server";

/**
 * What an erasure leaves behind: the case takes no new data, its old keys cannot bring it back
 * (neither by hand nor by import), and import reports no longer quote its reference.
 */
const JOB = `id status rowsInserted problems { row column value reason }`;
const IMPORT = `mutation($m: ID!, $kind: ImportKind!, $file: ImportFileInput!) {
  importRegistrations(municipalityId: $m, kind: $kind, file: $file) { ${JOB} } }`;

function csv(filename: string, lines: string[]) {
  return { filename, contentBase64: Buffer.from(lines.join("\n"), "utf8").toString("base64") };
}

describe("erasure: what remains afterwards", () => {
  let t: TestServer;
  let w: World;

  beforeAll(async () => {
    t = await startTestServer({ importWorker: { pollMs: 20 } });
  });
  afterAll(() => t.stop());
  beforeEach(async () => {
    await t.reset();
    w = await twoMunicipalities(t);
  });

  async function importAndWait(kind: string, file: { filename: string; contentBase64: string }) {
    const queued = (await t.ok(IMPORT, { m: w.own.id, kind, file })).importRegistrations;
    for (let attempt = 0; attempt < 500; attempt++) {
      const { importJob } = await t.ok(`query($id: ID!) { importJob(id: $id) { ${JOB} } }`, {
        id: queued.id,
      });
      if (importJob.status === "SUCCEEDED" || importJob.status === "FAILED") return importJob;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    throw new Error("the import did not finish");
  }

  const erase = (id: string) =>
    t.ok(`mutation($id: ID!) { eraseCase(id: $id, reason: "verzoek bewoner") { id reference } }`, {
      id,
    });

  it("refuses every new write to an erased case, and a second erasure", async () => {
    await erase(w.ownCase.id);
    const before = await allCounts(t);
    const writes: [string, Record<string, unknown>][] = [
      [
        `mutation($id: ID!) { updateCase(input: { id: $id, version: 2, closedOn: "2025-06-30" }) { id } }`,
        { id: w.ownCase.id },
      ],
      [
        `mutation($id: ID!) { recordSupport(input: { caseId: $id, activityDate: "2025-02-01", hours: "1", role: SOCIAL_WORKER }) { id } }`,
        { id: w.ownCase.id },
      ],
      [
        `mutation($id: ID!) { recordOutcome(input: { caseId: $id, outcomeDate: "2025-06-01", description: "Werk gevonden", quantity: "1" }) { id } }`,
        { id: w.ownCase.id },
      ],
      [
        `mutation($id: ID!) { recordAssessment(input: { caseId: $id, assessedOn: "2025-03-01", scores: [{ domain: HOUSING, score: 3 }] }) { id } }`,
        { id: w.ownCase.id },
      ],
      [
        `mutation($id: ID!) { eraseCase(id: $id, reason: "nogmaals") { id } }`,
        { id: w.ownCase.id },
      ],
    ];
    for (const [query, variables] of writes) {
      const result = await t.gql(query, variables);
      expect({ query, code: codeOf(result) }).toEqual({ query, code: "CONFLICT" });
      expect(result.errors?.[0].message).toMatch(/erased/);
    }
    expect(await allCounts(t)).toEqual(before);
  });

  it("keeps the old reference and external ref from coming back, by hand or by import", async () => {
    const kept = await createCase(t, w.own.team.id, "ZW-2025-0042", { externalRef: "REG-42" });
    await erase(kept.id);
    const again = await t.gql(
      `mutation($t: ID!) { createCase(input: { teamId: $t, reference: "ZW-2025-0042", kind: HELP_REQUEST, openedOn: "2025-01-06", problemDomains: [HOUSING] }) { id } }`,
      { t: w.own.team.id },
    );
    expect(codeOf(again)).toBe("BAD_USER_INPUT");
    expect(again.errors?.[0].extensions?.field).toBe("reference");

    const before = await allCounts(t);
    const header = "Casusnummer;Registratie_ID;Teamnaam;Soort;Startdatum;Leefgebieden";
    for (const line of [
      "ZW-2025-0042;;Wijkteam Noord;hulpvraag;2025-01-06;huisvesting", // old reference
      "ZW-2025-0999;REG-42;Wijkteam Noord;hulpvraag;2025-01-06;huisvesting", // old external ref
    ]) {
      const job = await importAndWait("CASES", csv("casussen.csv", [header, line]));
      expect(job.status).toBe("FAILED");
      const erasedRow = job.problems.find((p: { reason: string }) =>
        /erased on request/.test(p.reason),
      );
      expect(erasedRow).toMatchObject({ row: 2, value: null });
    }
    // activities cannot be hung on the erased case under its new reference either
    const { case: erased } = await t.ok(`query($id: ID!) { case(id: $id) { reference } }`, {
      id: kept.id,
    });
    const activities = await importAndWait(
      "ACTIVITIES",
      csv("activiteiten.csv", [
        "Extern_ID;Casus;Datum;Uren;Omschrijving",
        `ACT-9;${erased.reference};2025-03-05;1;Gesprek`,
      ]),
    );
    expect(activities.status).toBe("FAILED");
    expect(activities.problems).toContainEqual(
      expect.objectContaining({
        column: "Casus",
        reason: expect.stringMatching(/erased on request/),
      }),
    );
    expect(await allCounts(t)).toEqual(before);
  });

  it("blanks the erased reference out of earlier import reports", async () => {
    const kept = await createCase(t, w.own.team.id, "ZW-2025-0077");
    // a refused import quotes the case's reference in its report (a repeated row)
    const line = "ZW-2025-0077;;Wijkteam Noord;hulpvraag;2025-01-06;huisvesting";
    const refused = await importAndWait(
      "CASES",
      csv("casussen.csv", [
        "Casusnummer;Registratie_ID;Teamnaam;Soort;Startdatum;Leefgebieden",
        line,
        line,
      ]),
    );
    expect(refused.status).toBe("FAILED");
    expect(JSON.stringify(refused.problems)).toMatch(/ZW-2025-0077/);
    await erase(kept.id);
    const { importJob } = await t.ok(`query($id: ID!) { importJob(id: $id) { ${JOB} } }`, {
      id: refused.id,
    });
    expect(JSON.stringify(importJob.problems)).not.toMatch(/ZW-2025-0077/);
    expect(importJob.problems.length).toBe(refused.problems.length);
  });
});

describe("team leads manage their own teams' members", () => {
  let t: TestServer;
  let w: World;

  beforeAll(async () => {
    t = await startTestServer();
    w = await twoMunicipalities(t);
  });
  afterAll(() => t.stop());

  it("adds, changes and removes members of the own team only", async () => {
    const lead = await t.as("TEAM_LEAD", w.own.id, [w.own.team.id]);
    const created = await lead.ok(
      `mutation($input: CreateMemberInput!) { createMember(input: $input) { id version } }`,
      { input: memberInput(w.own.team.id, "Sanne Jansen") },
    );
    const { id, version } = created.createMember;
    const updated = await lead.ok(
      `mutation($id: ID!, $v: Int!) { updateMember(input: { id: $id, version: $v, contractedHoursPerWeek: "32" }) { version contractedHoursPerWeek } }`,
      { id, v: version },
    );
    expect(updated.updateMember.contractedHoursPerWeek).toBe("32.00");
    await lead.ok(`mutation($id: ID!) { deleteMember(id: $id) { id } }`, { id });

    const before = await allCounts(t);
    const otherTeam = await lead.gql(
      `mutation($input: CreateMemberInput!) { createMember(input: $input) { id } }`,
      { input: memberInput(w.own.otherTeam.id, "Koen Smit") },
    );
    expect(codeOf(otherTeam)).toBe("NOT_FOUND");
    const foreign = await lead.gql(`mutation($id: ID!) { deleteMember(id: $id) { id } }`, {
      id: w.foreign.member.id,
    });
    expect(codeOf(foreign)).toBe("NOT_FOUND");
    const moved = await lead.gql(
      `mutation($id: ID!, $team: ID!) { updateMember(input: { id: $id, version: 1, teamId: $team }) { id } }`,
      { id: w.own.member.id, team: w.own.otherTeam.id },
    );
    expect(codeOf(moved)).toBe("NOT_FOUND");
    const professional = await t.as("PROFESSIONAL", w.own.id, [w.own.team.id]);
    const refused = await professional.gql(
      `mutation($input: CreateMemberInput!) { createMember(input: $input) { id } }`,
      { input: memberInput(w.own.team.id, "Lotte Bakker") },
    );
    expect(codeOf(refused)).toBe("FORBIDDEN");
    expect(await allCounts(t)).toEqual(before);
  });
});
