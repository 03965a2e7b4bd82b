import type { EntityManager } from "typeorm";
import type { FieldProblem } from "../registration";
import type { ColumnMap, ColumnSpec } from "./registration-columns";
import type { CaseEntry, ImportContext } from "./registration-context";
import { shownValue, type Parsed } from "./registration-values";

/** One problem in a file: the row (header = 1), the column as the file names it, the value, why. */
export interface RowProblem {
  row: number;
  column: string;
  value: string | null;
  reason: string;
}

/**
 * The problems of one row. A field the import itself found wrong (a name that matches nothing,
 * a date that is no date) is not reported again by the shared rules, so each cell gets one
 * reason; every value passes through `shownValue`, so a BSN-like value is withheld.
 */
export class RowReport<F extends string> {
  private readonly problems = new Map<F, { value: string | null; reason: string }[]>();
  private readonly deferred = new Set<F>();

  constructor(
    private readonly columns: ColumnMap<F>,
    private readonly cells: readonly string[],
  ) {
    // PostgreSQL text cannot hold NUL: such a cell is refused here rather than failing the write.
    for (const field of columns.fields()) {
      if (columns.cell(cells, field).includes("\u0000"))
        this.add(field, null, "contains a NUL character (\\0), which text cannot hold");
    }
  }

  get ok(): boolean {
    return this.problems.size === 0;
  }

  add(field: F, value: string | null | undefined, reason: string): void {
    const list = this.problems.get(field) ?? [];
    list.push({ value: shownValue(value), reason });
    this.problems.set(field, list);
  }

  /** Fields that cannot be checked until another problem in the row is fixed: no rule problems for them. */
  defer(...fields: F[]): void {
    for (const field of fields) this.deferred.add(field);
  }

  /** The parsed value, or `fallback` after reporting why the cell could not be parsed. */
  parsed<T>(field: F, cell: string, result: Parsed<T>, fallback: T): T {
    if ("value" in result) return result.value;
    this.add(field, cell, result.problem);
    return fallback;
  }

  /**
   * Adds what the shared rules found, naming their fields (`teamId`, `problemDomains[2]`) by
   * column and showing the cell as the file has it (the rules see it converted: an id for a
   * name, an ISO date for a Dutch one); for one item of a list, the item.
   */
  addRules(found: FieldProblem[], fieldOf: Record<string, F>): void {
    const own = new Set([...this.problems.keys(), ...this.deferred]);
    for (const problem of found) {
      const item = /\[\d+\]$/.test(problem.field);
      const field = fieldOf[problem.field.replace(/\[\d+\]$/, "")];
      if (!field || own.has(field)) continue;
      this.add(field, item ? problem.value : this.columns.cell(this.cells, field), problem.reason);
    }
  }

  /** The problems in the order of the file's columns. */
  toProblems(row: number): RowProblem[] {
    const fields = [...this.problems].sort(
      ([a], [b]) => this.columns.position(a) - this.columns.position(b),
    );
    return fields.flatMap(([field, list]) =>
      list.map((p) => ({ row, column: this.columns.columnOf(field), ...p })),
    );
  }
}

export interface WriteCounts {
  inserted: number;
  updated: number;
  unchanged: number;
}

/** A row that passed the checks, with the key it is stored under (for the existing-row check). */
export interface CheckedRow<V> {
  row: number;
  values: V;
}

/**
 * What the pipeline needs to know about one kind of file: its columns, how a row maps to the
 * values it stores (reporting problems), what must be unique in the file, a check against rows
 * already stored (per batch, so memory stays bounded) and how a batch is written.
 */
export interface KindHandler<F extends string, V> {
  columns: Record<F, ColumnSpec>;
  needs: { cases: boolean; members: boolean };
  map(cells: readonly string[], columns: ColumnMap<F>, ctx: ImportContext, report: RowReport<F>): V;
  /** Keys that may occur once per file, with the field to blame for a repeat. */
  uniqueKeys(values: V): { field: F; key: string }[];
  /** Problems with rows already stored (e.g. an activity that would move to another case). */
  checkStored?(
    em: EntityManager,
    ctx: ImportContext,
    rows: CheckedRow<V>[],
    columns: ColumnMap<F>,
  ): Promise<RowProblem[]>;
  write(em: EntityManager, municipalityId: string, rows: V[]): Promise<WriteCounts>;
}

/** The case a row refers to by its external reference or its reference, or a reason why none. */
export function resolveCase(
  ctx: ImportContext,
  cell: string,
): { found: CaseEntry; problem?: undefined } | { found?: undefined; problem: string } {
  if (!cell) return { problem: "is required (the case's external ref or reference)" };
  const byExternal = ctx.casesByExternalRef.get(cell);
  const byReference = ctx.casesByReference.get(cell);
  if (byExternal && byReference && byExternal.id !== byReference.id) {
    return {
      problem: "is the external ref of one case and the reference of another; use the other one",
    };
  }
  const found = byExternal ?? byReference;
  if (!found) {
    return {
      problem:
        "no case of this municipality has this external ref or reference (import the cases first)",
    } as const;
  }
  if (found.erased) return { problem: "the case was erased on request and takes no new data" };
  return { found } as const;
}
