/**
 * Benchmark (not a test): 10,000 cases × 36 months with about 20 events each through the effect
 * calculator and the aggregation per group. Prints cases per second and peak memory.
 *   npm run bench:effect [-- --cases 10000]
 */
import {
  aggregateResults,
  calculateEffect,
  type EffectEvent,
  type EffectInput,
} from "../calculators/effect";

function prng(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PAYERS = ["GEM_WMO", "GEM_JEUGD", "GEM_PW", "ZVW", "WLZ", "WOCO"];

function caseInput(random: () => number): EffectInput {
  const events: EffectEvent[] = [];
  for (let e = 0; e < 20; e++) {
    const month = 1 + Math.floor(random() * 30);
    events.push({
      scenario: random() < 0.5 ? "INTERVENTION" : "REFERENCE",
      date: `${2025 + Math.floor((month - 1) / 12)}-${String(((month - 1) % 12) + 1).padStart(2, "0")}-01`,
      amount: (40 + Math.floor(random() * 9000) / 100).toFixed(2),
      quantity: String(1 + Math.floor(random() * 8)),
      recurMonths: random() < 0.3 ? 1 + Math.floor(random() * 6) : undefined,
      payer: PAYERS[Math.floor(random() * PAYERS.length)],
      confidence: random() < 0.2 ? "C" : "B",
    });
  }
  return {
    settings: { baseDate: "2025-01-01", horizonMonths: 36, discountRate: "0.0225" },
    events,
    outcomes: [
      {
        beneficiary: "INWONER",
        valueType: "SOCIAL",
        quantity: "1",
        proxy: String(500 + Math.floor(random() * 5000)),
        start: "2025-06-01",
        durationYears: 2,
        deadweight: "0.3",
        displacement: "0",
        attribution: "0.2",
        dropOff: "0.3",
      },
    ],
  };
}

function main() {
  const index = process.argv.indexOf("--cases");
  const cases = index > 0 ? Number(process.argv[index + 1]) : 10000;
  const random = prng(42);
  const inputs = Array.from({ length: cases }, () => caseInput(random));
  let peak = process.memoryUsage().rss;
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 50);
  const started = process.hrtime.bigint();
  const items = inputs.map((input, i) => ({
    group: `team-${i % 20}`,
    result: calculateEffect(input, { timeline: false }),
  }));
  const calculated = process.hrtime.bigint();
  const aggregate = aggregateResults(items);
  const finished = process.hrtime.bigint();
  clearInterval(sampler);
  peak = Math.max(peak, process.memoryUsage().rss);
  const seconds = Number(finished - started) / 1e9;
  console.log(`cases: ${cases} × 36 months, ${inputs[0].events!.length} events + 1 outcome each`);
  console.log(
    `calculate: ${(Number(calculated - started) / 1e9).toFixed(2)} s, aggregate: ${(Number(finished - calculated) / 1e9).toFixed(2)} s`,
  );
  console.log(
    `total: ${seconds.toFixed(2)} s = ${Math.round(cases / seconds)} cases/s (target: 10,000 cases under 2 s)`,
  );
  console.log(
    `peak RSS: ${(peak / 1024 / 1024).toFixed(0)} MB; total PV ${aggregate.total.presentValue}, ratio ${aggregate.total.sroiRatio}`,
  );
}

main();
