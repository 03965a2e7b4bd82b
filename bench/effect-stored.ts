/**
 * Benchmark (not a test): effect comparisons over stored cases — the demo data of five
 * municipalities (about 2,900 cases, 23,000 activities) seeded into a fresh embedded database,
 * then `compareEffects` per municipality and grouping, as the effectComparison query runs it.
 * Prints cases per second, SQL statements per comparison and peak memory.
 *   npm run bench:effect-stored [-- --repeat 3]
 */
import "reflect-metadata";
import { openDatabase } from "../schema/data-source";
import { seedDemoData } from "../api/demo/demo";
import { PLATFORM_SCOPE } from "../api/platform/tenant-scope";
import { compareEffects } from "../api/effects/effect-comparison.service";
import { EffectGroupBy } from "../schema/effect-comparison-types";
import { statementScope } from "../schema/statement-counter";

async function main() {
  const at = process.argv.indexOf("--repeat");
  const repeat = at > 0 ? Number(process.argv[at + 1]) : 1;
  const database = await openDatabase({ dataDir: "memory://" });
  const db = database.dataSource;
  await db.runMigrations({ transaction: "each" });
  console.log("seeding the demo data …");
  await seedDemoData(db);
  const municipalities: { id: string; name: string }[] = await db.query(
    "SELECT id, name FROM municipality ORDER BY name",
  );
  let peak = process.memoryUsage().rss;
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 20);
  let cases = 0;
  const started = process.hrtime.bigint();
  for (let round = 0; round < repeat; round += 1) {
    for (const groupBy of Object.values(EffectGroupBy)) {
      for (const m of municipalities) {
        const tally = { count: 0 };
        const result = await statementScope.run(tally, () =>
          compareEffects(db, PLATFORM_SCOPE, { municipalityId: m.id, groupBy }),
        );
        cases += result.cases;
        if (round === 0 && groupBy === EffectGroupBy.ARRANGEMENT) {
          console.log(
            `${m.name.padEnd(20)} ${String(result.cases).padStart(5)} cases  ${String(tally.count).padStart(2)} statements  NPV € ${result.total.npv}  SROI ${result.total.sroiRatio}`,
          );
        }
      }
    }
  }
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  clearInterval(sampler);
  peak = Math.max(peak, process.memoryUsage().rss);
  console.log(
    `${cases} case results (${repeat} × 4 groupings × ${municipalities.length} municipalities) in ${seconds.toFixed(2)} s: ${Math.round(cases / seconds)} cases/s`,
  );
  console.log(`peak RSS ${Math.round(peak / 2 ** 20)} MB (PGlite's WebAssembly heap included)`);
  await database.close();
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
