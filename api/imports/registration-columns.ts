import { ImportKind } from "../../schema/registration-enums";
import { isIdentifyingHeader, normaliseHeader } from "../platform";

/**
 * Which file columns feed which field, per kind of registration file. Teams export from
 * different registration systems, so each field accepts English and Dutch headers; headers are
 * compared normalised (lower case, no spaces, accents or punctuation: "Extern_ID" → "externid").
 * Columns the import does not know are ignored, except identifying ones (a name, a BSN …),
 * which refuse the whole file.
 */
export interface ColumnSpec {
  /** The canonical header, used in problem reports when the file has no such column. */
  name: string;
  aliases: string[];
  required?: boolean;
  /** Why a missing required column matters, when more than "it is required". */
  why?: string;
}

const EXTERNAL_REF_WHY =
  "imported rows need an external reference (the id in your registration system) so that importing the file again changes nothing";

const common = {
  externalRef: {
    name: "external_ref",
    aliases: ["externalref", "externid", "externeid", "registratieid", "externalid", "extern"],
  },
  case: {
    name: "case",
    aliases: ["case", "caseref", "casus", "casusnummer", "casusid", "caseexternalref"],
    required: true,
  },
  scenario: { name: "scenario", aliases: ["scenario"] },
  priceItem: {
    name: "price_item",
    aliases: ["priceitem", "priceitemcode", "prijscode", "prijsitem", "prijslijstcode"],
  },
  recurMonths: {
    name: "recur_months",
    aliases: ["recurmonths", "maanden", "aantalmaanden", "herhaalmaanden"],
  },
} satisfies Record<string, ColumnSpec>;

export const CASE_COLUMNS = {
  reference: {
    name: "reference",
    aliases: ["reference", "casusnummer", "casus", "casusreferentie", "caseref"],
    required: true,
  },
  externalRef: common.externalRef,
  team: { name: "team", aliases: ["team", "teamnaam", "teamid", "wijkteam"], required: true },
  district: { name: "district", aliases: ["district", "wijk", "wijknaam", "districtid", "buurt"] },
  kind: { name: "kind", aliases: ["kind", "soort", "type", "casussoort"], required: true },
  openedOn: {
    name: "opened_on",
    aliases: ["openedon", "opened", "startdatum", "geopend", "begindatum", "start"],
    required: true,
  },
  closedOn: {
    name: "closed_on",
    aliases: ["closedon", "closed", "einddatum", "gesloten", "afgesloten", "eind"],
  },
  problemDomains: {
    name: "problem_domains",
    aliases: ["problemdomains", "leefgebieden", "leefgebied", "domains", "domeinen"],
  },
  multipleProblems: {
    name: "multiple_problems",
    aliases: ["multipleproblems", "meervoudig", "meervoudigeproblematiek"],
  },
} satisfies Record<string, ColumnSpec>;

export const ACTIVITY_COLUMNS = {
  externalRef: { ...common.externalRef, required: true, why: EXTERNAL_REF_WHY },
  case: common.case,
  date: {
    name: "date",
    aliases: ["date", "datum", "activitydate", "activiteitdatum", "inzetdatum"],
    required: true,
  },
  scenario: common.scenario,
  member: {
    name: "member",
    aliases: ["member", "memberid", "medewerker", "professional", "uitvoerder"],
  },
  role: { name: "role", aliases: ["role", "rol", "functie"] },
  hours: { name: "hours", aliases: ["hours", "uren", "uur", "tijd"] },
  provision: {
    name: "provision",
    aliases: ["provision", "provisionid", "voorziening", "voorzieningid"],
  },
  units: { name: "units", aliases: ["units", "eenheden", "aantaleenheden"] },
  recurMonths: common.recurMonths,
  collective: { name: "collective", aliases: ["collective", "collectief"] },
  arrangement: {
    name: "arrangement",
    aliases: ["arrangement", "arrangementid", "arrangementnaam"],
  },
  priceItem: common.priceItem,
  description: {
    name: "description",
    aliases: ["description", "omschrijving", "toelichting", "activiteit"],
  },
} satisfies Record<string, ColumnSpec>;

export const OUTCOME_COLUMNS = {
  externalRef: { ...common.externalRef, required: true, why: EXTERNAL_REF_WHY },
  case: common.case,
  date: {
    name: "date",
    aliases: ["date", "datum", "outcomedate", "opbrengstdatum"],
    required: true,
  },
  scenario: common.scenario,
  description: {
    name: "description",
    aliases: ["description", "omschrijving", "opbrengst", "effect"],
    required: true,
  },
  priceItem: common.priceItem,
  quantity: { name: "quantity", aliases: ["quantity", "aantal", "hoeveelheid"] },
  recurMonths: common.recurMonths,
  durationYears: {
    name: "duration_years",
    aliases: ["durationyears", "looptijdjaren", "looptijd", "jaren"],
  },
  deadweight: { name: "deadweight", aliases: ["deadweight", "nuleffect"] },
  displacement: { name: "displacement", aliases: ["displacement", "verplaatsing"] },
  attribution: { name: "attribution", aliases: ["attribution", "attributie", "toerekening"] },
  dropOff: { name: "drop_off", aliases: ["dropoff", "afname", "uitdoving"] },
  leakage: { name: "leakage", aliases: ["leakage", "weglek", "lekkage"] },
  evidence: { name: "evidence", aliases: ["evidence", "onderbouwing", "bron"] },
  beneficiary: {
    name: "beneficiary",
    aliases: ["beneficiary", "belanghebbende", "baathouder", "stakeholder"],
  },
} satisfies Record<string, ColumnSpec>;

