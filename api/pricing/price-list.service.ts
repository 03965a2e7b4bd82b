import type { DataSource, EntityManager } from "typeorm";
import { Municipality } from "../../schema/municipality";
import { PriceItem, PriceList } from "../../schema/price-list";
import { PriceListStatus } from "../../schema/price-list-enums";
import type {
  CreatePriceListInput,
  PriceItemInput,
  UpdatePriceItemInput,
} from "../../schema/inputs/price-list.input";
import {
  BadInputError,
  ConflictError,
  NotFoundError,
  scoped,
  type TenantScope,
  deleteVersioned,
  findVisible,
  insertRow,
  requireId,
  updateVersioned,
} from "../platform";
import { refuseProblems, type FieldProblem } from "../registration";
import {
  checkPriceItem,
  duplicateCodeProblems,
  type PriceItemFields,
  type PriceItemValues,
} from "./price-rules";
/** Most items one call (or one imported file) may add. */
export const MAX_ITEMS_PER_CALL = 5000;

/** The municipality's stakeholders by code (code → id), to resolve bearers. */
export async function stakeholderIdsByCode(
  em: EntityManager,
  municipalityId: string,
): Promise<Map<string, string>> {
  const rows: { id: string; code: string }[] = await em.query(
    "SELECT id, code FROM stakeholder WHERE municipality_id = $1",
    [municipalityId],
  );
  return new Map(rows.map((row) => [row.code, row.id]));
}

/**
 * A price list the caller may see, locked (FOR UPDATE) until the transaction ends, so that a
 * concurrent publish and an item change cannot both pass their checks.
 */
export async function lockPriceList(
  em: EntityManager,
  scope: TenantScope,
  id: string,
  field = "priceListId",
): Promise<PriceList> {
  requireId(field, id);
  const query = em
    .getRepository(PriceList)
    .createQueryBuilder("x")
    .where("x.id = :id", { id })
    .setLock("pessimistic_write");
  const list = await scoped(query, scope, "x.municipality_id").getOne();
  if (!list) throw new NotFoundError("PriceList", id, field);
  return list;
}

/** Refuses with CONFLICT when the list is published: published versions never change. */
export function requireDraft(list: PriceList): void {
  if (list.status === PriceListStatus.PUBLISHED) {
    throw new ConflictError(
      `PriceList ${list.id} (version ${list.versionNumber}) is published and cannot change: results exported with it must stay reproducible. Make a new version with newPriceListVersion(input: { fromId: "${list.id}" }) and change that.`,
      { status: PriceListStatus.PUBLISHED, versionNumber: list.versionNumber },
    );
  }
}

/** Records a change of the list's items on the list itself (new `version`), so a stale publish is refused. */
async function touchList(em: EntityManager, listId: string): Promise<void> {
  await em.query("UPDATE price_list SET version = version + 1, updated_at = now() WHERE id = $1", [
    listId,
  ]);
}

async function reload(em: EntityManager, scope: TenantScope, id: string): Promise<PriceList> {
  return findVisible(em, PriceList, "PriceList", id, scope);
}

/**
 * The next version number of the municipality's price list. Serialised per municipality (a row
 * lock on the municipality) and refused with CONFLICT while a DRAFT exists: one draft at a time,
 * so that version numbers follow the order of publication.
 */
async function nextVersionNumber(em: EntityManager, municipalityId: string): Promise<number> {
  await em.query("SELECT id FROM municipality WHERE id = $1 FOR NO KEY UPDATE", [municipalityId]);
  const [row]: { next: number; draft_id: string | null; draft_version: number | null }[] =
    await em.query(
      `SELECT coalesce(max(version_number), 0)::int + 1 AS next,
              (array_agg(id::text) FILTER (WHERE status = 'DRAFT'))[1] AS draft_id,
              (array_agg(version_number) FILTER (WHERE status = 'DRAFT'))[1] AS draft_version
         FROM price_list WHERE municipality_id = $1`,
      [municipalityId],
    );
  if (row.draft_id) {
    throw new ConflictError(
      `the municipality already has a draft price list (version ${row.draft_version}, id ${row.draft_id}): change and publish it, or delete it, first`,
      { draftId: row.draft_id },
    );
  }
  return row.next;
}

/** Stores checked items in one statement, whatever their number. */
export async function insertPriceItems(
  em: EntityManager,
  list: PriceList,
  items: readonly PriceItemValues[],
): Promise<void> {
  if (!items.length) return;
  const column = <K extends keyof PriceItemValues>(key: K) => items.map((item) => item[key]);
  await em.query(
    `INSERT INTO price_item (municipality_id, price_list_id, code, name, unit, price_cents,
       price_year, source, bearer_id, value_type, grade)
     SELECT $1, $2, i.* FROM unnest($3::text[], $4::text[], $5::text[], $6::bigint[],
       $7::smallint[], $8::text[], $9::uuid[], $10::text[], $11::text[]) AS i`,
    [
      list.municipalityId,
      list.id,
      column("code"),
      column("name"),
      column("unit"),
      column("priceCents"),
      column("priceYear"),
      column("source"),
      column("bearerId"),
      column("valueType"),
      column("grade"),
    ],
  );
  await touchList(em, list.id);
}

