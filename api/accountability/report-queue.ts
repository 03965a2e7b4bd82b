import { EventEmitter } from "node:events";
import type { DataSource, EntityManager } from "typeorm";
import type { Language } from "../../reports/index";
import { Municipality } from "../../schema/municipality";
import { ReportExport, ReportExportStatus, type ReportFilter } from "../../schema/report-export";
import {
  BadInputError,
  ConflictError,
  NotFoundError,
  type TenantScope,
  findVisible,
  requireId,
  scoped,
} from "../platform";
import { checkHypothesisInput } from "./report-hypothesis";
import type { ReportFormat } from "./report-files";

/**
 * Asking for an export: the filter is checked (every problem names its field), put in one
 * canonical form, and queued in the `report_export` table — unless the same export (same
 * municipality, filter and language) is already queued or running, which is then answered
 * instead. A municipality has at most MAX_OPEN_EXPORTS queued or running at once. Call it in
 * the mutation's transaction, with the audit row.
 */
const MAX_OPEN_EXPORTS = 5;

/** Tells this process's worker that an export waits (other replicas find it when they poll). */
export const reportQueue = new EventEmitter();

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Drops absent and null values (recursively), so that equal filters are equal as JSON. */
function canonical<T>(value: T): T {
  if (Array.isArray(value)) return value.map(canonical) as T;
  if (value === null || typeof value !== "object") return value;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== null && v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([k, v]) => [k, canonical(v)]);
  return Object.fromEntries(entries) as T;
}

async function checkFilter(em: EntityManager, scope: TenantScope, input: ReportFilter) {
  const filter: ReportFilter = { ...input };
  filter.municipalityId = requireId("filter.municipalityId", filter.municipalityId);
  await findVisible(
    em,
    Municipality,
    "Municipality",
    filter.municipalityId,
    scope,
    "filter.municipalityId",
    "x.id",
  );
  if (!DATE.test(filter.from)) throw new BadInputError("filter.from", "must be a date YYYY-MM-DD");
  if (!DATE.test(filter.to)) throw new BadInputError("filter.to", "must be a date YYYY-MM-DD");
  if (filter.to < filter.from) {
    throw new BadInputError("filter.to", "must be on or after filter.from");
  }
  for (const [field, table] of [
    ["teamId", "team"],
    ["districtId", "district"],
    ["arrangementId", "arrangement"],
  ] as const) {
    const id = filter[field];
    if (!id) continue;
    filter[field] = requireId(`filter.${field}`, id);
    const [found] = await em.query(
      `SELECT 1 FROM ${table} WHERE id = $1 AND municipality_id = $2`,
      [filter[field], filter.municipalityId],
    );
    if (!found) throw new NotFoundError(table, filter[field]!, `filter.${field}`);
  }
  if (filter.hypothesis) {
    await checkHypothesisInput(em, scope, filter.municipalityId, filter.hypothesis);
  }
  return canonical(filter);
}

interface ReportRequest {
  filter: ReportFilter;
  language: Language;
  /** The user who asks (from the token). */
  requestedBy: string | null;
}

interface Enqueued {
  job: ReportExport;
  /** True when an identical export already queued or running is answered. */
  reused: boolean;
}

export async function enqueueReport(
  em: EntityManager,
  scope: TenantScope,
  request: ReportRequest,
): Promise<Enqueued> {
  const filter = await checkFilter(em, scope, request.filter);
  const municipalityId = filter.municipalityId;
  // One asker at a time per municipality, so two requests cannot both pass the cap.
  await em.query(`SELECT pg_advisory_xact_lock(hashtextextended('report_export:' || $1, 0))`, [
    municipalityId,
  ]);
  const open: { id: string; same: boolean }[] = await em.query(
    `SELECT id, (language = $2 AND filter = $3::jsonb) AS same FROM report_export
      WHERE municipality_id = $1 AND status IN ('QUEUED', 'RUNNING')
      ORDER BY created_at, id`,
    [municipalityId, request.language, JSON.stringify(filter)],
  );
  const same = open.find((row) => row.same);
  if (same) {
    return {
      job: await em.getRepository(ReportExport).findOneByOrFail({ id: same.id }),
      reused: true,
    };
  }
  if (open.length >= MAX_OPEN_EXPORTS) {
    throw new ConflictError(
      `${open.length} exports of this municipality are already queued or running (at most ${MAX_OPEN_EXPORTS}); wait until one has finished and ask again`,
    );
  }
  const [{ id }]: { id: string }[] = await em.query(
    `INSERT INTO report_export (municipality_id, requested_by, language, filter)
     VALUES ($1, $2, $3, $4::jsonb) RETURNING id`,
    [municipalityId, request.requestedBy, request.language, JSON.stringify(filter)],
  );
  return { job: await em.getRepository(ReportExport).findOneByOrFail({ id }), reused: false };
}

export function reportUrl(job: Pick<ReportExport, "id" | "status">, format: ReportFormat) {
  return job.status === ReportExportStatus.SUCCEEDED ? `/reports/${job.id}.${format}` : null;
}

/** One export the caller may see, or null. */
export function findReportExport(
  db: DataSource,
  scope: TenantScope,
  id: string,
): Promise<ReportExport | null> {
  const query = db
    .getRepository(ReportExport)
    .createQueryBuilder("x")
    .where("x.id = :id", { id: requireId("id", id) });
  return scoped(query, scope, "x.municipality_id").getOne();
}

/** The newest exports the caller may see, of one municipality or of all in scope. */
export function latestReportExports(
  db: DataSource,
  scope: TenantScope,
  options: { municipalityId?: string | null; first: number },
): Promise<ReportExport[]> {
  const query = db
    .getRepository(ReportExport)
    .createQueryBuilder("x")
    .orderBy("x.created_at", "DESC")
    .addOrderBy("x.id", "DESC")
    .take(options.first);
  if (options.municipalityId) {
    query.where("x.municipality_id = :m", {
      m: requireId("municipalityId", options.municipalityId),
    });
  }
  return scoped(query, scope, "x.municipality_id").getMany();
}
