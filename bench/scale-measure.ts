import { openDatabase } from "../schema/data-source";
import { SqlCapture, type CapturedStatement } from "./scale-capture";
import { startBenchServer } from "./scale-http";
import type { ScaleOptions } from "./scale-options";
import { measuredPaths, type MeasuredPath } from "./scale-paths";
import { explainAll, printPlans } from "./scale-plans";
import { seconds } from "./scale-print";

/**
 * Measures each path for the large municipality twice — cold (its first run in this process:
 * fresh connections, nothing cached by the server) and warm — printing the time, the SQL
 * statements and a summary, then the plans of its slow statements.
 */
const RUNS = ["cold", "warm"] as const;

async function measureOne(path: MeasuredPath, capture: SqlCapture) {
  await path.prepare?.();
  console.log(`\n${path.name}`);
  let statements: CapturedStatement[] = [];
  const times: number[] = [];
  for (const run of RUNS) {
    const started = performance.now();
    const captured = await capture.during(() => path.run());
    const s = seconds(started);
    times.push(s);
    if (run === "cold") statements = captured.statements;
    const target = path.target
      ? s < path.target
        ? ` (target < ${path.target} s: met)`
        : ` (target < ${path.target} s: MISSED)`
      : "";
    console.log(
      `  ${run.padEnd(4)} ${s.toFixed(2).padStart(7)} s  ${String(captured.result.statements).padStart(5)} statements  ${captured.result.detail}${target}`,
    );
  }
  await path.finish?.();
  return { name: path.name, times, statements };
}

async function largeMunicipality(db: import("typeorm").DataSource) {
  const [m]: { id: string; name: string; cases: number; activities: number; outcomes: number }[] =
    await db.query(
      `SELECT m.id, m.name,
            (SELECT count(*)::int FROM case_record c WHERE c.municipality_id = m.id) AS cases,
            (SELECT count(*)::int FROM support_activity a WHERE a.municipality_id = m.id) AS activities,
            (SELECT count(*)::int FROM outcome o WHERE o.municipality_id = m.id) AS outcomes
       FROM municipality m WHERE m.code = 'GM9000'`,
    );
  if (!m)
    throw new Error(
      "no municipality GM9000: generate the data set first (without --skip-generate)",
    );
  console.log(
    `\nmeasuring ${m.name}: ${m.cases.toLocaleString("en-US")} cases, ${m.activities.toLocaleString("en-US")} activities, ${m.outcomes.toLocaleString("en-US")} outcomes`,
  );
  return m;
}

export async function measureAll(options: ScaleOptions): Promise<void> {
  const database = await openDatabase({ url: options.databaseUrl });
  const db = database.dataSource;
  // A data set generated before a new migration gets its indexes now (and fresh statistics).
  const pending = await db.runMigrations({ transaction: "each" });
  if (pending.length) {
    console.log(`applied ${pending.map((m) => m.name).join(", ")}`);
    await db.query("ANALYZE");
  }
  const capture = new SqlCapture(db);
  const m = await largeMunicipality(db);
  const server = await startBenchServer(db, m.id);
  try {
    const results = [];
    for (const path of measuredPaths({ db, server, municipalityId: m.id }, !options.skipImport)) {
      results.push(await measureOne(path, capture));
    }
    console.log("\nPlans (each distinct statement once, with its first call's parameters):");
    for (const r of results) printPlans(r.name, await explainAll(db, r.statements));
  } finally {
    await server.server.stop();
    await database.close();
  }
}