/**
 * Checks rows of items for a list against the rules, the municipality's stakeholders and the
 * codes already in the list: every problem with the index of its row (`label` names a row in
 * the reasons). Returns the values only when nothing is wrong.
 */
export async function checkPriceItemRows(
  em: EntityManager,
  list: PriceList,
  rows: readonly PriceItemFields[],
  label: (index: number) => string,
): Promise<{ problems: { index: number; problem: FieldProblem }[]; values: PriceItemValues[] }> {
  const bearers = await stakeholderIdsByCode(em, list.municipalityId);
  const existing: { code: string }[] = await em.query(
    "SELECT code FROM price_item WHERE price_list_id = $1",
    [list.id],
  );
  const problems: { index: number; problem: FieldProblem }[] = [];
  const values: PriceItemValues[] = [];
  rows.forEach((row, index) => {
    const checked = checkPriceItem(row, bearers);
    checked.problems.forEach((problem) => problems.push({ index, problem }));
    if (checked.values) values.push(checked.values);
  });
  const codes = rows.map((row) => (row.code ?? "").trim().toUpperCase());
  problems.push(...duplicateCodeProblems(codes, new Set(existing.map((e) => e.code)), label));
  problems.sort((a, b) => a.index - b.index);
  return { problems, values: problems.length ? [] : values };
}

export async function createPriceList(
  em: EntityManager,
  scope: TenantScope,
  input: CreatePriceListInput,
): Promise<PriceList> {
  await findVisible(
    em,
    Municipality,
    "Municipality",
    input.municipalityId,
    scope,
    "municipalityId",
    "x.id",
  );
  const versionNumber = await nextVersionNumber(em, input.municipalityId);
  return insertRow(em, PriceList, {
    municipalityId: input.municipalityId,
    name: input.name.trim(),
    versionNumber,
    status: PriceListStatus.DRAFT,
    validFrom: input.validFrom,
    publishedAt: null,
    basedOnId: null,
    description: input.description?.trim() ?? "",
  });
}

function itemFields(input: PriceItemInput): PriceItemFields {
  return {
    code: input.code,
    name: input.name,
    unit: input.unit,
    price: input.price ?? null,
    priceCents: input.priceCents ?? null,
    priceYear: input.priceYear,
    source: input.source ?? "",
    bearerCode: input.bearerCode,
    valueType: input.valueType,
    grade: input.grade,
  };
}

/** Adds items to a DRAFT list: all or none; every problem is named `items[i].field`. */
export async function addPriceItems(
  em: EntityManager,
  scope: TenantScope,
  priceListId: string,
  inputs: PriceItemInput[],
): Promise<PriceList> {
  if (!inputs.length) throw new BadInputError("items", "must hold at least one item");
  if (inputs.length > MAX_ITEMS_PER_CALL) {
    throw new BadInputError("items", `at most ${MAX_ITEMS_PER_CALL} items per call`);
  }
  const list = await lockPriceList(em, scope, priceListId);
  requireDraft(list);
  const { problems, values } = await checkPriceItemRows(
    em,
    list,
    inputs.map(itemFields),
    (index) => `items[${index}]`,
  );
  refuseProblems(
    problems.map(({ index, problem }) => ({
      ...problem,
      field: `items[${index}].${problem.field}`,
    })),
  );
  await insertPriceItems(em, list, values);
  return reload(em, scope, list.id);
}

/** Changes one item of a DRAFT list (optimistic concurrency on the item's version). */
export async function updatePriceItem(
  em: EntityManager,
  scope: TenantScope,
  input: UpdatePriceItemInput,
): Promise<PriceItem> {
  const item = await findVisible(em, PriceItem, "PriceItem", input.id, scope);
  const list = await lockPriceList(em, scope, item.priceListId, "id");
  requireDraft(list);
  const bearers = await stakeholderIdsByCode(em, list.municipalityId);
  const currentBearer = [...bearers].find(([, id]) => id === item.bearerId)?.[0] ?? "";
  const priceGiven = input.price != null || input.priceCents != null;
  const merged: PriceItemFields = {
    code: input.code ?? item.code,
    name: input.name ?? item.name,
    unit: input.unit ?? item.unit,
    price: input.price ?? null,
    priceCents: priceGiven ? (input.priceCents ?? null) : item.priceCents,
    priceYear: input.priceYear ?? item.priceYear,
    source: input.source ?? item.source,
    bearerCode: input.bearerCode ?? currentBearer,
    valueType: input.valueType ?? item.valueType,
    grade: input.grade ?? item.grade,
  };
  const { problems, values } = checkPriceItem(merged, bearers);
  refuseProblems(problems);
  if (values!.code !== item.code) {
    const taken: unknown[] = await em.query(
      "SELECT 1 FROM price_item WHERE price_list_id = $1 AND code = $2 AND id <> $3",
      [list.id, values!.code, item.id],
    );
    if (taken.length)
      throw new BadInputError("code", `${values!.code} is already in the price list`);
  }
  const updated = await updateVersioned(
    em,
    PriceItem,
    "PriceItem",
    item.id,
    input.version,
    values!,
    scope,
  );
  await touchList(em, list.id);
  return updated;
}

