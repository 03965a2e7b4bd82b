import { Random } from "../api/demo/registrations-random";
import { ARRANGEMENTS, DOMAINS } from "./scale-catalogue";
import type { CopyValue } from "./scale-copy";
import { Tag, uuid } from "./scale-ids";
import type { Org, OrgTeam } from "./scale-organisation";

/**
 * The cases of the national data set, one deterministic random stream per case and table
 * (so each table is generated in its own pass, streaming, with nothing kept in memory): cases
 * opened from January 2024 to November 2026, most closed after one to eighteen months, with
 * one or two arrangements for nine in ten.
 */
export const FIRST_DAY = Date.UTC(2024, 0, 1);
const OPEN_DAYS = 1064; // to 2026-11-30
const TODAY = 1071; // 2026-12-07
const DAYS = Array.from({ length: 3000 }, (_, d) =>
  new Date(FIRST_DAY + d * 86_400_000).toISOString().slice(0, 10),
);

export function isoDay(day: number): string {
  return DAYS[day];
}

export interface CaseFacts {
  seq: number;
  n: number;
  org: Org;
  team: OrgTeam;
  opened: number;
  closed: number | null;
  collectiveIssue: boolean;
  /** ARRANGEMENTS indexes applied, with their start day. */
  arrangements: { index: number; started: number }[];
}

/** A 32-bit mix of the seed, the case and the stream (one per table). */
export function streamOf(seed: number, seq: number, stream: number): Random {
  let h = (seed ^ Math.imul(seq + 1, 0x9e3779b1) ^ Math.imul(stream + 1, 0x85ebca77)) >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x7feb352d);
  return new Random((h ^ (h >>> 15)) >>> 0);
}

export function caseFacts(seed: number, org: Org, n: number): CaseFacts {
  const seq = org.plan.firstCase + n;
  const rng = streamOf(seed, seq, 0);
  const team = rng.pick(org.teams);
  const opened = rng.int(0, OPEN_DAYS);
  const end = rng.chance(0.7) ? opened + rng.int(30, 540) : null;
  const count = rng.next() < 0.1 ? 0 : rng.chance(0.15) ? 2 : 1;
  const first = rng.int(0, ARRANGEMENTS.length - 1);
  const arrangements = Array.from({ length: count }, (_, k) => ({
    index: (first + k * rng.int(1, ARRANGEMENTS.length - 1)) % ARRANGEMENTS.length,
    started: opened + rng.int(0, 30),
  }));
  return {
    seq,
    n,
    org,
    team,
    opened,
    closed: end !== null && end <= TODAY ? end : null,
    collectiveIssue: rng.chance(0.06),
    arrangements,
  };
}

/** Every case of the given municipalities, in order. */
export function* allCases(seed: number, orgs: Org[]): Iterable<CaseFacts> {
  for (const org of orgs) for (let n = 0; n < org.plan.cases; n++) yield caseFacts(seed, org, n);
}

export const CASE_COLUMNS = [
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
];

export function caseId(seq: number): string {
  return uuid(Tag.case, seq);
}

export function* caseRows(seed: number, orgs: Org[]): Iterable<CopyValue[]> {
  for (const c of allCases(seed, orgs)) {
    const rng = streamOf(seed, c.seq, 1);
    const domains = new Set<string>();
    const wanted = c.collectiveIssue ? rng.int(1, 2) : rng.weighted({ 1: 4, 2: 3, 3: 2, 4: 1 });
    while (domains.size < Number(wanted)) domains.add(rng.pick(DOMAINS));
    yield [
      caseId(c.seq),
      c.org.plan.id,
      c.team.id,
      rng.pick(c.team.districtIds),
      `${c.org.plan.code}-${String(c.n + 1).padStart(6, "0")}`,
      `K${c.n + 1}`,
      c.collectiveIssue ? "COLLECTIVE_ISSUE" : "HELP_REQUEST",
      isoDay(c.opened),
      c.closed === null ? null : isoDay(c.closed),
      `{${[...domains].join(",")}}`,
      domains.size > 1,
    ];
  }
}

export const CASE_ARRANGEMENT_COLUMNS = [
  "id",
  "municipality_id",
  "case_id",
  "arrangement_id",
  "started_on",
  "ended_on",
];

export function* caseArrangementRows(seed: number, orgs: Org[]): Iterable<CopyValue[]> {
  for (const c of allCases(seed, orgs)) {
    for (const [k, a] of c.arrangements.entries()) {
      const ended = c.closed !== null && c.closed >= a.started ? isoDay(c.closed) : null;
      yield [
        uuid(Tag.caseArrangement, c.seq * 2 + k),
        c.org.plan.id,
        caseId(c.seq),
        c.org.arrangementIds[a.index],
        isoDay(a.started),
        ended,
      ];
    }
  }
}
