import type { EntityManager } from "typeorm";
import { MemberRole, TeamType } from "../../schema/organisation-enums";
import { invalidDateReason } from "../../schema/scalars";
import { caseReferenceProblem } from "../platform";
import { standardStakeholders } from "./organisations";
import { requiredProvisions, seedArrangements } from "./registrations-arrangements";
import { Registrations, type SeedLookups, type TeamInfo } from "./registrations-builder";
import { addDays, addMonths, daysBetween, hashText, Random } from "./registrations-random";
import { insertRows } from "./registrations-sql";
import {
  collectiveIssue,
  helpRequest,
  openingDay,
  pickStory,
  themesFor,
} from "./registrations-stories";

interface SeedRegistrationsOptions {
  /** Seed of the generator; the same seed gives the same data. Default 1. */
  seed?: number;
  /** First day of the registration period, YYYY-MM-DD. Default 2025-01-01. */
  from?: string;
  /** Length of the period in months (1–60). Default 15. */
  months?: number;
}

export interface SeedRegistrationsResult {
  cases: number;
  activities: number;
  outcomes: number;
}

/** Case reference prefixes of the demo municipalities (others: from the name). */
const PREFIXES: Record<string, string> = {
  GM0344: "UT",
  GM0193: "ZW",
  GM0356: "NG",
  GM0352: "WBD",
  GM0355: "ZST",
};

/**
 * New help requests a month per contracted hour a week of the team: a Utrecht buurtteam of
 * about 250 hours a week opens some seven a month. The demo is smaller than practice so that
 * the whole seed stays quick on the embedded database.
 */
const HELP_REQUESTS_PER_WEEKLY_HOUR_PER_MONTH = 0.03;

function referencePrefix(code: string, name: string): string {
  return (
    PREFIXES[code] ??
    (name
      .replace(/[^A-Za-z]/g, "")
      .slice(0, 2)
      .toUpperCase() ||
      "KW")
  );
}

function parseArray(value: string[] | string): string[] {
  if (Array.isArray(value)) return value;
  const inner = value.replace(/^\{|\}$/g, "");
  return inner ? inner.split(",").map((s) => s.replace(/^"|"$/g, "")) : [];
}

async function loadTeams(em: EntityManager, municipalityId: string): Promise<TeamInfo[]> {
  const teams: { id: string; name: string; team_type: TeamType }[] = await em.query(
    "SELECT id, name, team_type FROM team WHERE municipality_id = $1 ORDER BY name, id",
    [municipalityId],
  );
  const districts: { team_id: string; district_id: string }[] = await em.query(
    `SELECT td.team_id, td.district_id FROM team_district td JOIN district d ON d.id = td.district_id
      WHERE td.municipality_id = $1 ORDER BY d.name, d.id`,
    [municipalityId],
  );
  const members: {
    id: string;
    team_id: string;
    role: MemberRole;
    specialisms: string[] | string;
    hours: string;
  }[] = await em.query(
    `SELECT id, team_id, role, specialisms, contracted_hours_per_week::text AS hours FROM member
      WHERE municipality_id = $1 ORDER BY name, role, contracted_hours_per_week, id`,
    [municipalityId],
  );
  return teams.map((t) => {
    const own = members.filter((m) => m.team_id === t.id);
    return {
      id: t.id,
      name: t.name,
      teamType: t.team_type,
      districtIds: districts.filter((d) => d.team_id === t.id).map((d) => d.district_id),
      members: own.map((m) => ({ id: m.id, role: m.role, specialisms: parseArray(m.specialisms) })),
      weeklyHours: own.reduce((sum, m) => sum + Number(m.hours), 0),
    };
  });
}

