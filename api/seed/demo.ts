import type { DataSource, EntityManager } from "typeorm";
import { District } from "../../schema/district";
import { Member } from "../../schema/member";
import { Municipality } from "../../schema/municipality";
import { Expertise, StakeholderKind } from "../../schema/organisation-enums";
import { Stakeholder } from "../../schema/stakeholder";
import { Team } from "../../schema/team";
import { insertRow } from "../services/stored-objects";
import {
  demoOrganisations,
  memberName,
  standardStakeholders,
  type SeedMunicipality,
} from "./organisations";

async function seedMunicipality(em: EntityManager, seed: SeedMunicipality, counter: { n: number }) {
  const municipality = await insertRow(em, Municipality, { code: seed.code, name: seed.name });
  const districtIds = new Map<string, string>();
  for (const d of seed.districts) {
    const district = await insertRow(em, District, {
      municipalityId: municipality.id,
      name: d.name,
      kind: d.kind,
      cbsCode: d.cbsCode ?? null,
      parentId: d.parent ? (districtIds.get(d.parent) ?? null) : null,
      population: d.population ?? null,
    });
    districtIds.set(d.name, district.id);
  }
  for (const t of seed.teams) {
    const team = await insertRow(em, Team, {
      municipalityId: municipality.id,
      name: t.name,
      teamType: t.teamType,
      prototype: t.prototype,
      breadth: t.breadth,
      depth: t.depth,
      fundingForm: t.fundingForm,
    });
    await em.query(
      `INSERT INTO team_district (team_id, district_id, municipality_id) SELECT $1, unnest($2::uuid[]), $3`,
      [team.id, t.districts.map((name) => districtIds.get(name)), municipality.id],
    );
    for (const member of t.members) {
      counter.n += 1;
      await insertRow(em, Member, {
        municipalityId: municipality.id,
        teamId: team.id,
        name: memberName(counter.n),
        role: member.role,
        parentOrganisation: member.parentOrganisation,
        contractedHoursPerWeek: member.hours,
        expertise: member.specialisms.length ? Expertise.SPECIALIST : Expertise.GENERALIST,
        specialisms: member.specialisms,
        activeFrom: "2024-01-01",
        activeUntil: null,
      });
    }
  }
  for (const s of standardStakeholders) {
    await insertRow(em, Stakeholder, {
      municipalityId: municipality.id,
      code: s.code,
      name: s.name,
      kind: s.kind as StakeholderKind,
    });
  }
}

/**
 * Loads the demo organisations in one transaction. Idempotent: a municipality whose code is
 * already present is left as it is. Returns a summary, or null when nothing was added.
 */
export async function seedDemoData(
  db: DataSource,
  options: { onlyIfEmpty?: boolean } = {},
): Promise<string | null> {
  return db.transaction(async (em) => {
    const existing = new Set((await em.find(Municipality)).map((m) => m.code));
    if (options.onlyIfEmpty && existing.size > 0) return null;
    const added: string[] = [];
    const counter = { n: 0 };
    for (const seed of demoOrganisations) {
      if (existing.has(seed.code)) continue;
      await seedMunicipality(em, seed, counter);
      added.push(seed.name);
    }
    return added.length ? `added ${added.join(", ")}` : null;
  });
}
