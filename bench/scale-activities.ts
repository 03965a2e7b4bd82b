import type { Random } from "../api/demo/registrations-random";
import { ARRANGEMENTS, HOUR_CODES, OUTCOMES, PROVISIONS } from "./scale-catalogue";
import { allCases, caseId, isoDay, streamOf, type CaseFacts } from "./scale-cases";
import type { CopyValue } from "./scale-copy";
import { Tag, uuid } from "./scale-ids";

/**
 * Support activities (1–19 per case, ten on average; more for a collective issue) and
 * outcomes (0–4 per case, two on average) of the national data set. Intervention support is
 * mostly professionals' hours priced by role, else a provision of the case's arrangement in
 * units (some recurring monthly); reference support (what would have happened without the
 * team) is a social worker's hours or a second-line provision. One in fifty is unpriced.
 */
export const ACTIVITY_COLUMNS = [
  "id",
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
];

const SECOND_LINE = [1, 2, 3, 4];

function span(c: CaseFacts): number {
  return Math.max(1, (c.closed ?? c.opened + 365) - c.opened);
}

function provisionPart(c: CaseFacts, rng: Random, index: number): CopyValue[] {
  const p = PROVISIONS[index];
  const units = rng.int(p.units[0], p.units[1]);
  const recur = p.recur[1] ? rng.int(Math.max(p.recur[0], 1), p.recur[1]) : null;
  return [
    null,
    null,
    null,
    c.org.provisionIds[index],
    units,
    recur && recur > 1 ? recur : null,
    p.collective,
    p.code,
  ];
}

function intervention(c: CaseFacts, rng: Random): CopyValue[] {
  const applied = c.arrangements.length ? rng.pick(c.arrangements) : null;
  const template = applied ? ARRANGEMENTS[applied.index] : null;
  if (template?.provisions.length && rng.chance(0.3)) {
    return [
      ...provisionPart(c, rng, rng.pick(template.provisions)),
      c.org.arrangementIds[applied!.index],
    ];
  }
  const member = rng.pick(c.team.members);
  let code = HOUR_CODES[member.role] ?? null;
  if (code === "UUR_BUURTTEAM_SOCIAAL" && c.team.youth) code = "UUR_BUURTTEAM_JEUGD";
  const collective = (template?.collective ?? false) && rng.chance(0.4);
  return [
    member.id,
    member.role,
    rng.step(0.25, 4, 0.25),
    null,
    null,
    rng.chance(0.05) ? rng.int(2, 6) : null,
    collective || c.collectiveIssue,
    code,
    applied && rng.chance(0.6) ? c.org.arrangementIds[applied.index] : null,
  ];
}

function reference(c: CaseFacts, rng: Random): CopyValue[] {
  if (rng.chance(0.5)) {
    return [
      null,
      "SOCIAL_WORKER",
      rng.step(1, 6, 0.5),
      null,
      null,
      rng.chance(0.3) ? rng.int(3, 12) : null,
      false,
      "UUR_MAATSCHAPPELIJK_WERK",
      null,
    ];
  }
  return [...provisionPart(c, rng, rng.pick(SECOND_LINE)), null];
}

const DESCRIPTIONS = [
  "huisbezoek",
  "gesprek",
  "netwerkoverleg",
  "telefonisch contact",
  "groepsbijeenkomst",
  "doorverwijzing",
];

export function* activityRows(
  seed: number,
  orgs: Parameters<typeof allCases>[1],
): Iterable<CopyValue[]> {
  for (const c of allCases(seed, orgs)) {
    const rng = streamOf(seed, c.seq, 2);
    const count = rng.int(1, 19) + (c.collectiveIssue ? rng.int(0, 10) : 0);
    for (let k = 0; k < count; k++) {
      const scenario = rng.chance(0.8) ? "INTERVENTION" : "REFERENCE";
      const day = isoDay(c.opened + rng.int(0, span(c)));
      const [member, role, hours, provision, units, recur, collective, code, arrangement] =
        scenario === "INTERVENTION" ? intervention(c, rng) : reference(c, rng);
      yield [
        uuid(Tag.activity, c.seq * 32 + k),
        c.org.plan.id,
        caseId(c.seq),
        scenario,
        day,
        member,
        role,
        hours,
        provision,
        units,
        recur,
        collective,
        arrangement,
        rng.chance(0.02) ? null : code,
        rng.pick(DESCRIPTIONS),
      ];
    }
  }
}

export const OUTCOME_COLUMNS = [
  "id",
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
];

export function* outcomeRows(
  seed: number,
  orgs: Parameters<typeof allCases>[1],
): Iterable<CopyValue[]> {
  for (const c of allCases(seed, orgs)) {
    const rng = streamOf(seed, c.seq, 3);
    const count = rng.int(0, 4);
    for (let k = 0; k < count; k++) {
      const o = OUTCOMES[rng.int(0, OUTCOMES.length - 1)];
      const range = (r?: [number, number]) => (r ? rng.int(r[0], r[1]) : null);
      const valued = o.durationYears !== undefined;
      yield [
        uuid(Tag.outcome, c.seq * 8 + k),
        c.org.plan.id,
        caseId(c.seq),
        o.scenario,
        isoDay(c.opened + rng.int(30, 400)),
        o.description,
        rng.chance(0.02) ? null : o.code,
        rng.int(o.quantity[0], o.quantity[1]),
        range(o.recurMonths),
        range(o.durationYears),
        valued ? rng.fraction(0, 0.3) : 0,
        valued ? rng.fraction(0, 0.1) : 0,
        valued ? rng.fraction(0.2, 0.6) : 0,
        valued ? rng.fraction(0, 0.3) : 0,
        0,
      ];
    }
  }
}
