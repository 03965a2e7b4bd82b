import type { DataSource, EntityManager } from "typeorm";
import { Decimal } from "decimal.js";
import { classifyPoint, type QuadrantCodes } from "../../calculators/quadrant/index";
import { Municipality } from "../../schema/municipality";
import { Quadrant, QuadrantModel } from "../../schema/quadrant-model";
import type { QuadrantPosition } from "../../schema/quadrant-enums";
import type {
  CreateQuadrantModelInput,
  QuadrantAxisInput,
  QuadrantInput,
  UpdateQuadrantModelInput,
} from "../../schema/inputs/quadrant-model.input";
import {
  BadInputError,
  ConflictError,
  ForbiddenError,
  NotFoundError,
  scopedModels,
  type TenantScope,
  findVisible,
  insertRow,
  requireId,
  updateVersioned,
} from "../platform";

/** The codes of a model's quadrants by position, as the quadrant calculators want them. */
export function codesOf(quadrants: Quadrant[]): QuadrantCodes {
  const at = (position: QuadrantPosition) =>
    quadrants.find((q) => q.position === position)?.code ?? "?";
  return {
    topLeft: at("TOP_LEFT" as QuadrantPosition),
    topRight: at("TOP_RIGHT" as QuadrantPosition),
    bottomRight: at("BOTTOM_RIGHT" as QuadrantPosition),
    bottomLeft: at("BOTTOM_LEFT" as QuadrantPosition),
  };
}

/** The quadrant class (a code, or e/f/ef on an axis) of a point in a model. */
export function classify(quadrants: Quadrant[], x: string, y: string): string {
  return classifyPoint(x, y, codesOf(quadrants));
}

/** A model the caller may see (built in, or of a municipality in scope), or NOT_FOUND. */
export async function findVisibleModel(
  em: EntityManager,
  scope: TenantScope,
  id: string,
  field = "modelId",
) {
  requireId(field, id);
  const query = em.getRepository(QuadrantModel).createQueryBuilder("x").where("x.id = :id", { id });
  const model = await scopedModels(query, scope).getOne();
  if (!model) throw new NotFoundError("QuadrantModel", id, field);
  return model;
}

/** A model that a municipality may place things in: a built-in one or its own. */
export async function modelForMunicipality(
  em: EntityManager,
  scope: TenantScope,
  modelId: string,
  municipalityId: string,
  field = "modelId",
) {
  const model = await findVisibleModel(em, scope, modelId, field);
  if (!model.builtIn && model.municipalityId !== municipalityId) {
    throw new BadInputError(field, "the quadrant model belongs to another municipality");
  }
  const quadrants = await em.findBy(Quadrant, { modelId: model.id });
  return { model, quadrants };
}

function checkAxis(field: string, axis: QuadrantAxisInput) {
  if (!new Decimal(axis.min).lessThan(0))
    throw new BadInputError(`${field}.min`, "must be below 0");
  if (!new Decimal(axis.max).greaterThan(0))
    throw new BadInputError(`${field}.max`, "must be above 0");
}

function checkQuadrants(quadrants: QuadrantInput[]) {
  const positions = new Set(quadrants.map((q) => q.position));
  if (positions.size !== 4)
    throw new BadInputError("quadrants", "must have one quadrant per position");
  const codes = quadrants.map((q) => q.code.toLowerCase());
  const repeated = codes.findIndex((code, index) => codes.indexOf(code) !== index);
  if (repeated >= 0)
    throw new BadInputError(`quadrants[${repeated}].code`, "must differ from the other codes");
}

function axisColumns(axis: "x" | "y", input: QuadrantAxisInput) {
  return {
    [`${axis}NegativeLabel`]: input.negativeLabel.trim(),
    [`${axis}PositiveLabel`]: input.positiveLabel.trim(),
    [`${axis}Min`]: input.min,
    [`${axis}Max`]: input.max,
  };
}

async function writeQuadrants(em: EntityManager, modelId: string, quadrants: QuadrantInput[]) {
  await em.delete(Quadrant, { modelId });
  for (const q of quadrants) {
    await em.insert(Quadrant, {
      modelId,
      position: q.position,
      code: q.code,
      nameNl: q.nameNl.trim(),
      nameEn: q.nameEn.trim(),
      description: q.description,
    });
  }
}