async function loadByName(
  em: EntityManager,
  sql: string,
  municipalityId: string,
  wanted: readonly string[],
  what: string,
): Promise<Map<string, string>> {
  const rows: { key: string; id: string }[] = await em.query(sql, [municipalityId]);
  const found = new Map(rows.map((r) => [r.key, r.id]));
  const missing = wanted.filter((name) => !found.has(name));
  if (missing.length)
    throw new Error(
      `seedRegistrations needs the demo ${what} first (seedDemoData); missing: ${missing.join(", ")}`,
    );
  return found;
}

/**
 * Adds demo monitoring data to one municipality that has the demo organisation, provisions and
 * stakeholders: six arrangements (with components, and placements of their role components in
 * both built-in quadrant models), then for every team `months` months of help requests and
 * collective issues from `from` — problem domains, applied arrangements, self-reliance
 * assessments, support in the INTERVENTION and REFERENCE scenarios priced with the demo price
 * list (price-items.ts), life events and valued outcomes. Deterministic: the same municipality
 * code, seed and period give the same rows (only the generated ids differ).
 *
 * Runs inside the caller's transaction (`em`) and writes in multi-row batches. A municipality
 * that already has cases is left alone (the result is then all zeros).
 */
export async function seedRegistrations(
  em: EntityManager,
  municipalityId: string,
  options: SeedRegistrationsOptions = {},
): Promise<SeedRegistrationsResult> {
  const from = options.from ?? "2025-01-01";
  const months = options.months ?? 15;
  const dateProblem = invalidDateReason(from);
  if (dateProblem) throw new Error(`seedRegistrations: from: ${dateProblem}`);
  if (!Number.isInteger(months) || months < 1 || months > 60)
    throw new Error("seedRegistrations: months must be a whole number from 1 to 60");

  const [municipality]: { code: string; name: string }[] = await em.query(
    "SELECT code, name FROM municipality WHERE id = $1",
    [municipalityId],
  );
  if (!municipality) throw new Error(`seedRegistrations: no municipality ${municipalityId}`);
  const [{ n: existingCases }]: { n: number }[] = await em.query(
    "SELECT count(*)::int AS n FROM case_record WHERE municipality_id = $1",
    [municipalityId],
  );
  if (existingCases > 0) return { cases: 0, activities: 0, outcomes: 0 };

  const teams = await loadTeams(em, municipalityId);
  const provisions = await loadByName(
    em,
    "SELECT name AS key, id FROM provision WHERE municipality_id = $1",
    municipalityId,
    requiredProvisions,
    "provisions",
  );
  const stakeholders = await loadByName(
    em,
    "SELECT code AS key, id FROM stakeholder WHERE municipality_id = $1",
    municipalityId,
    standardStakeholders.map((s) => s.code),
    "stakeholders",
  );
  const arrangements = await seedArrangements(em, municipalityId, provisions);
  const lookups: SeedLookups = { provisions, stakeholders, arrangements };

  const rng = new Random(hashText(`${municipality.code}:${options.seed ?? 1}`));
  const periodEnd = addMonths(from, months);
  const lastDay = addDays(periodEnd, -1);
  const days = daysBetween(from, periodEnd);
  const out = new Registrations();
  for (const team of teams) {
    const ctx = { rng, team, lookups, out, lastDay };
    const count = Math.max(
      3,
      Math.round(team.weeklyHours * HELP_REQUESTS_PER_WEEKLY_HOUR_PER_MONTH * months),
    );
    const openings = Array.from({ length: count }, () => openingDay(rng, from, days)).sort();
    const requests = openings.map((day) => helpRequest(ctx, pickStory(rng, team.teamType), day));
    const themes = themesFor(team.teamType);
    const issues = Math.max(1, Math.round(months / 3));
    const offset = rng.int(0, themes.length - 1);
    const bundled = new Set<string>();
    for (let i = 0; i < issues; i++) {
      const start = Math.floor((i * days) / issues) + rng.int(14, 40);
      const opened = addDays(from, Math.min(start, days - 1));
      collectiveIssue(ctx, themes[(offset + i) % themes.length], opened, requests, bundled);
    }
  }
  numberCases(out, referencePrefix(municipality.code, municipality.name));
  await writeRegistrations(em, municipalityId, out);
  return {
    cases: out.cases.length,
    activities: out.activities.length,
    outcomes: out.outcomes.length,
  };
}

