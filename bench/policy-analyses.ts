/**
 * Benchmark (not a test): the policy analyses at the size of a large municipality — the
 * network-quadrant hypothesis over 50 districts × 48 months, and the effect trend over the
 * same ~50,000 cases — on a fresh embedded database with the demo master data. Prints the
 * seeding time, per analysis the time of each run, its SQL statements and the peak memory.
 *   npm run bench:analyses [-- --repeat 3 --districts 50 --months 48]
 */
import "reflect-metadata";
import { openDatabase } from "../schema/data-source";
import { seedDemoData } from "../api/demo/demo";
import { PLATFORM_SCOPE } from "../api/platform/tenant-scope";
import { quadrantHypothesis } from "../api/analyses";
import { Quadrant, MODEL_B_ID } from "../schema/quadrant-model";
import { statementScope } from "../schema/statement-counter";
import { trendEffects } from "../api/effects/effect-trend.service";
import { EffectGroupBy } from "../schema/effect-comparison-types";
import { CohortGranularity } from "../schema/effect-trend-types";
import { seedAnalysisBench } from "./analysis-seed";

function option(name: string, fallback: number) {
  const at = process.argv.indexOf(`--${name}`);
  return at > 0 ? Number(process.argv[at + 1]) : fallback;
}

async function timed<T>(run: () => Promise<T>) {
  const tally = { count: 0 };
  const started = process.hrtime.bigint();
  const result = await statementScope.run(tally, run);
  return { result, ms: Number(process.hrtime.bigint() - started) / 1e6, statements: tally.count };
}

async function main() {
  const repeat = option("repeat", 3);
  const database = await openDatabase({ dataDir: "memory://" });
  const db = database.dataSource;
  await db.runMigrations({ transaction: "each" });
  console.log("seeding the demo data …");
  await seedDemoData(db);
  const [{ id: municipalityId }] = await db.query(
    "SELECT id FROM municipality WHERE code = 'GM0193'",
  );
  const seeding = await timed(() =>
    seedAnalysisBench(db, municipalityId, option("districts", 50), option("months", 48)),
  );
  const seed = seeding.result;
  console.log(
    `seeded ${seed.districts} districts × ${seed.months} months: ${seed.cases} cases, ${seed.activities} activities in ${(seeding.ms / 1000).toFixed(1)} s`,
  );
  let peak = process.memoryUsage().rss;
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 20);
  const quadrants = await db.getRepository(Quadrant).find({ where: { modelId: MODEL_B_ID } });
  for (let round = 1; round <= repeat; round += 1) {
    const run = await timed(() =>
      quadrantHypothesis(db, PLATFORM_SCOPE, {
        municipalityId,
        modelId: MODEL_B_ID,
        quadrants,
        filterQuadrants: [],
        filter: { municipalityId, teamId: seed.teamId, from: "2023-01-01", to: "2026-12-31" },
        lags: [0, 3, 6],
        granularity: "MONTH",
        unit: "DISTRICT",
        effort: "HOURS",
        demand: "NEW_CASES",
      }),
    );
    const three = run.result.result.lags[1].fixedEffects;
    console.log(
      `quadrantHypothesis run ${round}: ${run.ms.toFixed(0)} ms, ${run.statements} statements, ${run.result.panel.length} cells; slope at lag 3 ${three?.slope} (${three?.lower} to ${three?.upper})`,
    );
  }
  for (let round = 1; round <= repeat; round += 1) {
    const run = await timed(() =>
      trendEffects(db, PLATFORM_SCOPE, {
        municipalityId,
        groupBy: EffectGroupBy.DISTRICT,
        cohort: CohortGranularity.YEAR,
        filter: { municipalityId, teamId: seed.teamId },
        // The demo price list is valid from 2025: every cohort is valued as of that day.
        settings: { baseDate: "2025-01-01" },
      }),
    );
    const cohorts = run.result.groups.reduce((n, g) => n + g.cohorts.length, 0);
    console.log(
      `effectTrend run ${round}: ${run.ms.toFixed(0)} ms, ${run.statements} statements, ${run.result.comparison.cases} cases in ${run.result.groups.length} districts × ${cohorts / Math.max(1, run.result.groups.length)} cohorts; total NPV € ${run.result.total.npv}`,
    );
  }
  clearInterval(sampler);
  console.log(`peak RSS ${Math.round(peak / 2 ** 20)} MB (PGlite's WebAssembly heap included)`);
  await database.close();
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