export type CaseColumn = keyof typeof CASE_COLUMNS;
export type ActivityColumn = keyof typeof ACTIVITY_COLUMNS;
export type OutcomeColumn = keyof typeof OUTCOME_COLUMNS;

const COLUMNS_BY_KIND: Record<ImportKind, Record<string, ColumnSpec>> = {
  [ImportKind.CASES]: CASE_COLUMNS,
  [ImportKind.ACTIVITIES]: ACTIVITY_COLUMNS,
  [ImportKind.OUTCOMES]: OUTCOME_COLUMNS,
};

interface HeaderProblem {
  column: string;
  reason: string;
}

/** Where each field sits in a row, and the header text the file uses for it. */
export class ColumnMap<F extends string> {
  constructor(
    private readonly index: ReadonlyMap<F, number>,
    private readonly specs: Record<F, ColumnSpec>,
    private readonly header: readonly string[],
  ) {}

  has(field: F): boolean {
    return this.index.has(field);
  }

  /** The fields the file has a column for. */
  fields(): F[] {
    return [...this.index.keys()];
  }

  /** The trimmed cell of a field, or "" when the column is absent or the cell empty. */
  cell(cells: readonly string[], field: F): string {
    const at = this.index.get(field);
    return at === undefined ? "" : (cells[at] ?? "").trim();
  }

  /** Where the field's column sits in the file (absent columns sort last). */
  position(field: F): number {
    return this.index.get(field) ?? Number.MAX_SAFE_INTEGER;
  }

  /** The column name for problem reports: the file's own header, else the canonical one. */
  columnOf(field: F): string {
    const at = this.index.get(field);
    return at === undefined ? this.specs[field].name : this.header[at].trim();
  }
}

/**
 * Maps a header row to the fields of one kind. Refuses (with problems for row 1) a header with
 * an identifying column, a column mapped twice, or a required column missing.
 */
export function mapColumns<F extends string>(
  specs: Record<F, ColumnSpec>,
  header: readonly string[],
): { columns: ColumnMap<F>; problems: HeaderProblem[] } {
  const problems: HeaderProblem[] = [];
  const index = new Map<F, number>();
  const fields = Object.keys(specs) as F[];
  header.forEach((text, at) => {
    const normalised = normaliseHeader(text);
    if (!normalised) return;
    if (isIdentifyingHeader(normalised)) {
      problems.push({
        column: text.trim(),
        reason:
          "is an identifying column (name, BSN, birth date, address, e-mail or phone): residents may appear only as pseudonymous case references; remove the column and import again",
      });
      return;
    }
    const field = fields.find((f) => specs[f].aliases.includes(normalised));
    if (!field) return;
    if (index.has(field)) {
      problems.push({
        column: text.trim(),
        reason: `holds ${specs[field].name} as does column "${header[index.get(field)!].trim()}"; keep one of them`,
      });
      return;
    }
    index.set(field, at);
  });
  for (const field of fields) {
    const spec = specs[field];
    if (spec.required && !index.has(field)) {
      problems.push({
        column: spec.name,
        reason: `column is missing from the header (accepted names: ${spec.aliases.join(", ")})${spec.why ? `: ${spec.why}` : ""}`,
      });
    }
  }
  return { columns: new ColumnMap(index, specs, header), problems };
}

/** Columns that only one kind has: how the CLI tells a file's kind when none is given. */
const DISTINCTIVE: Record<ImportKind, string[]> = {
  [ImportKind.CASES]: [
    "team",
    "kind",
    "openedOn",
    "closedOn",
    "problemDomains",
    "multipleProblems",
  ],
  [ImportKind.ACTIVITIES]: ["hours", "member", "role", "provision", "units", "collective"],
  [ImportKind.OUTCOMES]: [
    "quantity",
    "durationYears",
    "deadweight",
    "displacement",
    "attribution",
    "dropOff",
    "leakage",
    "evidence",
    "beneficiary",
  ],
};

/** The kind whose distinctive columns the header has most of, or null when it is unclear. */
export function guessKind(header: readonly string[]): ImportKind | null {
  const normalised = new Set(header.map(normaliseHeader));
  const scores = (Object.keys(DISTINCTIVE) as ImportKind[]).map((kind) => {
    const specs = COLUMNS_BY_KIND[kind];
    const score = DISTINCTIVE[kind].filter((field) =>
      specs[field].aliases.some((alias) => normalised.has(alias)),
    ).length;
    return { kind, score };
  });
  scores.sort((a, b) => b.score - a.score);
  if (!scores[0].score || scores[0].score === scores[1].score) return null;
  return scores[0].kind;
}
