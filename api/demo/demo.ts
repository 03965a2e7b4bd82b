import type { DataSource, EntityManager } from "typeorm";
import { District } from "../../schema/district";
import { Member } from "../../schema/member";
import { Municipality } from "../../schema/municipality";
import { Expertise, StakeholderKind } from "../../schema/organisation-enums";
import { Stakeholder } from "../../schema/stakeholder";
import { Team } from "../../schema/team";
import { MODEL_A_ID, MODEL_B_ID } from "../../schema/quadrant-model";
import { Provision, ProvisionPlacement } from "../../schema/provision";
import { demoProvisions } from "./provisions";
import { seedPriceList } from "./price-list";
import { seedRegistrations } from "./registrations";
import { seedPositionSurvey } from "./position-surveys";
import { insertRow } from "../platform";
import { demoId } from "./demo-ids";
import {
  demoOrganisations,
  memberName,
  standardStakeholders,
  type SeedMunicipality,
} from "./organisations";

async function seedMunicipality(em: EntityManager, seed: SeedMunicipality, counter: { n: number }) {
  const municipality = await insertRow(
    em,
    Municipality,
    { code: seed.code, name: seed.name },
    demoId("municipality", seed.code),
  );
  const idOf = (kind: string, key: string) => demoId(kind, municipality.id, key);
  const districtIds = new Map<string, string>();
  for (const d of seed.districts) {
    const district = await insertRow(
      em,
      District,
      {
        municipalityId: municipality.id,
        name: d.name,
        kind: d.kind,
        cbsCode: d.cbsCode ?? null,
        parentId: d.parent ? (districtIds.get(d.parent) ?? null) : null,
        population: d.population ?? null,
      },
      idOf("district", d.name),
    );
    districtIds.set(d.name, district.id);
  }
  for (const t of seed.teams) {
    const team = await insertRow(
      em,
      Team,
      {
        municipalityId: municipality.id,
        name: t.name,
        teamType: t.teamType,
        prototype: t.prototype,
        breadth: t.breadth,
        depth: t.depth,
        fundingForm: t.fundingForm,
      },
      idOf("team", t.name),
    );
    await em.query(
      `INSERT INTO team_district (team_id, district_id, municipality_id) SELECT $1, unnest($2::uuid[]), $3`,
      [team.id, t.districts.map((name) => districtIds.get(name)), municipality.id],
    );
    for (const member of t.members) {
      counter.n += 1;
      const name = memberName(counter.n);
      await insertRow(
        em,
        Member,
        {
          municipalityId: municipality.id,
          teamId: team.id,
          name,
          role: member.role,
          parentOrganisation: member.parentOrganisation,
          contractedHoursPerWeek: member.hours,
          expertise: member.specialisms.length ? Expertise.SPECIALIST : Expertise.GENERALIST,
          specialisms: member.specialisms,
          activeFrom: "2024-01-01",
          activeUntil: null,
        },
        idOf("member", name),
      );
    }
  }
  for (const s of standardStakeholders) {
    await insertRow(
      em,
      Stakeholder,
      {
        municipalityId: municipality.id,
        code: s.code,
        name: s.name,
        kind: s.kind as StakeholderKind,
      },
      idOf("stakeholder", s.code),
    );
  }
}

/** Adds the published example provisions, offered in every district, with their placements. */
async function seedProvisions(em: EntityManager, municipalityId: string) {
  const districts: { id: string; name: string }[] = await em.query(
    "SELECT id, name FROM district WHERE municipality_id = $1",
    [municipalityId],
  );
  const districtIds = districts.map((d) => d.id);
  for (const seed of demoProvisions) {
    const provision = await insertRow(
      em,
      Provision,
      {
        municipalityId,
        name: seed.name,
        description: seed.description,
        kind: seed.kind,
        access: seed.access,
        careLayer: seed.careLayer,
        ringTags: seed.ringTags,
      },
      demoId("provision", municipalityId, seed.name),
    );
    await em.query(
      `INSERT INTO provision_district (provision_id, district_id, municipality_id) SELECT $1, unnest($2::uuid[]), $3`,
      [provision.id, districtIds, municipalityId],
    );
    const place = (modelId: string, [x, y]: [number, number], districtId: string | null) =>
      insertRow(em, ProvisionPlacement, {
        municipalityId,
        provisionId: provision.id,
        modelId,
        districtId,
        x: String(x),
        y: String(y),
      });
    await place(MODEL_A_ID, seed.modelA, null);
    await place(MODEL_B_ID, seed.modelB, null);
    for (const [districtName, point] of Object.entries(seed.overridesA ?? {})) {
      const district = districts.find((d) => d.name === districtName);
      if (district) await place(MODEL_A_ID, point, district.id);
    }
  }
}

async function demoMunicipalityIds(em: EntityManager): Promise<string[]> {
  const rows: { id: string }[] = await em.query(
    "SELECT id FROM municipality WHERE code = ANY($1) ORDER BY code",
    [demoOrganisations.map((o) => o.code)],
  );
  return rows.map((r) => r.id);
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
    // Each later part of the demo data is added where it is missing, so older databases catch up.
    const withoutProvisions: { id: string; name: string }[] = await em.query(
      `SELECT m.id, m.name FROM municipality m
        WHERE m.code = ANY($1) AND NOT EXISTS (SELECT 1 FROM provision p WHERE p.municipality_id = m.id)`,
      [demoOrganisations.map((o) => o.code)],
    );
    for (const municipality of withoutProvisions) await seedProvisions(em, municipality.id);
    const withoutCases: { id: string }[] = await em.query(
      `SELECT m.id FROM municipality m
        WHERE m.code = ANY($1) AND NOT EXISTS (SELECT 1 FROM case_record c WHERE c.municipality_id = m.id)
        ORDER BY m.code`,
      [demoOrganisations.map((o) => o.code)],
    );
    let priceLists = 0;
    for (const municipality of await demoMunicipalityIds(em)) {
      if (await seedPriceList(em, municipality)) priceLists += 1;
    }
    let cases = 0;
    for (const municipality of withoutCases) {
      cases += (await seedRegistrations(em, municipality.id)).cases;
    }
    const withoutSurveys: { id: string; name: string }[] = await em.query(
      `SELECT m.id, m.name FROM municipality m
        WHERE m.code = ANY($1) AND NOT EXISTS (SELECT 1 FROM position_survey s WHERE s.municipality_id = m.id)
        ORDER BY m.code`,
      [demoOrganisations.map((o) => o.code)],
    );
    let surveys = 0;
    for (const municipality of withoutSurveys) {
      if (await seedPositionSurvey(em, municipality)) surveys += 1;
    }
    const parts = [
      ...(added.length ? [`added ${added.join(", ")}`] : []),
      ...(withoutProvisions.length
        ? [`provisions for ${withoutProvisions.length} municipalities`]
        : []),
      ...(priceLists ? [`price lists for ${priceLists} municipalities`] : []),
      ...(cases ? [`${cases} cases with support and outcomes`] : []),
      ...(surveys ? [`positioning surveys for ${surveys} municipalities`] : []),
    ];
    return parts.length ? parts.join("; ") : null;
  });
}
