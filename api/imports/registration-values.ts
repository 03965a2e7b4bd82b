import { Decimal } from "decimal.js";
import { MemberRole } from "../../schema/organisation-enums";
import { CaseKind, ProblemDomain, Scenario } from "../../schema/registration-enums";
import { containsBsnLike, containsEmail, normaliseDecimal, normaliseHeader } from "../platform";
/**
 * Cell values as teams type them, turned into what the registration rules expect: Dutch dates,
 * decimal commas, percentages, ja/nee and Dutch names of enum values. A parser returns the
 * value, or `{ problem }` with the reason when the cell cannot mean anything.
 */
export type Parsed<T> = { value: T } | { problem: string };

/** A value as it may appear in a problem report: withheld when it looks like a BSN or e-mail. */
export function shownValue(value: string | null | undefined): string | null {
  if (value === null || value === undefined || value === "") return null;
  if (containsBsnLike(value) || containsEmail(value)) return "(withheld)";
  // The report is stored as jsonb, which cannot hold NUL: show it as \0.
  const shown = value.replaceAll("\u0000", "\\0");
  return shown.length > 60 ? `${shown.slice(0, 60)}…` : shown;
}

const DUTCH_DATE = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/;

/** "2025-03-01", "1-3-2025", "01/03/2025" or "1.3.2025" → "2025-03-01"; anything else unchanged (the rules say why). */
export function dateText(cell: string): string {
  const dutch = DUTCH_DATE.exec(cell);
  if (!dutch) return cell;
  const [, day, month, year] = dutch;
  return `${year}-${month.padStart(2, "0")}-${day.padStart(2, "0")}`;
}

/** "1,5" → "1.5"; refuses more decimals than the column stores (it would round silently). */
export function decimalText(cell: string, maxDecimals: number): Parsed<string | null> {
  if (!cell) return { value: null };
  const text = normaliseDecimal(cell);
  const decimals = /\.(\d+)$/.exec(text)?.[1].length ?? 0;
  if (/^-?\d+(\.\d+)?$/.test(text) && decimals > maxDecimals) {
    return { problem: `must have at most ${maxDecimals} decimals` };
  }
  return { value: text };
}

/** A fraction 0–1 as "0,4", "0.4" or "40%"; empty is 0 (no adjustment). */
export function fractionText(cell: string): Parsed<string> {
  if (!cell) return { value: "0" };
  const percent = /^(.*?)\s*%$/.exec(cell);
  if (percent) {
    const text = normaliseDecimal(percent[1]);
    if (!/^\d+(\.\d+)?$/.test(text)) return { problem: "must be a percentage such as 40%" };
    return fractionText(new Decimal(text).dividedBy(100).toFixed());
  }
  return decimalText(cell, 5) as Parsed<string>;
}

export function wholeNumber(cell: string): Parsed<number | null> {
  if (!cell) return { value: null };
  if (!/^\d+$/.test(cell)) return { problem: "must be a whole number" };
  return { value: Number(cell) };
}

const YES = new Set(["ja", "j", "yes", "y", "true", "waar", "1", "x"]);
const NO = new Set(["nee", "n", "no", "false", "onwaar", "0"]);

export function yesNo(cell: string): Parsed<boolean | null> {
  if (!cell) return { value: null };
  const lower = cell.toLowerCase();
  if (YES.has(lower)) return { value: true };
  if (NO.has(lower)) return { value: false };
  return { problem: "must be ja or nee (also yes/no, true/false, 1/0)" };
}

/** An enum value by its name (any case, spaces for underscores) or by one of its Dutch names. */
function enumParser<E extends string>(values: Record<string, E>, dutch: Record<string, E>) {
  const byName = new Map<string, E>();
  for (const value of Object.values(values)) byName.set(normaliseHeader(value), value);
  for (const [name, value] of Object.entries(dutch)) byName.set(normaliseHeader(name), value);
  return (cell: string): E | null => byName.get(normaliseHeader(cell)) ?? null;
}

export const caseKind = enumParser(CaseKind, {
  hulpvraag: CaseKind.HELP_REQUEST,
  individueel: CaseKind.HELP_REQUEST,
  kwestie: CaseKind.COLLECTIVE_ISSUE,
  collectief: CaseKind.COLLECTIVE_ISSUE,
});

export const scenario = enumParser(Scenario, {
  interventie: Scenario.INTERVENTION,
  referentie: Scenario.REFERENCE,
  nulscenario: Scenario.REFERENCE,
});

export const memberRole = enumParser(MemberRole, {
  buurtteamwerker: MemberRole.NEIGHBOURHOOD_TEAM_WORKER,
  wijkteammedewerker: MemberRole.NEIGHBOURHOOD_TEAM_WORKER,
  teamleider: MemberRole.TEAM_LEADER,
  wijkverpleegkundige: MemberRole.DISTRICT_NURSE,
  maatschappelijkwerker: MemberRole.SOCIAL_WORKER,
  wmoconsulent: MemberRole.WMO_CONSULTANT,
  welzijnscoach: MemberRole.WELFARE_COACH,
  sociaalmakelaar: MemberRole.SOCIAL_BROKER,
  opbouwwerker: MemberRole.COMMUNITY_WORKER,
  jongerenwerker: MemberRole.YOUTH_WORKER,
  wijkagent: MemberRole.COMMUNITY_POLICE_OFFICER,
  woonconsulent: MemberRole.HOUSING_CONSULTANT,
  schuldhulpverlener: MemberRole.DEBT_COUNSELLOR,
  vrijwilliger: MemberRole.VOLUNTEER,
  anders: MemberRole.OTHER,
});

const problemDomain = enumParser(ProblemDomain, {
  "inkomen en schulden": ProblemDomain.INCOME_DEBTS,
  financien: ProblemDomain.INCOME_DEBTS,
  schulden: ProblemDomain.INCOME_DEBTS,
  huisvesting: ProblemDomain.HOUSING,
  wonen: ProblemDomain.HOUSING,
  "werk en dagbesteding": ProblemDomain.WORK_DAYTIME,
  dagbesteding: ProblemDomain.WORK_DAYTIME,
  "lichamelijke gezondheid": ProblemDomain.PHYSICAL_HEALTH,
  "geestelijke gezondheid": ProblemDomain.MENTAL_HEALTH,
  verslaving: ProblemDomain.ADDICTION,
  opvoeding: ProblemDomain.PARENTING,
  "sociaal netwerk": ProblemDomain.SOCIAL_NETWORK,
  veiligheid: ProblemDomain.SAFETY,
});

/**
 * Life domains separated by ; | or , — each an enum name or its Dutch name. Unknown ones stay
 * as written so that the shared rule names them.
 */
export function problemDomains(cell: string): string[] {
  return cell
    .split(/[;|,]/)
    .map((part) => part.trim())
    .filter(Boolean)
    .map((part) => problemDomain(part) ?? part);
}
