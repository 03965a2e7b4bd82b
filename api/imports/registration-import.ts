import type { DataSource, EntityManager } from "typeorm";
import { ImportKind } from "../../schema/registration-enums";
import { activityRows } from "./activity-rows";
import { caseRows } from "./case-rows";
import type { FileSource } from "../platform";
import { outcomeRows } from "./outcome-rows";
import { mapColumns, type ColumnMap } from "./registration-columns";
import { loadImportContext, type ImportContext } from "./registration-context";
import { FileFormatError, readSheetRows, type SheetRow } from "./registration-reader";
import { createKeyTable, repeatedKeys, type RowKey } from "./repeated-keys";
import {
  RowReport,
  type CheckedRow,
  type KindHandler,
  type RowProblem,
  type WriteCounts,
} from "./registration-rows";

/**
 * The registration import: cases, support activities or outcomes from a CSV or XLSX file, all
 * rows or none, idempotent by external reference.
 *
 * It streams the file twice inside one transaction (after a per-municipality advisory lock,
 * so two imports for one municipality take turns and the checks see what the writes will):
 * pass 1 maps and checks every row and collects problems; only when there are none, pass 2
 * maps the rows again and writes them in batches. Memory is bounded by the batch and the
 * municipality's lookups (its teams, members … and its case index), not by the file: keys to
 * find repeats go to a temporary table, stored rows are checked per batch.
 */
export interface ImportProgress {
  phase: "checking" | "writing";
  /** Rows checked (pass 1) or written (pass 2). */
  rowsDone: number;
  /** Data rows in the file: known once pass 1 is through. */
  rowsTotal: number | null;
}

export interface ImportResult {
  succeeded: boolean;
  rowsTotal: number | null;
  rowsInserted: number;
  rowsUpdated: number;
  rowsUnchanged: number;
  /** The first MAX_PROBLEMS problems. */
  problems: RowProblem[];
  /** All problems, also those left out of the list. */
  problemCount: number;
}

interface ImportOptions {
  municipalityId: string;
  kind: ImportKind;
  source: FileSource;
  onProgress?: (progress: ImportProgress) => void | Promise<void>;
  /** Runs inside the transaction just before a successful import commits. */
  beforeCommit?: (em: EntityManager, result: ImportResult) => Promise<void>;
  /** Stops the import between batches; nothing is written. */
  signal?: AbortSignal;
  batchSize?: number;
}

const MAX_PROBLEMS = 1000;
const BATCH_SIZE = 1000;

const HANDLERS: Record<ImportKind, KindHandler<string, any>> = {
  [ImportKind.CASES]: caseRows,
  [ImportKind.ACTIVITIES]: activityRows,
  [ImportKind.OUTCOMES]: outcomeRows,
};

class ProblemList {
  readonly kept: RowProblem[] = [];
  count = 0;
  add(...problems: RowProblem[]) {
    this.count += problems.length;
    for (const p of problems) if (this.kept.length < MAX_PROBLEMS) this.kept.push(p);
  }
  /** Repeats are found per batch, after the rows' own problems: put them back in file order. */
  sortByRow() {
    this.kept.sort((a, b) => a.row - b.row);
  }
}

/** Let other work (HTTP requests, timers) run between batches. */
const breathe = () => new Promise<void>((resolve) => setImmediate(resolve));

function failed(problems: ProblemList, rowsTotal: number | null): ImportResult {
  return {
    succeeded: false,
    rowsTotal,
    rowsInserted: 0,
    rowsUpdated: 0,
    rowsUnchanged: 0,
    problems: problems.kept,
    problemCount: problems.count,
  };
}

/** Opens the file and reads its header; the rows follow from the same iterator. */
async function openRows(em: EntityManager, source: FileSource) {
  const rows = readSheetRows(source.open(em), source.filename);
  const first = await rows.next();
  return { rows, header: first.done ? null : first.value };
}

interface Pass {
  em: EntityManager;
  handler: KindHandler<string, unknown>;
  columns: ColumnMap<string>;
  ctx: ImportContext;
  options: ImportOptions;
  batchSize: number;
}

/** Pass 1: every row mapped and checked; problems collected; returns the number of data rows. */
async function check(pass: Pass, rows: AsyncIterable<SheetRow>, problems: ProblemList) {
  const { em, handler, columns, ctx, options, batchSize } = pass;
  await createKeyTable(em);
  let batch: CheckedRow<unknown>[] = [];
  let keys: RowKey[] = [];
  let total = 0;
  const flush = async () => {
    problems.add(...(await repeatedKeys(em, keys)));
    if (handler.checkStored && batch.length) {
      problems.add(...(await handler.checkStored(em, ctx, batch, columns)));
    }
    batch = [];
    keys = [];
    await options.onProgress?.({ phase: "checking", rowsDone: total, rowsTotal: null });
    options.signal?.throwIfAborted();
    await breathe();
  };
  for await (const { rowNumber, cells } of rows) {
    total++;
    const report = new RowReport<string>(columns, cells);
    const values = handler.map(cells, columns, ctx, report);
    for (const { field, key } of handler.uniqueKeys(values)) {
      if (key.includes("\u0000")) continue; // refused by the row report; the key table cannot hold it
      const [column, value] = [columns.columnOf(field), columns.cell(cells, field)];
      keys.push({ key, row: rowNumber, column, value });
    }
    if (report.ok) batch.push({ row: rowNumber, values });
    else problems.add(...report.toProblems(rowNumber));
    if (total % batchSize === 0) await flush();
  }
  await flush();
  problems.sortByRow();
  return total;
}

