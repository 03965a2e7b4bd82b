import type { DataSource } from "typeorm";
import type { CapturedStatement } from "./scale-capture";

/**
 * The plans of the statements a path issued: each read statement under EXPLAIN (ANALYZE,
 * BUFFERS) with the parameters of its first call, each write under plain EXPLAIN (it is not
 * run again). A statement is slow above 100 ms; a sequential scan of a table with more than
 * 100,000 rows is flagged whatever its time.
 */
export const SLOW_MS = 100;
export const LARGE_TABLE_ROWS = 100_000;

export interface ExplainedStatement extends CapturedStatement {
  plan: string;
  ms: number | null;
  seqScans: string[];
}

const SKIP =
  /^\s*(BEGIN|COMMIT|ROLLBACK|START|SET|SAVEPOINT|RELEASE|SHOW|LISTEN|SELECT pg_advisory|SELECT set_config|SELECT version|SELECT current_schema|SELECT \* FROM current_schema)/i;

function isRead(sql: string): boolean {
  return /^\s*(SELECT|WITH)\b/i.test(sql) && !/\b(INSERT|UPDATE|DELETE)\b/i.test(sql);
}

async function largeTables(db: DataSource): Promise<Set<string>> {
  const rows: { relname: string }[] = await db.query(
    `SELECT relname FROM pg_class WHERE relkind = 'r' AND reltuples > $1`,
    [LARGE_TABLE_ROWS],
  );
  return new Set(rows.map((r) => r.relname));
}

async function explainOne(
  db: DataSource,
  s: CapturedStatement,
  large: Set<string>,
): Promise<ExplainedStatement> {
  const analyze = isRead(s.sql);
  let plan: string;
  try {
    const rows: { "QUERY PLAN": string }[] = await db.query(
      `EXPLAIN (${analyze ? "ANALYZE, BUFFERS" : "COSTS"}) ${s.sql}`,
      s.parameters,
    );
    plan = rows.map((r) => r["QUERY PLAN"]).join("\n");
  } catch (error) {
    plan = `(not explained: ${(error as Error).message})`;
  }
  const time = /Execution Time: ([\d.]+) ms/.exec(plan);
  const seqScans = [...plan.matchAll(/Seq Scan on (\w+)/g)]
    .map((m) => m[1])
    .filter((t) => large.has(t));
  return { ...s, plan, ms: time ? Number(time[1]) : null, seqScans: [...new Set(seqScans)] };
}

export async function explainAll(
  db: DataSource,
  statements: CapturedStatement[],
): Promise<ExplainedStatement[]> {
  const large = await largeTables(db);
  const explained: ExplainedStatement[] = [];
  for (const s of statements) if (!SKIP.test(s.sql)) explained.push(await explainOne(db, s, large));
  return explained;
}

/** Prints a summary line per path, and the plan of every slow or sequentially scanning statement. */
export function printPlans(title: string, explained: ExplainedStatement[]): number {
  const flagged = explained.filter((e) => (e.ms ?? 0) > SLOW_MS || e.seqScans.length);
  const calls = explained.reduce((sum, e) => sum + e.calls, 0);
  console.log(
    `  plans of ${title}: ${explained.length} distinct statements (${calls} calls), ${flagged.length} slow (> ${SLOW_MS} ms) or scanning a large table sequentially`,
  );
  for (const e of flagged) {
    const flags = [
      e.ms !== null ? `${e.ms.toFixed(1)} ms` : "not timed",
      ...e.seqScans.map((t) => `SEQ SCAN ON ${t}`),
    ];
    console.log(
      `\n  --- ${flags.join(", ")}; ${e.calls} call(s)\n  ${e.sql.replace(/\s+/g, " ").slice(0, 600)}`,
    );
    console.log(
      e.plan
        .split("\n")
        .map((line) => `    ${line}`)
        .join("\n"),
    );
  }
  if (flagged.length) console.log("");
  return flagged.length;
}
