/**
 * Ranks 1…n of the values, tied values sharing the average of the ranks they span
 * ([10, 20, 20, 30] → [1, 2.5, 2.5, 4]), as Spearman's rho with ties needs.
 */
export function averageRanks(values: readonly number[]): number[] {
  const order = values.map((value, index) => ({ value, index })).sort((a, b) => a.value - b.value);
  const ranks = new Array<number>(values.length);
  let start = 0;
  while (start < order.length) {
    let end = start;
    while (end + 1 < order.length && order[end + 1].value === order[start].value) end += 1;
    // Positions start…end (0-based) hold ranks start+1 … end+1; their mean:
    const rank = (start + end) / 2 + 1;
    for (let k = start; k <= end; k += 1) ranks[order[k].index] = rank;
    start = end + 1;
  }
  return ranks;
}
