import { randomUUID } from "node:crypto";
import { MemberRole, TeamType } from "../../schema/organisation-enums";
import { CaseKind, ProblemDomain, Scenario } from "../../schema/registration-enums";
import { demoPriceItem, type DemoStakeholderCode } from "./price-items";
import type { ArrangementKey, ProvisionName } from "./registrations-arrangements";
import {
  addDays,
  addMonths,
  maxDate,
  minDate,
  monthsBetween,
  Random,
  startOfMonth,
} from "./registrations-random";

/** Rows of the demo registrations, kept in memory and then written in batches. */
export interface MemberInfo {
  id: string;
  role: MemberRole;
  specialisms: string[];
}

export interface TeamInfo {
  id: string;
  name: string;
  teamType: TeamType;
  districtIds: string[];
  members: MemberInfo[];
  weeklyHours: number;
}

export type Success = "GOOD" | "PARTIAL" | "NONE";

export interface CaseRow {
  id: string;
  teamId: string;
  districtId: string | null;
  kind: CaseKind;
  openedOn: string;
  closedOn: string | null;
  domains: ProblemDomain[];
  multipleProblems: boolean;
  /** The story that made it (DEBTS, LONELINESS … or an arrangement key for an issue). */
  story: string;
  appliedArrangements: Set<ArrangementKey>;
  reference: string;
  externalRef: string | null;
}

interface ActivityRow {
  caseId: string;
  scenario: Scenario;
  date: string;
  memberId: string | null;
  role: MemberRole | null;
  hours: string | null;
  provisionId: string | null;
  units: string | null;
  recurMonths: number | null;
  collective: boolean;
  arrangementId: string | null;
  priceItemCode: string | null;
  description: string;
}

interface OutcomeRow {
  caseId: string;
  scenario: Scenario;
  date: string;
  description: string;
  priceItemCode: string | null;
  quantity: string | null;
  recurMonths: number | null;
  durationYears: number | null;
  deadweight: string;
  displacement: string;
  attribution: string;
  dropOff: string;
  leakage: string;
  evidence: string;
  beneficiaryId: string | null;
}

/** Everything one run produces for one municipality. */
export class Registrations {
  readonly cases: CaseRow[] = [];
  readonly caseArrangements: [
    caseId: string,
    arrangementId: string,
    from: string,
    to: string | null,
  ][] = [];
  readonly assessments: [caseId: string, on: string, domain: ProblemDomain, score: number][] = [];
  readonly bundles: [issueId: string, requestId: string][] = [];
  readonly activities: ActivityRow[] = [];
  readonly outcomes: OutcomeRow[] = [];
}

/** What the stories may use: the municipality's provisions, stakeholders and arrangements. */
export interface SeedLookups {
  provisions: ReadonlyMap<string, string>;
  stakeholders: ReadonlyMap<string, string>;
  arrangements: ReadonlyMap<ArrangementKey, string>;
}

export interface StoryContext {
  rng: Random;
  team: TeamInfo;
  lookups: SeedLookups;
  out: Registrations;
  /** The last day of the registration period (inclusive): nothing is registered after it. */
  lastDay: string;
}

/** Who gives the hours: a member of the team, or (in the reference scenario) only a role. */
export interface Worker {
  memberId: string | null;
  role: MemberRole;
}

export interface WorkerPreference {
  roles: MemberRole[];
  /** Any of these specialisms (case-insensitive); none given: any member with the role. */
  specialisms?: string[];
}

interface ValuedAdjustments {
  durationYears: number;
  deadweight: string;
  attribution: string;
  dropOff: string;
  displacement?: string;
  evidence: string;
  beneficiary?: DemoStakeholderCode;
}

interface ActivityOptions {
  recurMonths?: number;
  collective?: boolean;
  arrangement?: ArrangementKey | null;
}

const HOUR_PRICES: Partial<Record<MemberRole, string>> = {
  [MemberRole.NEIGHBOURHOOD_TEAM_WORKER]: "UUR_BUURTTEAM_SOCIAAL",
  [MemberRole.DISTRICT_NURSE]: "UUR_WIJKVERPLEGING",
  [MemberRole.SOCIAL_WORKER]: "UUR_MAATSCHAPPELIJK_WERK",
  [MemberRole.WMO_CONSULTANT]: "UUR_WMO_CONSULENT",
  [MemberRole.WELFARE_COACH]: "UUR_WELZIJNSCOACH",
  [MemberRole.SOCIAL_BROKER]: "UUR_SOCIAAL_MAKELAAR",
  [MemberRole.COMMUNITY_WORKER]: "UUR_OPBOUWWERKER",
  [MemberRole.YOUTH_WORKER]: "UUR_JONGERENWERKER",
  [MemberRole.COMMUNITY_POLICE_OFFICER]: "UUR_WIJKAGENT",
  [MemberRole.HOUSING_CONSULTANT]: "UUR_WOONCONSULENT",
  [MemberRole.DEBT_COUNSELLOR]: "UUR_SCHULDHULPVERLENER",
};

