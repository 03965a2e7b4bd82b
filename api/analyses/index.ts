/**
 * Policy analyses over the stored registrations: the network-quadrant hypothesis over time.
 * They build on effects (case selection) and quadrants (placements and arrangement profiles).
 */
export { QuadrantHypothesisResolver } from "./quadrant-hypothesis.resolver";
export {
  MAX_LAG,
  MAX_LAGS,
  quadrantHypothesis,
  type HypothesisAnswer,
} from "./quadrant-hypothesis.service";
