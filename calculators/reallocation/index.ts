/**
 * What-if reallocation (issue 14, part 3): a share of one arrangement's cases (or of its hours)
 * moved to another arrangement, projected with each arrangement's observed per-case costs and
 * returns, with a range from a seeded bootstrap over their observed cases. Exact cents, rounded
 * once; the moves add up to the difference. Pure: plain data in, plain data out. See README.md.
 */
export { REALLOCATION_REPLICATES, REALLOCATION_SEED } from "./bootstrap";
export { ReallocationInputError } from "./errors";
export { projectReallocation } from "./project";
export { HIGH_QUANTILE, LOW_QUANTILE } from "./quantile-range";
export { MAX_REALLOCATION_MOVES, validateMoves } from "./validate-moves";
export * from "./types";
