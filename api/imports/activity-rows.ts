import { CaseKind, Scenario } from "../../schema/registration-enums";
import { checkActivity } from "../registration";
import { ACTIVITY_COLUMNS, type ActivityColumn } from "./registration-columns";
import { memberKey, type ImportContext } from "./registration-context";
import { UUID } from "../platform";
import { resolveCase, type KindHandler } from "./registration-rows";
import { checkStoredCase } from "./stored-case-check";
import { upsertRows, type UpsertSpec } from "./registration-upsert";
import {
  dateText,
  decimalText,
  memberRole,
  scenario,
  wholeNumber,
  yesNo,
} from "./registration-values";

/** Support activities (inzet) from a file, stored under their external ref. */
interface ActivityValues {
  caseId: string;
  externalRef: string;
  scenario: string;
  activityDate: string;
  memberId: string | null;
  role: string | null;
  hours: string | null;
  provisionId: string | null;
  units: string | null;
  recurMonths: number | null;
  collective: boolean;
  arrangementId: string | null;
  priceItemCode: string | null;
  description: string;
}

const RULE_FIELDS: Record<string, ActivityColumn> = {
  externalRef: "externalRef",
  scenario: "scenario",
  activityDate: "date",
  memberId: "member",
  role: "role",
  hours: "hours",
  provisionId: "provision",
  units: "units",
  arrangementId: "arrangement",
  recurMonths: "recurMonths",
  priceItemCode: "priceItem",
  description: "description",
};

const UPSERT: UpsertSpec = {
  table: "support_activity",
  key: "external_ref",
  columns: [
    { name: "case_id", type: "uuid" },
    { name: "external_ref", type: "text" },
    { name: "scenario", type: "text" },
    { name: "activity_date", type: "date" },
    { name: "member_id", type: "uuid" },
    { name: "role", type: "text" },
    { name: "hours", type: "numeric" },
    { name: "provision_id", type: "uuid" },
    { name: "units", type: "numeric" },
    { name: "recur_months", type: "integer" },
    { name: "collective", type: "boolean" },
    { name: "arrangement_id", type: "uuid" },
    { name: "price_item_code", type: "text" },
    { name: "description", type: "text" },
  ],
};

/** The member by id, or by exact name in the case's team; `pending` while the case is unknown. */
function resolveMember(
  ctx: ImportContext,
  cell: string,
  teamId: string | null,
): { id: string | null; problem?: string; pending?: boolean } {
  if (!cell) return { id: null };
  if (UUID.test(cell)) {
    const member = ctx.members.get(cell.toLowerCase());
    return member
      ? { id: member.id }
      : { id: null, problem: "no member of this municipality has this id" };
  }
  if (!teamId) return { id: null, pending: true };
  const ids = ctx.membersByTeamAndName.get(memberKey(teamId, cell)) ?? [];
  if (ids.length === 1) return { id: ids[0] };
  if (ids.length > 1)
    return {
      id: null,
      problem: "several members of the case's team have this name; give the member id",
    };
  return {
    id: null,
    problem: "no member of the case's team has this exact name (or give the member id)",
  };
}

