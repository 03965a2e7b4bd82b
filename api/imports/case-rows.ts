import { CaseKind } from "../../schema/registration-enums";
import { erasedKeyHash, checkCase } from "../registration";
import { CASE_COLUMNS, type CaseColumn } from "./registration-columns";
import type { CaseEntry, ImportContext } from "./registration-context";
import type { KindHandler } from "./registration-rows";
import { upsertRows, type UpsertSpec } from "./registration-upsert";
import { caseKind, dateText, problemDomains, yesNo } from "./registration-values";

/**
 * Cases (casussen) from a file. A case is stored under its external ref when the row has one,
 * else under its reference (unique in the municipality). A row with an external ref whose
 * reference belongs to a stored case without one adopts that case (it was registered by hand
 * before the first import).
 */
interface CaseValues {
  teamId: string;
  districtId: string | null;
  reference: string;
  externalRef: string | null;
  kind: string;
  openedOn: string;
  closedOn: string | null;
  problemDomains: string[];
  multipleProblems: boolean;
  keyedBy: "external_ref" | "reference";
}

const RULE_FIELDS: Record<string, CaseColumn> = {
  reference: "reference",
  externalRef: "externalRef",
  teamId: "team",
  districtId: "district",
  kind: "kind",
  openedOn: "openedOn",
  closedOn: "closedOn",
  problemDomains: "problemDomains",
};

const COLUMNS = [
  { name: "team_id", type: "uuid" },
  { name: "district_id", type: "uuid" },
  { name: "reference", type: "text" },
  { name: "external_ref", type: "text" },
  { name: "kind", type: "text" },
  { name: "opened_on", type: "date" },
  { name: "closed_on", type: "date" },
  // text[] cannot be unnested from a two-dimensional array: it travels as "A,B"
  { name: "problem_domains", type: "text", select: "string_to_array(r.problem_domains, ',')" },
  { name: "multiple_problems", type: "boolean" },
];
const BY_EXTERNAL_REF: UpsertSpec = { table: "case_record", key: "external_ref", columns: COLUMNS };
const BY_REFERENCE: UpsertSpec = {
  table: "case_record",
  key: "reference",
  // a row without an external ref leaves the stored one alone
  columns: COLUMNS.map((c) =>
    c.name === "external_ref"
      ? { ...c, set: "COALESCE(EXCLUDED.external_ref, t.external_ref)" }
      : c,
  ),
};

const ERASED =
  "belongs to a case that was erased on request; remove the row (an erased case is not brought back)";

function describe(entry: CaseEntry): string {
  return entry.externalRef ? `the case with external ref ${entry.externalRef}` : "another case";
}

export const caseRows: KindHandler<CaseColumn, CaseValues> = {
  columns: CASE_COLUMNS,
  needs: { cases: true, members: false },

  map(cells, columns, ctx: ImportContext, report) {
    const cell = (field: CaseColumn) => columns.cell(cells, field);
    const reference = cell("reference");
    const externalRef = cell("externalRef") || null;

    const teamCell = cell("team");
    const teamId = ctx.teams.resolve(teamCell);
    if (!teamCell) report.add("team", null, "is required (a team name or id)");
    else if (!teamId)
      report.add("team", teamCell, "no team of this municipality has this name or id");

    const districtCell = cell("district");
    const districtId = districtCell ? ctx.districts.resolve(districtCell) : null;
    if (districtCell && !districtId)
      report.add("district", districtCell, "no district of this municipality has this name or id");

    const kindCell = cell("kind");
    const kind = caseKind(kindCell);
    if (!kind)
      report.add(
        "kind",
        kindCell,
        "must be HELP_REQUEST or COLLECTIVE_ISSUE (hulpvraag or kwestie)",
      );

    const domains = problemDomains(cell("problemDomains"));
    const multipleCell = cell("multipleProblems");
    const multiple = report.parsed("multipleProblems", multipleCell, yesNo(multipleCell), null);

    const values: CaseValues = {
      teamId: teamId ?? teamCell,
      districtId: districtId ?? (districtCell || null),
      reference,
      externalRef,
      kind: kind ?? kindCell,
      openedOn: dateText(cell("openedOn")),
      closedOn: dateText(cell("closedOn")) || null,
      problemDomains: domains,
      multipleProblems: multiple ?? domains.length > 1,
      keyedBy: "external_ref",
    };
    report.addRules(checkCase(values, ctx.lookups), RULE_FIELDS);

    // Against the stored cases: which one this row updates, and whether its reference is free.
    const byExternal = externalRef ? ctx.casesByExternalRef.get(externalRef) : undefined;
    const byReference = ctx.casesByReference.get(reference);
    const target = byExternal ?? byReference;
    if (byExternal && byReference && byReference.id !== byExternal.id) {
      report.add("reference", reference, `is already the reference of ${describe(byReference)}`);
    } else if (externalRef && !byExternal && byReference?.externalRef) {
      report.add(
        "reference",
        reference,
        `belongs to the case with external ref ${byReference.externalRef}, not ${externalRef}`,
      );
    }
    if (
      target &&
      ctx.bundlingIssues.has(target.id) &&
      values.kind === CaseKind.HELP_REQUEST &&
      target.kind === CaseKind.COLLECTIVE_ISSUE
    ) {
      report.add("kind", kindCell, "the collective issue still bundles help requests");
    }
    const erasedKey = (key: string | null) =>
      !!key && ctx.erasedKeyHashes.has(erasedKeyHash(ctx.municipalityId, key));
    if (target?.erased) report.add("reference", reference, ERASED);
    else if (erasedKey(externalRef)) report.add("externalRef", null, ERASED);
    else if (erasedKey(reference)) report.add("reference", null, ERASED);
    values.keyedBy = externalRef && (byExternal || !byReference) ? "external_ref" : "reference";
    return values;
  },

  uniqueKeys(values) {
    const keys: { field: CaseColumn; key: string }[] = [
      { field: "reference", key: `reference\n${values.reference}` },
    ];
    if (values.externalRef)
      keys.push({ field: "externalRef", key: `external\n${values.externalRef}` });
    return keys;
  },

  async write(em, municipalityId, rows) {
    const toRecord = (v: CaseValues) => ({
      team_id: v.teamId,
      district_id: v.districtId,
      reference: v.reference,
      external_ref: v.externalRef,
      kind: v.kind,
      opened_on: v.openedOn,
      closed_on: v.closedOn,
      problem_domains: v.problemDomains.join(","),
      multiple_problems: v.multipleProblems,
    });
    const byExternal = rows.filter((r) => r.keyedBy === "external_ref").map(toRecord);
    const byReference = rows.filter((r) => r.keyedBy === "reference").map(toRecord);
    const a = await upsertRows(em, BY_EXTERNAL_REF, municipalityId, byExternal);
    const b = await upsertRows(em, BY_REFERENCE, municipalityId, byReference);
    return {
      inserted: a.inserted + b.inserted,
      updated: a.updated + b.updated,
      unchanged: a.unchanged + b.unchanged,
    };
  },
};