/** Removes one item of a DRAFT list. */
export async function removePriceItem(
  em: EntityManager,
  scope: TenantScope,
  id: string,
  version: number | undefined,
): Promise<PriceItem> {
  const item = await findVisible(em, PriceItem, "PriceItem", id, scope);
  const list = await lockPriceList(em, scope, item.priceListId, "id");
  requireDraft(list);
  const removed = await deleteVersioned(em, PriceItem, "PriceItem", item.id, version, scope);
  await touchList(em, list.id);
  return removed;
}

/**
 * Publishes a DRAFT (vaststellen): from now on it never changes. `version` is the list's version
 * you read; a stale one (someone changed items since) is refused with CONFLICT.
 */
export async function publishPriceList(
  em: EntityManager,
  scope: TenantScope,
  id: string,
  version: number,
): Promise<PriceList> {
  const list = await lockPriceList(em, scope, id, "id");
  if (list.status === PriceListStatus.PUBLISHED) {
    throw new ConflictError(
      `PriceList ${list.id} (version ${list.versionNumber}) is already published`,
      { status: PriceListStatus.PUBLISHED },
    );
  }
  if (list.version !== version) {
    throw new ConflictError(
      `PriceList ${list.id} was changed by someone else: you sent version ${version}, the stored version is ${list.version}. Reload, check the items and publish again.`,
      { currentVersion: list.version },
    );
  }
  const [{ n }]: { n: number }[] = await em.query(
    "SELECT count(*)::int AS n FROM price_item WHERE price_list_id = $1",
    [list.id],
  );
  if (n === 0)
    throw new BadInputError("id", "the price list has no items: add items before publishing");
  await em.query(
    `UPDATE price_list SET status = 'PUBLISHED', published_at = now(), version = version + 1,
       updated_at = now() WHERE id = $1`,
    [list.id],
  );
  return reload(em, scope, list.id);
}

interface NewVersionOptions {
  fromId: string;
  /** Default: the copied version's name. */
  name?: string | null;
  /** Default: the copied version's validFrom. */
  validFrom?: string | null;
  description?: string | null;
}

/** A new DRAFT version with every item of `fromId` copied (in one statement). */
export async function newPriceListVersion(
  em: EntityManager,
  scope: TenantScope,
  input: NewVersionOptions,
): Promise<PriceList> {
  const name = input.name?.trim();
  if (name !== undefined && (!name || name.length > 200)) {
    throw new BadInputError("name", "must be 1 to 200 characters");
  }
  if ((input.description?.length ?? 0) > 2000) {
    throw new BadInputError("description", "must be at most 2000 characters");
  }
  const from = await findVisible(em, PriceList, "PriceList", input.fromId, scope, "fromId");
  const versionNumber = await nextVersionNumber(em, from.municipalityId);
  const list = await insertRow(em, PriceList, {
    municipalityId: from.municipalityId,
    name: name || from.name,
    versionNumber,
    status: PriceListStatus.DRAFT,
    validFrom: input.validFrom ?? from.validFrom,
    publishedAt: null,
    basedOnId: from.id,
    description: input.description?.trim() ?? "",
  });
  await em.query(
    `INSERT INTO price_item (municipality_id, price_list_id, code, name, unit, price_cents,
       price_year, source, bearer_id, value_type, grade)
     SELECT municipality_id, $2, code, name, unit, price_cents, price_year, source, bearer_id,
       value_type, grade
       FROM price_item WHERE price_list_id = $1`,
    [from.id, list.id],
  );
  return list;
}

/** Deletes a DRAFT with its items; a published version is kept for ever. */
export async function deletePriceList(
  em: EntityManager,
  scope: TenantScope,
  id: string,
  version: number | undefined,
): Promise<PriceList> {
  const list = await lockPriceList(em, scope, id, "id");
  requireDraft(list);
  return deleteVersioned(em, PriceList, "PriceList", list.id, version, scope);
}

/** The versions of a municipality's price list the caller may see, newest first. */
export function listPriceLists(
  db: DataSource,
  scope: TenantScope,
  municipalityId: string,
  status?: PriceListStatus,
): Promise<PriceList[]> {
  const query = db
    .getRepository(PriceList)
    .createQueryBuilder("x")
    .where("x.municipality_id = :m", { m: requireId("municipalityId", municipalityId) });
  if (status) query.andWhere("x.status = :status", { status });
  return scoped(query, scope, "x.municipality_id").orderBy("x.version_number", "DESC").getMany();
}