/**
 * Pseudonymous references in order of opening, numbered per year (UT-2025-00042), skipping any
 * number that the privacy rules would refuse (a digit run that passes the BSN eleven-test).
 */
function numberCases(out: Registrations, prefix: string): void {
  const ordered = out.cases
    .map((row, index) => ({ row, index }))
    .sort((a, b) => a.row.openedOn.localeCompare(b.row.openedOn) || a.index - b.index);
  const perYear = new Map<string, number>();
  ordered.forEach(({ row }, index) => {
    const year = row.openedOn.slice(0, 4);
    let n = perYear.get(year) ?? 0;
    let reference: string;
    do {
      n += 1;
      reference = `${prefix}-${year}-${String(n).padStart(5, "0")}`;
    } while (caseReferenceProblem(reference));
    perYear.set(year, n);
    row.reference = reference;
    row.externalRef = `${prefix}-REG-${String(index + 1).padStart(6, "0")}`;
  });
}

async function writeRegistrations(
  em: EntityManager,
  municipalityId: string,
  out: Registrations,
): Promise<void> {
  const m = municipalityId;
  await insertRows(
    em,
    "case_record",
    [
      "id",
      "municipality_id",
      "team_id",
      "district_id",
      "reference",
      "external_ref",
      "kind",
      "opened_on",
      "closed_on",
      "problem_domains",
      "multiple_problems",
    ],
    out.cases.map((c) => [
      c.id,
      m,
      c.teamId,
      c.districtId,
      c.reference,
      c.externalRef,
      c.kind,
      c.openedOn,
      c.closedOn,
      c.domains,
      c.multipleProblems,
    ]),
  );
  await insertRows(
    em,
    "case_arrangement",
    ["municipality_id", "case_id", "arrangement_id", "started_on", "ended_on"],
    out.caseArrangements.map((row) => [m, ...row]),
  );
  await insertRows(
    em,
    "self_reliance_assessment",
    ["municipality_id", "case_id", "assessed_on", "domain", "score"],
    out.assessments.map((row) => [m, ...row]),
  );
  await insertRows(
    em,
    "case_bundle",
    ["municipality_id", "issue_id", "request_id"],
    out.bundles.map((row) => [m, ...row]),
  );
  await insertRows(
    em,
    "support_activity",
    [
      "municipality_id",
      "case_id",
      "scenario",
      "activity_date",
      "member_id",
      "role",
      "hours",
      "provision_id",
      "units",
      "recur_months",
      "collective",
      "arrangement_id",
      "price_item_code",
      "description",
    ],
    out.activities.map((a) => [
      m,
      a.caseId,
      a.scenario,
      a.date,
      a.memberId,
      a.role,
      a.hours,
      a.provisionId,
      a.units,
      a.recurMonths,
      a.collective,
      a.arrangementId,
      a.priceItemCode,
      a.description,
    ]),
  );
  await insertRows(
    em,
    "outcome",
    [
      "municipality_id",
      "case_id",
      "scenario",
      "outcome_date",
      "description",
      "price_item_code",
      "quantity",
      "recur_months",
      "duration_years",
      "deadweight",
      "displacement",
      "attribution",
      "drop_off",
      "leakage",
      "evidence",
      "beneficiary_id",
    ],
    out.outcomes.map((o) => [
      m,
      o.caseId,
      o.scenario,
      o.date,
      o.description,
      o.priceItemCode,
      o.quantity,
      o.recurMonths,
      o.durationYears,
      o.deadweight,
      o.displacement,
      o.attribution,
      o.dropOff,
      o.leakage,
      o.evidence,
      o.beneficiaryId,
    ]),
  );
}
