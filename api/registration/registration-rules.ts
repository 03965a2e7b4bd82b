import { Decimal } from "decimal.js";
import { MemberRole } from "../../schema/organisation-enums";
import { CaseKind, ProblemDomain, Scenario } from "../../schema/registration-enums";
import { invalidDateReason } from "../../schema/scalars";
import { caseReferenceProblem, freeTextProblem } from "../platform";

/**
 * The rules for registration data, shared by the GraphQL mutations and the file imports so
 * that both refuse the same things with the same words. Each check returns the problems it
 * found: the field, the value and the reason.
 */
export interface FieldProblem {
  field: string;
  value: string | null;
  reason: string;
}

/** What the rules may look up: the municipality's teams, districts, members, provisions … by id. */
export interface RegistrationLookups {
  teamIds: ReadonlySet<string>;
  districtIds: ReadonlySet<string>;
  memberIds: ReadonlySet<string>;
  provisionIds: ReadonlySet<string>;
  arrangementIds: ReadonlySet<string>;
  stakeholderIds: ReadonlySet<string>;
}

interface CaseFields {
  reference: string;
  externalRef?: string | null;
  teamId: string;
  districtId?: string | null;
  kind: string;
  openedOn: string;
  closedOn?: string | null;
  problemDomains: string[];
}

interface ActivityFields {
  externalRef?: string | null;
  scenario: string;
  activityDate: string;
  memberId?: string | null;
  role?: string | null;
  hours?: string | null;
  provisionId?: string | null;
  units?: string | null;
  recurMonths?: number | null;
  arrangementId?: string | null;
  priceItemCode?: string | null;
  description?: string | null;
}

interface OutcomeFields {
  externalRef?: string | null;
  scenario: string;
  outcomeDate: string;
  description: string;
  priceItemCode?: string | null;
  quantity?: string | null;
  recurMonths?: number | null;
  durationYears?: number | null;
  deadweight?: string | null;
  displacement?: string | null;
  attribution?: string | null;
  dropOff?: string | null;
  leakage?: string | null;
  evidence?: string | null;
  beneficiaryId?: string | null;
}

const EXTERNAL_REF = /^[\w.:/-]{1,80}$/;
const PRICE_ITEM = /^[A-Z0-9][A-Z0-9_.-]{0,39}$/;
const DECIMAL = /^-?\d+(\.\d+)?$/;

class Collector {
  readonly problems: FieldProblem[] = [];
  add(field: string, value: unknown, reason: string) {
    this.problems.push({
      field,
      value: value === null || value === undefined ? null : String(value),
      reason,
    });
  }
  date(field: string, value: string | null | undefined, required: boolean) {
    if (value === null || value === undefined || value === "") {
      if (required) this.add(field, value, "is required (a date YYYY-MM-DD)");
      return;
    }
    const reason = invalidDateReason(value);
    if (reason) this.add(field, value, reason);
  }
  decimal(
    field: string,
    value: string | null | undefined,
    { min, max, positive }: { min?: number; max?: number; positive?: boolean },
  ) {
    if (value === null || value === undefined) return;
    if (!DECIMAL.test(value)) return this.add(field, value, "must be a decimal number, e.g. 1.5");
    const number = new Decimal(value);
    if (positive && !number.greaterThan(0)) return this.add(field, value, "must be above 0");
    if (min !== undefined && number.lessThan(min))
      return this.add(field, value, `must be at least ${min}`);
    if (max !== undefined && number.greaterThan(max))
      return this.add(field, value, `must be at most ${max}`);
  }
  reference(
    field: string,
    id: string | null | undefined,
    known: ReadonlySet<string>,
    what: string,
  ) {
    if (id && !known.has(id)) this.add(field, id, `is not a ${what} of this municipality`);
  }
  text(field: string, value: string | null | undefined, maxLength: number) {
    if (!value) return;
    if (value.length > maxLength)
      this.add(field, `${value.slice(0, 40)}…`, `must be at most ${maxLength} characters`);
    const privacy = freeTextProblem(value);
    if (privacy) this.add(field, "(withheld)", privacy);
  }
  externalRef(field: string, value: string | null | undefined) {
    if (value && !EXTERNAL_REF.test(value)) {
      this.add(field, value, "must be 1–80 letters, digits or . _ : / -");
    } else if (value && caseReferenceProblem(value)?.startsWith("looks like")) {
      this.add(field, value, "looks like a direct identifier (BSN or e-mail address)");
    }
  }
}