export const activityRows: KindHandler<ActivityColumn, ActivityValues> = {
  columns: ACTIVITY_COLUMNS,
  needs: { cases: true, members: true },

  map(cells, columns, ctx, report) {
    const cell = (field: ActivityColumn) => columns.cell(cells, field);
    const externalRef = cell("externalRef");
    if (!externalRef)
      report.add(
        "externalRef",
        null,
        "is required: imported activities need an external reference (the id in your registration system) so that importing the file again changes nothing",
      );

    const caseCell = cell("case");
    const theCase = resolveCase(ctx, caseCell);
    if (theCase.problem) report.add("case", caseCell, theCase.problem);
    const found = theCase.found ?? null;

    const scenarioCell = cell("scenario");
    const scenarioValue = scenarioCell ? scenario(scenarioCell) : Scenario.INTERVENTION;
    if (!scenarioValue)
      report.add(
        "scenario",
        scenarioCell,
        "must be INTERVENTION or REFERENCE (interventie or referentie)",
      );

    const memberCell = cell("member");
    const member = resolveMember(ctx, memberCell, found?.teamId ?? null);
    if (member.problem) report.add("member", memberCell, member.problem);
    if (member.pending) report.defer("member", "role");
    const memberId = member.id;

    const roleCell = cell("role");
    const role = roleCell
      ? (memberRole(roleCell) ?? roleCell)
      : memberId
        ? ctx.members.get(memberId)!.role
        : null;

    const provisionCell = cell("provision");
    const provisionId = provisionCell ? ctx.provisions.resolve(provisionCell) : null;
    if (provisionCell && !provisionId)
      report.add(
        "provision",
        provisionCell,
        "no provision of this municipality has this name or id",
      );

    const arrangementCell = cell("arrangement");
    const arrangementId = arrangementCell ? ctx.arrangements.resolve(arrangementCell) : null;
    if (arrangementCell && !arrangementId) {
      report.add(
        "arrangement",
        arrangementCell,
        "no arrangement of this municipality has this name or id",
      );
    } else if (
      arrangementId &&
      found &&
      !ctx.appliedArrangements.has(`${found.id}\n${arrangementId}`)
    ) {
      report.add("arrangement", arrangementCell, "is not applied to this case");
    }

    const hoursCell = cell("hours");
    const unitsCell = cell("units");
    const monthsCell = cell("recurMonths");
    const collectiveCell = cell("collective");
    const collective = report.parsed("collective", collectiveCell, yesNo(collectiveCell), null);
    const values: ActivityValues = {
      caseId: found?.id ?? "",
      externalRef,
      scenario: scenarioValue ?? scenarioCell,
      activityDate: dateText(cell("date")),
      // unresolved names stay as written, so the rules' presence checks do not add noise
      memberId: memberId ?? (memberCell || null),
      role,
      hours: report.parsed("hours", hoursCell, decimalText(hoursCell, 2), hoursCell),
      provisionId: provisionId ?? (provisionCell || null),
      units: report.parsed("units", unitsCell, decimalText(unitsCell, 2), unitsCell),
      recurMonths: report.parsed("recurMonths", monthsCell, wholeNumber(monthsCell), null),
      collective: collective ?? found?.kind === CaseKind.COLLECTIVE_ISSUE,
      arrangementId: arrangementId ?? (arrangementCell || null),
      priceItemCode: cell("priceItem") || null,
      description: cell("description"),
    };
    report.addRules(checkActivity(values, ctx.lookups), RULE_FIELDS);
    if (
      found &&
      values.scenario === Scenario.INTERVENTION &&
      /^\d{4}-\d{2}-\d{2}$/.test(values.activityDate) &&
      values.activityDate < found.openedOn
    ) {
      report.add(
        "date",
        values.activityDate,
        `must not be before the case was opened (${found.openedOn})`,
      );
    }
    return values;
  },

  uniqueKeys: (values) =>
    values.externalRef ? [{ field: "externalRef", key: values.externalRef }] : [],

  checkStored: (em, ctx, rows, columns) =>
    checkStoredCase(em, ctx, "support_activity", "an activity", rows, columns),

  write(em, municipalityId, rows) {
    return upsertRows(
      em,
      UPSERT,
      municipalityId,
      rows.map((v) => ({
        case_id: v.caseId,
        external_ref: v.externalRef,
        scenario: v.scenario,
        activity_date: v.activityDate,
        member_id: v.memberId,
        role: v.role,
        hours: v.hours,
        provision_id: v.provisionId,
        units: v.units,
        recur_months: v.recurMonths,
        collective: v.collective,
        arrangement_id: v.arrangementId,
        price_item_code: v.priceItemCode,
        description: v.description,
      })),
    );
  },
};