/** Pass 2: every row mapped again and written in batches. */
async function write(pass: Pass, rows: AsyncIterable<SheetRow>, rowsTotal: number) {
  const { em, handler, columns, ctx, options, batchSize } = pass;
  const counts: WriteCounts = { inserted: 0, updated: 0, unchanged: 0 };
  let batch: unknown[] = [];
  let done = 0;
  const flush = async () => {
    const written = await handler.write(em, ctx.municipalityId, batch);
    counts.inserted += written.inserted;
    counts.updated += written.updated;
    counts.unchanged += written.unchanged;
    done += batch.length;
    batch = [];
    await options.onProgress?.({ phase: "writing", rowsDone: done, rowsTotal });
    options.signal?.throwIfAborted();
    await breathe();
  };
  for await (const { rowNumber, cells } of rows) {
    const report = new RowReport<string>(columns, cells);
    batch.push(handler.map(cells, columns, ctx, report));
    // The file and the data are those pass 1 checked, so this cannot happen; if it does, stop.
    if (!report.ok) throw new Error(`row ${rowNumber} changed between the two passes`);
    if (batch.length === batchSize) await flush();
  }
  if (batch.length) await flush();
  if (done !== rowsTotal) throw new Error(`read ${done} rows to write, ${rowsTotal} to check`);
  return counts;
}

/**
 * The transaction's connection runs one statement at a time, but the file stream reads its next
 * slice (a job's file is in the database) whenever it likes, also while a batch is written. This
 * queues the statements instead of handing pg a second one while the first runs.
 */
function oneStatementAtATime(em: EntityManager): EntityManager {
  let tail: Promise<unknown> = Promise.resolve();
  const query = (sql: string, parameters?: unknown[]) => {
    const next = tail.then(() => em.query(sql, parameters));
    tail = next.catch(() => undefined);
    return next;
  };
  return Object.create(em, { query: { value: query } }) as EntityManager;
}

async function importInTransaction(transaction: EntityManager, options: ImportOptions) {
  const em = oneStatementAtATime(transaction);
  const handler = HANDLERS[options.kind];
  const problems = new ProblemList();
  // Imports for one municipality take turns: the checks then see what the writes will.
  await em.query("SELECT pg_advisory_xact_lock(hashtext($1))", [
    `kwadrant-import:${options.municipalityId}`,
  ]);
  const first = await openRows(em, options.source);
  if (!first.header) {
    problems.add({ row: 1, column: "file", value: null, reason: "the file is empty" });
    return failed(problems, 0);
  }
  const { columns, problems: headerProblems } = mapColumns(handler.columns, first.header.cells);
  if (headerProblems.length) {
    await first.rows.return(undefined);
    problems.add(
      ...headerProblems.map((p) => ({ row: first.header!.rowNumber, value: null, ...p })),
    );
    return failed(problems, null);
  }
  const ctx = await loadImportContext(em, options.municipalityId, handler.needs);
  const pass: Pass = {
    em,
    handler,
    columns,
    ctx,
    options,
    batchSize: options.batchSize ?? BATCH_SIZE,
  };
  const rowsTotal = await check(pass, first.rows, problems);
  if (!rowsTotal) {
    problems.add({
      row: first.header.rowNumber + 1,
      column: "file",
      value: null,
      reason: "the file has no data rows under the header",
    });
  }
  if (problems.count) return failed(problems, rowsTotal);

  const second = await openRows(em, options.source);
  const counts = await write(pass, second.rows, rowsTotal);
  const result: ImportResult = {
    succeeded: true,
    rowsTotal,
    rowsInserted: counts.inserted,
    rowsUpdated: counts.updated,
    rowsUnchanged: counts.unchanged,
    problems: [],
    problemCount: 0,
  };
  await options.beforeCommit?.(em, result);
  return result;
}

/**
 * Runs one import. Problems with the file or its rows come back in the result (nothing
 * written); anything else (the database refusing a row, an abort) throws after the rollback.
 */
export async function runRegistrationImport(
  dataSource: DataSource,
  options: ImportOptions,
): Promise<ImportResult> {
  try {
    return await dataSource.transaction((em) => importInTransaction(em, options));
  } catch (error) {
    if (!(error instanceof FileFormatError)) throw error;
    const problems = new ProblemList();
    problems.add({ row: error.row ?? 1, column: "file", value: null, reason: error.message });
    return failed(problems, null);
  }
}