/** The price item for an hour of this role in this kind of team; volunteers' hours are unpriced. */
function hourPriceCode(role: MemberRole, teamType: TeamType): string | null {
  if (role === MemberRole.NEIGHBOURHOOD_TEAM_WORKER && teamType === TeamType.YOUTH_AND_FAMILY)
    return "UUR_BUURTTEAM_JEUGD";
  return HOUR_PRICES[role] ?? null;
}

const amount = (value: number) => value.toFixed(2);

/**
 * Builds one case: its row, arrangements, assessments, support in both scenarios and outcomes.
 * Intervention support lies between the opening and the end of the work (closing day, or the
 * last day of the period for a case still open); the reference scenario is a projection and may
 * run on after it.
 */
export class CaseBuilder {
  readonly row: CaseRow;
  /** The last day the team works on the case within the period. */
  readonly end: string;
  readonly success: Success;

  constructor(
    readonly ctx: StoryContext,
    kind: CaseKind,
    story: string,
    openedOn: string,
    durationDays: number,
    domains: ProblemDomain[],
    success: Success,
  ) {
    const closedOn = addDays(openedOn, durationDays);
    this.row = {
      id: randomUUID(),
      teamId: ctx.team.id,
      districtId: ctx.team.districtIds.length ? ctx.rng.pick(ctx.team.districtIds) : null,
      kind,
      openedOn,
      closedOn: closedOn <= ctx.lastDay ? closedOn : null,
      domains,
      multipleProblems: domains.length > 1,
      story,
      appliedArrangements: new Set(),
      reference: "",
      externalRef: null,
    };
    this.end = this.row.closedOn ?? ctx.lastDay;
    this.success = success;
    ctx.out.cases.push(this.row);
  }

  get rng(): Random {
    return this.ctx.rng;
  }

  /** Whole months of work within the period (at least 1). */
  get activeMonths(): number {
    return monthsBetween(this.row.openedOn, this.end) + 1;
  }

  has(domain: ProblemDomain): boolean {
    return this.row.domains.includes(domain);
  }

  /**
   * A day in the `month`-th month of the case (0: the month it opened), never before the
   * opening. With `within`, null when that day lies after the end of the work.
   */
  at(month: number, within = true): string | null {
    const day = maxDate(
      this.row.openedOn,
      addDays(startOfMonth(addMonths(this.row.openedOn, month)), this.rng.int(0, 20)),
    );
    if (within && day > this.end) return null;
    return day;
  }

  /** Like `at(month, false)`: a day in the reference scenario's projection. */
  projected(month: number): string {
    return this.at(month, false) as string;
  }

  apply(key: ArrangementKey): void {
    const id = this.ctx.lookups.arrangements.get(key);
    if (!id) throw new Error(`no arrangement ${key}`);
    this.row.appliedArrangements.add(key);
    const started = minDate(addDays(this.row.openedOn, this.rng.int(0, 14)), this.end);
    this.ctx.out.caseArrangements.push([this.row.id, id, started, this.row.closedOn]);
  }

  /**
   * Intervention work on a collective issue is collective; the reference scenario stands for
   * the individual help that would have been given instead.
   */
  private collectiveByDefault(scenario: Scenario): boolean {
    return scenario === Scenario.INTERVENTION && this.row.kind === CaseKind.COLLECTIVE_ISSUE;
  }

  private arrangementId(key: ArrangementKey | null | undefined): string | null {
    if (!key || !this.row.appliedArrangements.has(key)) return null;
    return this.ctx.lookups.arrangements.get(key) ?? null;
  }

  /** A member of the team by preference, else only the fallback role. */
  worker(preferences: WorkerPreference[], fallback: MemberRole): Worker {
    for (const preference of preferences) {
      const wanted = preference.specialisms?.map((s) => s.toLowerCase());
      const candidates = this.ctx.team.members.filter(
        (m) =>
          preference.roles.includes(m.role) &&
          (!wanted || m.specialisms.some((s) => wanted.includes(s.toLowerCase()))),
      );
      if (candidates.length) {
        const member = this.rng.pick(candidates);
        return { memberId: member.id, role: member.role };
      }
    }
    return { memberId: null, role: fallback };
  }

  hours(
    scenario: Scenario,
    date: string | null,
    worker: Worker,
    hours: number,
    description: string,
    options: ActivityOptions = {},
  ): void {
    if (!date || hours <= 0) return;
    this.ctx.out.activities.push({
      caseId: this.row.id,
      scenario,
      date,
      memberId: scenario === Scenario.INTERVENTION ? worker.memberId : null,
      role: worker.role,
      hours: amount(hours),
      provisionId: null,
      units: null,
      recurMonths: options.recurMonths ?? null,
      collective: options.collective ?? this.collectiveByDefault(scenario),
      arrangementId: this.arrangementId(options.arrangement),
      priceItemCode: hourPriceCode(worker.role, this.ctx.team.teamType),
      description,
    });
  }

