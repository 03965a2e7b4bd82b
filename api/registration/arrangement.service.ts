import type { EntityManager } from "typeorm";
import { randomUUID } from "node:crypto";
import { Decimal } from "decimal.js";
import { Arrangement, ArrangementComponent, ComponentPlacement } from "../../schema/arrangement";
import { Municipality } from "../../schema/municipality";
import { Team } from "../../schema/team";
import type {
  ArrangementComponentInput,
  CreateArrangementInput,
  UpdateArrangementInput,
} from "../../schema/inputs/arrangement.input";
import {
  BadInputError,
  type TenantScope,
  changesFrom,
  findVisible,
  insertRow,
  updateVersioned,
} from "../platform";
import { checkPoint, modelForMunicipality } from "../quadrants";
const AMOUNT = /^\d+(\.\d{1,2})?$/;

async function checkComponents(
  em: EntityManager,
  scope: TenantScope,
  municipalityId: string,
  components: ArrangementComponentInput[],
) {
  const provisions: { id: string }[] = await em.query(
    "SELECT id FROM provision WHERE municipality_id = $1",
    [municipalityId],
  );
  const known = new Set(provisions.map((p) => p.id));
  for (const [index, c] of components.entries()) {
    const at = `components[${index}]`;
    if (!c.provisionId === !c.role)
      throw new BadInputError(at, "give either a provision or a role");
    if (c.provisionId && !known.has(c.provisionId)) {
      throw new BadInputError(`${at}.provisionId`, "is not a provision of this municipality");
    }
    if (!c.plannedHoursPerMonth && !c.plannedUnitsPerMonth) {
      throw new BadInputError(at, "give planned hours or units per month");
    }
    for (const field of ["plannedHoursPerMonth", "plannedUnitsPerMonth"] as const) {
      const value = c[field];
      if (value && (!AMOUNT.test(value) || new Decimal(value).greaterThan(100000))) {
        throw new BadInputError(
          `${at}.${field}`,
          "must be a number from 0 with at most two decimals",
        );
      }
    }
    const models = new Set<string>();
    for (const [p, placement] of c.placements.entries()) {
      if (models.has(placement.modelId))
        throw new BadInputError(`${at}.placements[${p}].modelId`, "is placed twice");
      models.add(placement.modelId);
      const { model } = await modelForMunicipality(
        em,
        scope,
        placement.modelId,
        municipalityId,
        `${at}.placements[${p}].modelId`,
      );
      checkPoint(model, placement.x, placement.y, `${at}.placements[${p}].`);
    }
  }
}

async function writeComponents(
  em: EntityManager,
  arrangement: Arrangement,
  components: ArrangementComponentInput[],
) {
  await em.delete(ArrangementComponent, { arrangementId: arrangement.id });
  for (const [position, c] of components.entries()) {
    const id = randomUUID();
    await em.insert(ArrangementComponent, {
      id,
      municipalityId: arrangement.municipalityId,
      arrangementId: arrangement.id,
      position,
      provisionId: c.provisionId ?? null,
      role: c.role ?? null,
      collective: c.collective,
      plannedHoursPerMonth: c.plannedHoursPerMonth ?? null,
      plannedUnitsPerMonth: c.plannedUnitsPerMonth ?? null,
    });
    for (const p of c.placements) {
      await em.insert(ComponentPlacement, { componentId: id, modelId: p.modelId, x: p.x, y: p.y });
    }
  }
}

async function checkOwnerTeam(
  em: EntityManager,
  scope: TenantScope,
  municipalityId: string,
  teamId?: string | null,
) {
  if (!teamId) return;
  const team = await findVisible(em, Team, "Team", teamId, scope, "teamId");
  if (team.municipalityId !== municipalityId)
    throw new BadInputError("teamId", "the team belongs to another municipality");
}

export async function createArrangement(
  em: EntityManager,
  scope: TenantScope,
  input: CreateArrangementInput,
) {
  await findVisible(
    em,
    Municipality,
    "Municipality",
    input.municipalityId,
    scope,
    "municipalityId",
    "x.id",
  );
  await checkOwnerTeam(em, scope, input.municipalityId, input.teamId);
  await checkComponents(em, scope, input.municipalityId, input.components);
  const arrangement = await insertRow(em, Arrangement, {
    municipalityId: input.municipalityId,
    teamId: input.teamId ?? null,
    name: input.name.trim(),
    description: input.description,
    goal: input.goal ?? null,
    form: input.form,
  });
  await writeComponents(em, arrangement, input.components);
  return arrangement;
}

export async function updateArrangement(
  em: EntityManager,
  scope: TenantScope,
  input: UpdateArrangementInput,
) {
  const current = await findVisible(em, Arrangement, "Arrangement", input.id, scope);
  const { components, ...fields } = input;
  if (components) await checkComponents(em, scope, current.municipalityId, components);
  const updated = await updateVersioned(
    em,
    Arrangement,
    "Arrangement",
    input.id,
    input.version,
    changesFrom(fields, ["goal"]),
    scope,
  );
  if (components) await writeComponents(em, updated, components);
  return updated;
}