export function checkCase(fields: CaseFields, lookups: RegistrationLookups): FieldProblem[] {
  const c = new Collector();
  const referenceProblem = caseReferenceProblem(fields.reference ?? "");
  if (referenceProblem)
    c.add(
      "reference",
      /^\d{9}$/.test(fields.reference) ? "(withheld)" : fields.reference,
      referenceProblem,
    );
  c.externalRef("externalRef", fields.externalRef);
  if (!lookups.teamIds.has(fields.teamId))
    c.add("teamId", fields.teamId, "is not a team of this municipality");
  c.reference("districtId", fields.districtId, lookups.districtIds, "district");
  if (!(fields.kind in CaseKind))
    c.add("kind", fields.kind, "must be HELP_REQUEST or COLLECTIVE_ISSUE");
  c.date("openedOn", fields.openedOn, true);
  c.date("closedOn", fields.closedOn, false);
  if (fields.closedOn && fields.openedOn && fields.closedOn < fields.openedOn) {
    c.add("closedOn", fields.closedOn, `must not be before openedOn (${fields.openedOn})`);
  }
  fields.problemDomains.forEach((domain, index) => {
    if (!(domain in ProblemDomain))
      c.add(
        `problemDomains[${index}]`,
        domain,
        `is not a life domain (${Object.keys(ProblemDomain).join(", ")})`,
      );
  });
  if (new Set(fields.problemDomains).size !== fields.problemDomains.length) {
    c.add("problemDomains", fields.problemDomains.join(","), "must not repeat a domain");
  }
  return c.problems;
}

export function checkActivity(
  fields: ActivityFields,
  lookups: RegistrationLookups,
): FieldProblem[] {
  const c = new Collector();
  c.externalRef("externalRef", fields.externalRef);
  if (!(fields.scenario in Scenario))
    c.add("scenario", fields.scenario, "must be INTERVENTION or REFERENCE");
  c.date("activityDate", fields.activityDate, true);
  c.reference("memberId", fields.memberId, lookups.memberIds, "member");
  if (fields.role && !(fields.role in MemberRole))
    c.add("role", fields.role, "is not a member role");
  c.decimal("hours", fields.hours, { positive: true, max: 744 });
  c.reference("provisionId", fields.provisionId, lookups.provisionIds, "provision");
  c.decimal("units", fields.units, { positive: true, max: 100000 });
  c.reference("arrangementId", fields.arrangementId, lookups.arrangementIds, "arrangement");
  if (
    fields.recurMonths !== null &&
    fields.recurMonths !== undefined &&
    !(Number.isInteger(fields.recurMonths) && fields.recurMonths >= 1 && fields.recurMonths <= 600)
  ) {
    c.add("recurMonths", fields.recurMonths, "must be a whole number of months from 1 to 600");
  }
  if (!fields.hours && !(fields.provisionId && fields.units)) {
    c.add("hours", fields.hours, "give hours (with a member or role), or a provision with units");
  }
  if (fields.hours && !fields.memberId && !fields.role)
    c.add("role", fields.role, "hours need a member or a role");
  if (fields.units && !fields.provisionId)
    c.add("provisionId", fields.provisionId, "units need a provision");
  if (fields.priceItemCode && !PRICE_ITEM.test(fields.priceItemCode)) {
    c.add(
      "priceItemCode",
      fields.priceItemCode,
      "must be a price-list code of capitals, digits, _ . -",
    );
  }
  c.text("description", fields.description, 2000);
  return c.problems;
}

export function checkOutcome(fields: OutcomeFields, lookups: RegistrationLookups): FieldProblem[] {
  const c = new Collector();
  c.externalRef("externalRef", fields.externalRef);
  if (!(fields.scenario in Scenario))
    c.add("scenario", fields.scenario, "must be INTERVENTION or REFERENCE");
  c.date("outcomeDate", fields.outcomeDate, true);
  if (!fields.description?.trim()) c.add("description", fields.description, "must not be empty");
  c.text("description", fields.description, 2000);
  c.text("evidence", fields.evidence, 4000);
  if (fields.priceItemCode && !PRICE_ITEM.test(fields.priceItemCode)) {
    c.add(
      "priceItemCode",
      fields.priceItemCode,
      "must be a price-list code of capitals, digits, _ . -",
    );
  }
  c.decimal("quantity", fields.quantity, { min: 0 });
  if (fields.priceItemCode && !fields.quantity)
    c.add("quantity", fields.quantity, "is required with a price item");
  for (const name of ["deadweight", "displacement", "attribution", "dropOff", "leakage"] as const) {
    c.decimal(name, fields[name], { min: 0, max: 1 });
  }
  const whole = (
    name: "recurMonths" | "durationYears",
    value: number | null | undefined,
    max: number,
  ) => {
    if (
      value !== null &&
      value !== undefined &&
      !(Number.isInteger(value) && value >= 1 && value <= max)
    ) {
      c.add(name, value, `must be a whole number from 1 to ${max}`);
    }
  };
  whole("recurMonths", fields.recurMonths, 600);
  whole("durationYears", fields.durationYears, 50);
  if (fields.recurMonths && fields.durationYears) {
    c.add(
      "durationYears",
      fields.durationYears,
      "give a monthly recurrence or a duration in years, not both",
    );
  }
  if (fields.durationYears && fields.scenario === "REFERENCE") {
    c.add(
      "durationYears",
      fields.durationYears,
      "a valued outcome belongs to the INTERVENTION scenario; what would have happened anyway is its deadweight",
    );
  }
  c.reference("beneficiaryId", fields.beneficiaryId, lookups.stakeholderIds, "stakeholder");
  return c.problems;
}
