/**
 * Policy analyses over the stored registrations: the network-quadrant hypothesis over time and
 * the effect benchmark between municipalities. They build on effects (case selection, the
 * comparison) and quadrants (placements and arrangement profiles).
 */
export { EffectBenchmarkResolver } from "./effect-benchmark.resolver";
export { QuadrantHypothesisResolver } from "./quadrant-hypothesis.resolver";
export {
  MAX_LAG,
  MAX_LAGS,
  quadrantHypothesis,
  type HypothesisAnswer,
} from "./quadrant-hypothesis.service";
