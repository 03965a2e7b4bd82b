import type { EntityManager } from "typeorm";
import type { ColumnMap } from "./registration-columns";
import type { ImportContext } from "./registration-context";
import type { CheckedRow, RowProblem } from "./registration-rows";

/**
 * An imported activity or outcome that is already stored stays on its case, as with
 * updateSupport and updateOutcome. Checked per batch of rows with one statement, so the
 * import never holds all stored external refs in memory.
 */
export async function checkStoredCase<F extends string>(
  em: EntityManager,
  ctx: ImportContext,
  table: "support_activity" | "outcome",
  what: string,
  rows: CheckedRow<{ externalRef: string; caseId: string }>[],
  columns: ColumnMap<F | "case">,
): Promise<RowProblem[]> {
  const stored: { externalRef: string; caseId: string }[] = await em.query(
    `SELECT external_ref AS "externalRef", case_id AS "caseId" FROM ${table}
      WHERE municipality_id = $1 AND external_ref = ANY($2::text[])`,
    [ctx.municipalityId, rows.map((r) => r.values.externalRef)],
  );
  const caseOf = new Map(stored.map((s) => [s.externalRef, s.caseId]));
  return rows.flatMap(({ row, values }) => {
    const storedCase = caseOf.get(values.externalRef);
    if (!storedCase || storedCase === values.caseId) return [];
    const reference = ctx.casesById.get(storedCase)?.reference ?? storedCase;
    return [
      {
        row,
        column: columns.columnOf("case"),
        value: ctx.casesById.get(values.caseId)?.reference ?? null,
        reason: `${what} with external ref ${values.externalRef} is stored on case ${reference}; ${what} cannot move to another case`,
      },
    ];
  });
}
