/** One group of a table: its key, how many cases it holds, and whether the viewer knows it anyway. */
export interface DisclosureGroup {
  readonly key: string;
  readonly cases: number;
  /** The viewer may read every case of the group (its own team's): never suppressed for it. */
  readonly known?: boolean;
  /** Already hidden by another table it is part of (a cell of a row and of a column). */
  readonly hidden?: boolean;
}

/**
 * SMALL_GROUP: fewer cases than the minimum. COMPLEMENTARY: large enough itself, but hidden
 * too, so that the total minus the shown groups does not give away a small one.
 */
export type SuppressionReason = "SMALL_GROUP" | "COMPLEMENTARY";

export interface SuppressionOutcome {
  /** The suppressed groups and why, in the order they were suppressed. */
  readonly suppressed: ReadonlyMap<string, SuppressionReason>;
  /**
   * The table's total itself would give a small group away (the whole selection is smaller
   * than the minimum, or no group is left to hide it behind): the table may not be shown.
   */
  readonly totalSuppressed: boolean;
}

/**
 * Primary and complementary suppression over one table whose total is shown. A group with
 * 1 to `minimum − 1` cases is suppressed unless the viewer knows it. The total minus the shown
 * and known groups then equals the suppressed groups together, so they must hold at least
 * `minimum` cases and be at least two; until they do, the smallest other group is suppressed as
 * well. When no group is left for that, the total goes too.
 */
export function suppressGroups(
  groups: readonly DisclosureGroup[],
  minimum: number,
): SuppressionOutcome {
  if (!Number.isInteger(minimum) || minimum < 1)
    throw new RangeError("the minimum group size is a whole number ≥ 1");
  const total = groups.reduce((sum, group) => sum + group.cases, 0);
  const unknown = groups.filter((group) => !group.known);
  const suppressed = new Map<string, SuppressionReason>();
  for (const group of unknown) {
    if (group.hidden || (group.cases > 0 && group.cases < minimum))
      suppressed.set(group.key, group.hidden ? "COMPLEMENTARY" : "SMALL_GROUP");
  }
  const hiddenCases = () =>
    unknown.filter((g) => suppressed.has(g.key)).reduce((sum, g) => sum + g.cases, 0);
  const exposed = () => suppressed.size === 1 || (suppressed.size > 0 && hiddenCases() < minimum);
  while (exposed()) {
    const next = unknown
      .filter((group) => !suppressed.has(group.key) && group.cases > 0)
      .sort((a, b) => a.cases - b.cases || a.key.localeCompare(b.key))[0];
    if (!next) break;
    suppressed.set(next.key, "COMPLEMENTARY");
  }
  const allKnown = unknown.length === 0;
  return {
    suppressed,
    totalSuppressed: exposed() || (!allKnown && total > 0 && total < minimum),
  };
}

/** A cell of a two-way table (e.g. arrangement × cohort) whose rows and columns have totals. */
export interface TableCell {
  readonly row: string;
  readonly column: string;
  readonly cases: number;
  readonly known?: boolean;
  /** Hidden from the start (its whole row was suppressed elsewhere). */
  readonly hidden?: boolean;
}

/**
 * Suppression over a two-way table with row and column totals: each row and each column is
 * treated as a table of its own, over and over, until no row or column gives a hidden cell away.
 * Returns the hidden cells with their reasons, and the rows and columns whose totals cannot be
 * shown.
 */
export function suppressTable(cells: readonly TableCell[], minimum: number) {
  const keyOf = (cell: TableCell) => `${cell.row}\u0000${cell.column}`;
  const hidden = new Map<string, SuppressionReason>(
    cells.filter((cell) => cell.hidden).map((cell) => [keyOf(cell), "COMPLEMENTARY"]),
  );
  const hiddenTotals = new Set<string>();
  const lines = (pick: (cell: TableCell) => string) => {
    const byLine = new Map<string, TableCell[]>();
    for (const cell of cells) byLine.set(pick(cell), [...(byLine.get(pick(cell)) ?? []), cell]);
    return byLine;
  };
  const rows = lines((cell) => cell.row);
  const columns = lines((cell) => cell.column);
  for (let changed = true; changed;) {
    changed = false;
    for (const [prefix, byLine] of [
      ["row", rows],
      ["column", columns],
    ] as const) {
      for (const [line, lineCells] of byLine) {
        const outcome = suppressGroups(
          lineCells.map((cell) => ({
            key: keyOf(cell),
            cases: cell.cases,
            known: cell.known,
            hidden: hidden.has(keyOf(cell)),
          })),
          minimum,
        );
        for (const [key, reason] of outcome.suppressed) {
          if (!hidden.has(key)) {
            hidden.set(key, reason);
            changed = true;
          }
        }
        if (outcome.totalSuppressed) hiddenTotals.add(`${prefix}:${line}`);
      }
    }
  }
  return {
    hidden: cells
      .filter((cell) => hidden.has(keyOf(cell)))
      .map((cell) => ({ row: cell.row, column: cell.column, reason: hidden.get(keyOf(cell))! })),
    hiddenRows: [...hiddenTotals].filter((t) => t.startsWith("row:")).map((t) => t.slice(4)),
    hiddenColumns: [...hiddenTotals].filter((t) => t.startsWith("column:")).map((t) => t.slice(7)),
  };
}
