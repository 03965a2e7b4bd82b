/**
 * A small seeded generator (mulberry32): the same seed gives the same sequence on every machine,
 * so the bootstrap's range is the same for the same question. Not for anything secret.
 */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A whole number from 0 to n − 1, uniformly. */
export function randomIndex(random: () => number, n: number): number {
  return Math.floor(random() * n);
}
