// Maximum-weight bipartite assignment (Hungarian method), used to pair gold events
// with predictions so that each side is used at most once and the pairing is the
// best possible overall, not just the first one a greedy pass finds.

/**
 * `weight[r][c]` > 0 is an allowed pair, anything else is forbidden. Returns for every
 * row the chosen column or -1, maximising the total weight of the chosen pairs.
 */
export function maxWeightAssignment(weight: number[][], cols: number): number[] {
  const n = weight.length;
  if (n === 0) return [];
  // Square-ish cost matrix: every row may also take its own dummy column (cost 0),
  // so rows are never forced onto a forbidden pair.
  const m = cols + n;
  const FORBIDDEN = 1e15;
  const cost = (r: number, c: number): number => {
    if (c >= cols) return c - cols === r ? 0 : FORBIDDEN;
    const w = weight[r][c];
    return w > 0 ? -w : FORBIDDEN;
  };
  // e-maxx formulation, 1-based, rows <= columns.
  const u = new Float64Array(n + 1);
  const v = new Float64Array(m + 1);
  const p = new Int32Array(m + 1); // p[col] = row assigned to col
  const way = new Int32Array(m + 1);
  for (let i = 1; i <= n; i++) {
    p[0] = i;
    let j0 = 0;
    const minv = new Float64Array(m + 1).fill(Infinity);
    const used = new Uint8Array(m + 1);
    do {
      used[j0] = 1;
      const i0 = p[j0];
      let delta = Infinity;
      let j1 = 0;
      for (let j = 1; j <= m; j++) {
        if (used[j]) continue;
        const cur = cost(i0 - 1, j - 1) - u[i0] - v[j];
        if (cur < minv[j]) {
          minv[j] = cur;
          way[j] = j0;
        }
        if (minv[j] < delta) {
          delta = minv[j];
          j1 = j;
        }
      }
      for (let j = 0; j <= m; j++) {
        if (used[j]) {
          u[p[j]] += delta;
          v[j] -= delta;
        } else minv[j] -= delta;
      }
      j0 = j1;
    } while (p[j0] !== 0);
    do {
      const j1 = way[j0];
      p[j0] = p[j1];
      j0 = j1;
    } while (j0);
  }
  const result = new Array<number>(n).fill(-1);
  for (let j = 1; j <= cols; j++) if (p[j] > 0 && weight[p[j] - 1][j - 1] > 0) result[p[j] - 1] = j - 1;
  return result;
}