export async function createQuadrantModel(
  em: EntityManager,
  scope: TenantScope,
  input: CreateQuadrantModelInput,
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
  checkAxis("xAxis", input.xAxis);
  checkAxis("yAxis", input.yAxis);
  checkQuadrants(input.quadrants);
  const model = await insertRow(em, QuadrantModel, {
    municipalityId: input.municipalityId,
    builtIn: false,
    name: input.name.trim(),
    description: input.description,
    ...axisColumns("x", input.xAxis),
    ...axisColumns("y", input.yAxis),
  } as Omit<QuadrantModel, "id" | "version" | "createdAt" | "updatedAt">);
  await writeQuadrants(em, model.id, input.quadrants);
  return model;
}

/** Refuses a scale that would leave stored placements or survey responses outside it. */
async function checkScaleFits(
  em: EntityManager,
  modelId: string,
  axis: "x" | "y",
  input: QuadrantAxisInput,
) {
  const [row]: { n: number }[] = await em.query(
    `SELECT (SELECT count(*) FROM provision_placement WHERE model_id = $1 AND (${axis} < $2 OR ${axis} > $3))
          + (SELECT count(*) FROM position_response r JOIN position_survey s ON s.id = r.survey_id
              WHERE s.model_id = $1 AND (r.${axis} < $2 OR r.${axis} > $3)) AS n`,
    [modelId, input.min, input.max],
  );
  if (Number(row.n) > 0) {
    throw new ConflictError(
      `${axis}Axis: ${row.n} stored placement(s) or survey response(s) lie outside ${input.min}…${input.max}`,
    );
  }
}

function refuseBuiltIn(model: QuadrantModel, scope: TenantScope) {
  if (model.builtIn && scope.kind !== "all") {
    throw new ForbiddenError(
      "Built-in quadrant models are shared; only a platform administrator changes them",
    );
  }
}

export async function updateQuadrantModel(
  em: EntityManager,
  scope: TenantScope,
  input: UpdateQuadrantModelInput,
) {
  const model = await findVisibleModel(em, scope, input.id, "id");
  refuseBuiltIn(model, scope);
  const changes: Record<string, unknown> = {};
  if (input.name !== undefined) changes.name = input.name.trim();
  if (input.description !== undefined) changes.description = input.description;
  for (const axis of ["x", "y"] as const) {
    const value = axis === "x" ? input.xAxis : input.yAxis;
    if (!value) continue;
    checkAxis(`${axis}Axis`, value);
    await checkScaleFits(em, model.id, axis, value);
    Object.assign(changes, axisColumns(axis, value));
  }
  if (input.quadrants) checkQuadrants(input.quadrants);
  const updated = await updateVersioned(
    em,
    QuadrantModel,
    "QuadrantModel",
    model.id,
    input.version,
    changes,
    {
      kind: "all",
    },
  );
  if (input.quadrants) await writeQuadrants(em, model.id, input.quadrants);
  return updated;
}

export async function deleteQuadrantModel(
  em: EntityManager,
  scope: TenantScope,
  id: string,
  version?: number,
) {
  const model = await findVisibleModel(em, scope, id, "id");
  refuseBuiltIn(model, scope);
  const [use]: { placements: number; surveys: number }[] = await em.query(
    `SELECT (SELECT count(*)::int FROM provision_placement WHERE model_id = $1) AS placements,
            (SELECT count(*)::int FROM position_survey WHERE model_id = $1) AS surveys`,
    [model.id],
  );
  if (use.placements || use.surveys) {
    throw new ConflictError(
      `the quadrant model is in use (${use.placements} placement(s), ${use.surveys} survey(s)) and cannot be deleted`,
    );
  }
  if (version !== undefined && version !== model.version) {
    throw new ConflictError(
      `QuadrantModel ${id} was changed by someone else: the stored version is ${model.version}`,
    );
  }
  await em.delete(Quadrant, { modelId: model.id });
  await em.delete(QuadrantModel, { id: model.id, version: model.version });
  return model;
}

/** The models the caller may see, built-in ones first; with a municipality, its own and the built-in ones. */
export function listModels(
  db: DataSource,
  scope: TenantScope,
  municipalityId?: string,
): Promise<QuadrantModel[]> {
  const query = db.getRepository(QuadrantModel).createQueryBuilder("x");
  if (municipalityId) {
    query.andWhere("(x.built_in OR x.municipality_id = :m)", {
      m: requireId("municipalityId", municipalityId),
    });
  }
  return scopedModels(query, scope).orderBy("x.built_in", "DESC").addOrderBy("x.name").getMany();
}
