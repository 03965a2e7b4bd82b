import type { PlannedMove } from "./case-counts";
import type { ObservedArrangement } from "./observed";
import { randomIndex, seededRandom } from "./seeded-random";

/** Replicates of the bootstrap: enough for stable 2.5 % and 97.5 % quantiles. */
export const REALLOCATION_REPLICATES = 2000;
/** The fixed seed: the same question gets the same range, on every machine. */
export const REALLOCATION_SEED = 1403;

/** The projected difference (cost and social return, in cents) of each replicate. */
export interface Replicates {
  readonly cost: Float64Array;
  readonly socialReturn: Float64Array;
}

interface Side {
  readonly arrangement: ObservedArrangement;
  count: number;
}

function sides(
  plan: readonly PlannedMove[],
  pick: (move: PlannedMove) => [ObservedArrangement, number],
) {
  const byId = new Map<string, Side>();
  for (const move of plan) {
    const [arrangement, count] = pick(move);
    const side = byId.get(arrangement.id);
    if (side) side.count += count;
    else byId.set(arrangement.id, { arrangement, count });
  }
  return [...byId.values()];
}

/**
 * The bootstrap of the projected difference. In each replicate:
 * - the cases leaving an arrangement are a random set of its observed cases, drawn without
 *   replacement (which cases would move is unknown; when all move, the removal is certain);
 * - the cases joining an arrangement get the figures of its observed cases in two stages: its
 *   observed cases are first resampled with replacement (a bootstrap sample of the same size:
 *   the uncertainty of what its cases cost and return on average), and each joining case then
 *   takes the figures of one case drawn from that sample (the spread between cases). A range
 *   resting on few observed cases is therefore wide however many cases join.
 * Sums are of whole cents in doubles, exact below 2^53 (checked).
 */
export function bootstrapDifferences(
  plan: readonly PlannedMove[],
  replicates: number,
  seed: number,
): Replicates {
  const leaving = sides(plan, (move) => [move.source, move.casesMoved]);
  const joining = sides(plan, (move) => [move.target, move.casesReceived]);
  let bound = 0n;
  for (const side of [...leaving, ...joining])
    bound += BigInt(side.count) * side.arrangement.largest;
  if (bound > BigInt(Number.MAX_SAFE_INTEGER)) {
    throw new RangeError("internal: the moved amounts are too large to resample exactly");
  }
  const random = seededRandom(seed);
  const orders = leaving.map((side) =>
    Int32Array.from({ length: side.arrangement.cases }, (_, i) => i),
  );
  const samples = joining.map((side) => new Int32Array(side.arrangement.cases));
  const cost = new Float64Array(replicates);
  const socialReturn = new Float64Array(replicates);
  for (let replicate = 0; replicate < replicates; replicate += 1) {
    let costDifference = 0;
    let returnDifference = 0;
    leaving.forEach(({ arrangement, count }, s) => {
      // A partial Fisher–Yates shuffle: positions 0 … count − 1 become a uniform random subset.
      const order = orders[s];
      const n = arrangement.cases;
      for (let i = 0; i < count; i += 1) {
        const j = i + randomIndex(random, n - i);
        const picked = order[j];
        order[j] = order[i];
        order[i] = picked;
        costDifference -= arrangement.costs[picked];
        returnDifference -= arrangement.returns[picked];
      }
    });
    joining.forEach(({ arrangement, count }, s) => {
      // The resample is drawn lazily: slot j gets its observed case when first drawn.
      const sample = samples[s].fill(-1);
      const n = arrangement.cases;
      for (let i = 0; i < count; i += 1) {
        const slot = randomIndex(random, n);
        if (sample[slot] < 0) sample[slot] = randomIndex(random, n);
        costDifference += arrangement.costs[sample[slot]];
        returnDifference += arrangement.returns[sample[slot]];
      }
    });
    cost[replicate] = costDifference;
    socialReturn[replicate] = returnDifference;
  }
  return { cost, socialReturn };
}
