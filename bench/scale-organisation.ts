import { Random, hashText } from "../api/demo/registrations-random";
import { standardStakeholders } from "../api/demo/organisations";
import { ARRANGEMENTS, PROVISIONS, ROLE_WEIGHTS } from "./scale-catalogue";
import { Tag, uuid } from "./scale-ids";
import type { MunicipalityPlan } from "./scale-plan";

/**
 * The organisation of each municipality of the national data set, as the case generator
 * needs it (ids to point at) and as rows to COPY: districts, teams serving 1–3 districts,
 * members with roles, the standard stakeholders, the provisions and the arrangements.
 */
export interface OrgMember {
  id: string;
  name: string;
  role: string;
}

export interface OrgTeam {
  id: string;
  name: string;
  youth: boolean;
  districtIds: string[];
  members: OrgMember[];
}

export interface Org {
  plan: MunicipalityPlan;
  districtIds: string[];
  teams: OrgTeam[];
  /** Ids per PROVISIONS index, per ARRANGEMENTS index, per stakeholder code. */
  provisionIds: string[];
  arrangementIds: string[];
  stakeholderIds: Map<string, string>;
}

const TEAM_TYPES = ["SOCIAL", "YOUTH_AND_FAMILY", "GENERALIST", "SOCIAL_BROKER"] as const;
function teamsOf(plan: MunicipalityPlan, rng: Random, districtIds: string[]): OrgTeam[] {
  return Array.from({ length: plan.teams }, (_, t) => {
    const first = t % districtIds.length;
    const span = Math.min(districtIds.length, rng.int(1, 3));
    const members = Array.from({ length: rng.int(8, 16) }, (_, m) => ({
      id: uuid(Tag.member, plan.seq * 1000 + t * 20 + m),
      name: `Medewerker ${t + 1}-${m + 1}`,
      role: m === 0 ? "TEAM_LEADER" : rng.weighted(ROLE_WEIGHTS),
    }));
    return {
      id: uuid(Tag.team, plan.seq * 100 + t),
      name: `Buurtteam ${t + 1}`,
      youth: TEAM_TYPES[t % TEAM_TYPES.length] === "YOUTH_AND_FAMILY",
      districtIds: Array.from(
        { length: span },
        (_, i) => districtIds[(first + i) % districtIds.length],
      ),
      members,
    };
  });
}

export function organisationOf(plan: MunicipalityPlan, seed: number): Org {
  const rng = new Random(seed ^ hashText(plan.code));
  const districtIds = Array.from({ length: plan.districts }, (_, d) =>
    uuid(Tag.district, plan.seq * 100 + d),
  );
  return {
    plan,
    districtIds,
    teams: teamsOf(plan, rng, districtIds),
    provisionIds: PROVISIONS.map((_, i) => uuid(Tag.provision, plan.seq * 100 + i)),
    arrangementIds: ARRANGEMENTS.map((_, i) => uuid(Tag.arrangement, plan.seq * 100 + i)),
    stakeholderIds: new Map(
      standardStakeholders.map((s, i) => [s.code, uuid(Tag.stakeholder, plan.seq * 100 + i)]),
    ),
  };
}

export function teamType(t: number): string {
  return TEAM_TYPES[t % TEAM_TYPES.length];
}
