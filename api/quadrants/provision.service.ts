import type { EntityManager } from "typeorm";
import { validatePoint } from "../../calculators/quadrant/index";
import { District } from "../../schema/district";
import { Municipality } from "../../schema/municipality";
import { Provision, ProvisionPlacement } from "../../schema/provision";
import type { QuadrantModel } from "../../schema/quadrant-model";
import type {
  CreateProvisionInput,
  PlaceProvisionInput,
  UpdateProvisionInput,
} from "../../schema/inputs/provision.input";
import {
  BadInputError,
  NotFoundError,
  type TenantScope,
  changesFrom,
  findVisible,
  insertRow,
  updateVersioned,
} from "../platform";
import { modelForMunicipality } from "./quadrant-model.service";

/** The scale of a model as the point validator wants it. */
export function scaleOf(model: QuadrantModel) {
  return { xMin: model.xMin, xMax: model.xMax, yMin: model.yMin, yMax: model.yMax };
}

/** Names the coordinate that is off the model's scale, e.g. `x: 17 is outside −15…15`. */
export function checkPoint(model: QuadrantModel, x: string, y: string, prefix = "") {
  const xReason = validatePoint(x, "0", scaleOf(model));
  if (xReason) throw new BadInputError(`${prefix}x`, xReason);
  const yReason = validatePoint("0", y, scaleOf(model));
  if (yReason) throw new BadInputError(`${prefix}y`, yReason);
  for (const [axis, value] of [
    ["x", x],
    ["y", y],
  ] as const) {
    if (/\.\d{3,}$/.test(value))
      throw new BadInputError(`${prefix}${axis}`, "use at most two decimals");
  }
}

async function checkDistricts(em: EntityManager, municipalityId: string, districtIds: string[]) {
  if (!districtIds.length) return;
  const found: { id: string }[] = await em.query(
    "SELECT id FROM district WHERE id = ANY($1) AND municipality_id = $2",
    [districtIds, municipalityId],
  );
  const known = new Set(found.map((row) => row.id));
  const index = districtIds.findIndex((id) => !known.has(id));
  if (index >= 0) throw new NotFoundError("District", districtIds[index], `districtIds[${index}]`);
}

async function setDistricts(em: EntityManager, provision: Provision, districtIds: string[]) {
  await em.query("DELETE FROM provision_district WHERE provision_id = $1", [provision.id]);
  if (!districtIds.length) return;
  await em.query(
    `INSERT INTO provision_district (provision_id, district_id, municipality_id) SELECT $1, unnest($2::uuid[]), $3`,
    [provision.id, districtIds, provision.municipalityId],
  );
}

export async function createProvision(
  em: EntityManager,
  scope: TenantScope,
  input: CreateProvisionInput,
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
  await checkDistricts(em, input.municipalityId, input.districtIds);
  const provision = await insertRow(em, Provision, {
    municipalityId: input.municipalityId,
    name: input.name.trim(),
    description: input.description,
    kind: input.kind,
    access: input.access,
    careLayer: input.careLayer,
    ringTags: input.ringTags,
  });
  await setDistricts(em, provision, input.districtIds);
  return provision;
}

export async function updateProvision(
  em: EntityManager,
  scope: TenantScope,
  input: UpdateProvisionInput,
) {
  const current = await findVisible(em, Provision, "Provision", input.id, scope);
  const { districtIds, ...fields } = input;
  if (districtIds) await checkDistricts(em, current.municipalityId, districtIds);
  const updated = await updateVersioned(
    em,
    Provision,
    "Provision",
    input.id,
    input.version,
    changesFrom(fields),
    scope,
  );
  if (districtIds) await setDistricts(em, updated, districtIds);
  return updated;
}

/** Places a provision in a model (everywhere, or overriding one district); replaces an earlier placement. */
export async function placeProvision(
  em: EntityManager,
  scope: TenantScope,
  input: PlaceProvisionInput,
) {
  const provision = await findVisible(
    em,
    Provision,
    "Provision",
    input.provisionId,
    scope,
    "provisionId",
  );
  const { model } = await modelForMunicipality(em, scope, input.modelId, provision.municipalityId);
  checkPoint(model, input.x, input.y);
  const districtId = input.districtId ?? null;
  if (districtId) {
    const district = await em.findOneBy(District, {
      id: districtId,
      municipalityId: provision.municipalityId,
    });
    if (!district) throw new NotFoundError("District", districtId, "districtId");
  }
  const existing = await em
    .getRepository(ProvisionPlacement)
    .createQueryBuilder("p")
    .setLock("pessimistic_write")
    .where("p.provision_id = :pid AND p.model_id = :mid", { pid: provision.id, mid: model.id })
    .andWhere(districtId ? "p.district_id = :did" : "p.district_id IS NULL", { did: districtId })
    .getOne();
  if (existing) {
    await em.update(
      ProvisionPlacement,
      { id: existing.id },
      { x: input.x, y: input.y, version: existing.version + 1 },
    );
    return em.findOneByOrFail(ProvisionPlacement, { id: existing.id });
  }
  return insertRow(em, ProvisionPlacement, {
    municipalityId: provision.municipalityId,
    provisionId: provision.id,
    modelId: model.id,
    districtId,
    x: input.x,
    y: input.y,
  });
}

export async function removePlacement(em: EntityManager, scope: TenantScope, id: string) {
  const placement = await findVisible(em, ProvisionPlacement, "ProvisionPlacement", id, scope);
  await em.delete(ProvisionPlacement, { id: placement.id });
  return placement;
}

/** Placements as they apply in a district: its own overrides, else the general placement. */
export function effectivePlacements(placements: ProvisionPlacement[], districtId: string | null) {
  const byModel = new Map<string, ProvisionPlacement>();
  for (const p of placements) {
    if (p.districtId === null && !byModel.has(p.modelId)) byModel.set(p.modelId, p);
  }
  if (districtId)
    for (const p of placements) if (p.districtId === districtId) byModel.set(p.modelId, p);
  return [...byModel.values()];
}