  /**
   * Intervention hours of one worker, one row a month from the opening to the end of the work
   * (at most `maxMonths`): `first` hours in the first month, then a number in `later`.
   */
  monthly(
    worker: Worker,
    first: number,
    later: [number, number],
    description: string,
    options: ActivityOptions & { maxMonths?: number } = {},
  ): void {
    const months = Math.min(this.activeMonths, options.maxMonths ?? 120);
    for (let month = 0; month < months; month++) {
      const hours = month === 0 ? first : this.rng.step(later[0], later[1], 0.25);
      this.hours(Scenario.INTERVENTION, this.at(month), worker, hours, description, options);
    }
  }

  units(
    scenario: Scenario,
    date: string | null,
    provision: ProvisionName,
    units: number,
    priceItemCode: string,
    description: string,
    options: ActivityOptions = {},
  ): void {
    if (!date || units <= 0) return;
    const provisionId = this.ctx.lookups.provisions.get(provision);
    if (!provisionId) throw new Error(`no provision named ${provision}`);
    demoPriceItem(priceItemCode);
    this.ctx.out.activities.push({
      caseId: this.row.id,
      scenario,
      date,
      memberId: null,
      role: null,
      hours: null,
      provisionId,
      units: amount(units),
      recurMonths: options.recurMonths ?? null,
      collective: options.collective ?? this.collectiveByDefault(scenario),
      arrangementId: this.arrangementId(options.arrangement),
      priceItemCode,
      description,
    });
  }

  private outcome(
    values: Partial<OutcomeRow> & Pick<OutcomeRow, "scenario" | "date" | "description">,
  ) {
    this.ctx.out.outcomes.push({
      caseId: this.row.id,
      priceItemCode: null,
      quantity: null,
      recurMonths: null,
      durationYears: null,
      deadweight: "0",
      displacement: "0",
      attribution: "0",
      dropOff: "0",
      leakage: "0",
      evidence: "",
      beneficiaryId: null,
      ...values,
    });
  }

  /** A life event, priced per occurrence (quantity × price), once or monthly for `recurMonths`. */
  event(
    scenario: Scenario,
    date: string | null,
    description: string,
    priceItemCode: string,
    quantity: number,
    recurMonths?: number,
  ): void {
    if (!date || quantity <= 0) return;
    demoPriceItem(priceItemCode);
    this.outcome({
      scenario,
      date,
      description,
      priceItemCode,
      quantity: quantity.toFixed(4),
      recurMonths: recurMonths ?? null,
    });
  }

  /** A life event without a price: it tells the story on the timeline. */
  note(scenario: Scenario, date: string | null, description: string): void {
    if (date) this.outcome({ scenario, date, description });
  }

  /** A valued outcome of the intervention (quantity × yearly proxy), with its SROI adjustments. */
  valued(
    date: string | null,
    description: string,
    priceItemCode: string,
    quantity: number,
    adjustments: ValuedAdjustments,
  ): void {
    if (!date || quantity <= 0) return;
    demoPriceItem(priceItemCode);
    let beneficiaryId: string | null = null;
    if (adjustments.beneficiary) {
      beneficiaryId = this.ctx.lookups.stakeholders.get(adjustments.beneficiary) ?? null;
      if (!beneficiaryId) throw new Error(`no stakeholder ${adjustments.beneficiary}`);
    }
    this.outcome({
      scenario: Scenario.INTERVENTION,
      date,
      description,
      priceItemCode,
      quantity: quantity.toFixed(4),
      durationYears: adjustments.durationYears,
      deadweight: adjustments.deadweight,
      displacement: adjustments.displacement ?? "0",
      attribution: adjustments.attribution,
      dropOff: adjustments.dropOff,
      evidence: adjustments.evidence,
      beneficiaryId,
    });
  }

  /**
   * Self-reliance (zelfredzaamheidsmatrix) per problem domain at intake, and again at closing
   * (or after three months for a case still open): most rise, some stay, a few fall.
   */
  assess(): void {
    const { rng } = this;
    const intake = this.row.domains.map((domain, i) => ({
      domain,
      score: i === 0 ? rng.int(1, 2) : rng.int(2, 3),
    }));
    for (const { domain, score } of intake)
      this.ctx.out.assessments.push([this.row.id, this.row.openedOn, domain, score]);
    const later = this.row.closedOn ?? addMonths(this.row.openedOn, 3);
    if (later > this.ctx.lastDay || later <= this.row.openedOn) return;
    const interim = !this.row.closedOn;
    for (const { domain, score } of intake) {
      let change =
        this.success === "GOOD"
          ? rng.int(1, 2)
          : this.success === "PARTIAL"
            ? Number(rng.chance(0.6))
            : rng.int(-1, 0);
      if (interim) change = Math.min(change, 1);
      const next = Math.min(5, Math.max(1, score + change));
      this.ctx.out.assessments.push([this.row.id, later, domain, next]);
    }
  }
}
