import { startTestServer, type TestServer } from "../../support/test-server";
import { createCase } from "../../support/registration-fixtures";
import {
  codeOf,
  expectNoneOf,
  MISSING_ID,
  normalised,
  snapshot,
} from "../../support/security-fixtures";
import { foreignSecrets, richWorld, type RichWorld } from "../../support/security-world";

/**
 * Another municipality's ids inside inputs that write the caller's own objects: an own case
 * linked to a foreign member, provision, arrangement, stakeholder, district or help request;
 * FINANCE's price-list mutations on a foreign list; a JWT naming a foreign team. Each is
 * refused exactly as an id of nothing would be, and nothing is written.
 */
describe("security: foreign ids inside the caller's own writes", () => {
  let t: TestServer;
  let w: RichWorld;
  let secrets: string[];
  let issueId: string;

  beforeAll(async () => {
    t = await startTestServer();
    w = await richWorld(t);
    secrets = foreignSecrets(w);
    issueId = (
      await createCase(t, w.own.team.id, "ZW-K-2025-01", {
        kind: "COLLECTIVE_ISSUE",
        problemDomains: ["INCOME_DEBTS"],
      })
    ).id;
  });
  afterAll(() => t.stop());

  /** [name, mutation, variables with foreign ids, roles that may call it, refusal] */
  function ownWrites(): [string, string, Record<string, unknown>, string[], string?][] {
    const f = w.foreignData;
    const support = (extra: Record<string, unknown>) => ({
      input: { caseId: w.ownCase.id, activityDate: "2025-02-10", role: "SOCIAL_WORKER", ...extra },
    });
    const outcome = {
      input: {
        caseId: w.ownCase.id,
        outcomeDate: "2025-04-01",
        description: "Werk gevonden",
        quantity: "1",
        beneficiaryId: f.stakeholderIds.resident,
      },
    };
    const all = ["TEAM_LEAD", "PROFESSIONAL", "ADMIN"];
    const caseWriters = ["TEAM_LEAD", "ADMIN"];
    const RECORD = `mutation($input: RecordSupportInput!) { recordSupport(input: $input) { id } }`;
    return [
      [
        "recordSupport memberId",
        RECORD,
        support({ hours: "1", memberId: w.foreign.member.id }),
        all,
      ],
      [
        "recordSupport provisionId",
        RECORD,
        support({ units: "1", provisionId: f.provisionId }),
        all,
      ],
      [
        "recordSupport arrangementId",
        RECORD,
        support({ hours: "1", arrangementId: f.arrangementId }),
        all,
      ],
      [
        "updateSupport memberId",
        `mutation($input: UpdateSupportInput!) { updateSupport(input: $input) { id } }`,
        {
          input: {
            id: w.ownActivity.id,
            version: 1,
            caseId: w.ownCase.id,
            activityDate: "2025-01-13",
            hours: "3",
            memberId: w.foreign.member.id,
          },
        },
        all,
      ],
      [
        "recordOutcome beneficiaryId",
        `mutation($input: RecordOutcomeInput!) { recordOutcome(input: $input) { id } }`,
        outcome,
        all,
      ],
      [
        "updateOutcome beneficiaryId",
        `mutation($input: UpdateOutcomeInput!) { updateOutcome(input: $input) { id } }`,
        { input: { ...outcome.input, id: w.ownData.outcomeId, version: 1 } },
        all,
      ],
      [
        "applyArrangement arrangementId",
        `mutation($input: ApplyArrangementInput!) { applyArrangement(input: $input) { id } }`,
        {
          input: { caseId: w.ownCase.id, arrangementId: f.arrangementId, startedOn: "2025-02-01" },
        },
        caseWriters,
        "NOT_FOUND",
      ],
      [
        "createCase districtId",
        `mutation($input: CreateCaseInput!) { createCase(input: $input) { id } }`,
        {
          input: {
            teamId: w.own.team.id,
            reference: "ZW-2025-0300",
            kind: "HELP_REQUEST",
            openedOn: "2025-01-06",
            districtId: w.foreign.district.id,
          },
        },
        caseWriters,
      ],
      [
        "updateCase districtId",
        `mutation($input: UpdateCaseInput!) { updateCase(input: $input) { id } }`,
        { input: { id: w.ownCase.id, version: 1, districtId: w.foreign.district.id } },
        caseWriters,
      ],
      [
        "bundleCases requestIds",
        `mutation($i: ID!, $r: [ID!]!) { bundleCases(issueId: $i, requestIds: $r) { id } }`,
        { i: issueId, r: [w.ownCase.id, w.foreignCase.id] },
        caseWriters,
        "NOT_FOUND",
      ],
    ];
  }

  it.each(["TEAM_LEAD", "PROFESSIONAL", "ADMIN"] as const)(
    "%s cannot link an own case to a foreign object, and writes nothing",
    async (role) => {
      const c = role === "ADMIN" ? t : await t.as(role, w.own.id, [w.own.team.id]);
      const before = await snapshot(t);
      for (const [name, mutation, variables, roles, refusal] of ownWrites()) {
        const foreignIds = secrets.filter((id) => JSON.stringify(variables).includes(id));
        let missingText = JSON.stringify(variables);
        for (const id of foreignIds) missingText = missingText.split(id).join(MISSING_ID);
        const viaForeign = await c.gql(mutation, variables);
        const viaMissing = await c.gql(mutation, JSON.parse(missingText));
        expect([name, viaForeign.data ?? null]).toEqual([name, null]);
        if (!roles.includes(role)) {
          expect([name, codeOf(viaForeign)]).toEqual([name, "FORBIDDEN"]);
          continue;
        }
        // the case's municipality's lookups refuse the reference, naming the field; ADMIN,
        // who may see both municipalities, is told that it belongs to another one
        expect([name, codeOf(viaForeign)]).toEqual([
          name,
          role === "ADMIN" ? "BAD_USER_INPUT" : (refusal ?? "BAD_USER_INPUT"),
        ]);
        expectNoneOf(
          viaForeign,
          secrets.filter((id) => !foreignIds.includes(id)),
          name,
        );
        if (role !== "ADMIN")
          expect([name, normalised(viaForeign, foreignIds)]).toEqual([
            name,
            normalised(viaMissing, [MISSING_ID]),
          ]);
      }
      expect(await snapshot(t)).toEqual(before);
    },
  );

  it("a foreign price-item code prices nothing in the own municipality", async () => {
    const lead = await t.as("TEAM_LEAD", w.own.id, [w.own.team.id]);
    const effect = async () =>
      (
        await lead.ok(`query($id: ID!) { case(id: $id) { effect { investment } } }`, {
          id: w.ownCase.id,
        })
      ).case.effect.investment;
    expect(await effect()).toBe("160.00");
    const recorded = await lead.gql(
      `mutation($input: RecordSupportInput!) { recordSupport(input: $input) { id } }`,
      {
        input: {
          caseId: w.ownCase.id,
          activityDate: "2025-02-10",
          role: "SOCIAL_WORKER",
          hours: "1",
          priceItemCode: w.foreignData.onlyCode,
        },
      },
    );
    if (recorded.errors) {
      expect(codeOf(recorded)).toBe("BAD_USER_INPUT");
    } else {
      // registered with a code the own price list lacks: Utrecht's € 999 is never used; the
      // activity counts as unpriced rather than being priced with another municipality's list
      const priced = await lead.gql(`query($id: ID!) { case(id: $id) { effect { investment } } }`, {
        id: w.ownCase.id,
      });
      expect(JSON.stringify(priced)).not.toMatch(/999|1159/);
      expect(priced.errors).toBeUndefined();
      expect(priced.data.case.effect).toEqual({ investment: "160.00" });
      expectNoneOf(
        priced,
        secrets.filter((s) => s !== "UT_ONLY"),
      );
      await t.ok(`mutation($id: ID!) { deleteSupport(id: $id) { id } }`, {
        id: recorded.data.recordSupport.id,
      });
    }
    expect(await effect()).toBe("160.00");
  });
});
