// The optimal assignment (Hungarian algorithm, Jonker-Volgenant style with potentials): O(rows² × columns).

/**
 * Pairs each row with a distinct column so that the summed weight is as large as possible.
 * `weights[i][j]` is the gain of pairing row i with column j (rows of equal length). Returns, for each row,
 * its column, or -1 when there are more rows than columns and the row was left out.
 */
export function maxWeightAssignment(weights: readonly (readonly number[])[]): number[] {
  const rows = weights.length;
  const columns = weights[0]?.length ?? 0;
  const result = new Array<number>(rows).fill(-1);
  if (rows === 0 || columns === 0) return result;
  // The algorithm needs rows ≤ columns: a taller matrix is solved transposed. Costs are -weights, flat.
  const transposed = rows > columns;
  const n = transposed ? columns : rows;
  const m = transposed ? rows : columns;
  const cost = new Float64Array(n * m);
  weights.forEach((line, i) =>
    line.forEach((weight, j) => {
      cost[transposed ? j * m + i : i * m + j] = -weight;
    })
  );
  const rowOfColumn = solve(cost, n, m);
  rowOfColumn.forEach((row, column) => {
    if (row < 0) return;
    if (transposed) result[column] = row;
    else result[row] = column;
  });
  return result;
}

/** Minimises the summed cost of an n × m matrix (n ≤ m); for each column, its row, or -1. */
function solve(cost: Float64Array, n: number, m: number): number[] {
  // 1-based, as the algorithm is usually written: index 0 is its virtual row and column.
  const u = new Float64Array(n + 1);
  const v = new Float64Array(m + 1);
  const rowOf = new Int32Array(m + 1);
  const way = new Int32Array(m + 1);
  const minimum = new Float64Array(m + 1);
  const used = new Uint8Array(m + 1);
  for (let i = 1; i <= n; i++) {
    rowOf[0] = i;
    let column = 0;
    minimum.fill(Infinity);
    used.fill(0);
    do {
      used[column] = 1;
      const row = rowOf[column] ?? 0;
      const base = (row - 1) * m - 1;
      const potential = u[row] ?? 0;
      let delta = Infinity;
      let next = 0;
      for (let j = 1; j <= m; j++) {
        if (used[j]) continue;
        const reduced = (cost[base + j] ?? 0) - potential - (v[j] ?? 0);
        if (reduced < (minimum[j] ?? Infinity)) {
          minimum[j] = reduced;
          way[j] = column;
        }
        if ((minimum[j] ?? Infinity) < delta) {
          delta = minimum[j] ?? Infinity;
          next = j;
        }
      }
      for (let j = 0; j <= m; j++) {
        if (used[j]) {
          const r = rowOf[j] ?? 0;
          u[r] = (u[r] ?? 0) + delta;
          v[j] = (v[j] ?? 0) - delta;
        } else {
          minimum[j] = (minimum[j] ?? Infinity) - delta;
        }
      }
      column = next;
    } while (rowOf[column] !== 0);
    do {
      const previous = way[column] ?? 0;
      rowOf[column] = rowOf[previous] ?? 0;
      column = previous;
    } while (column !== 0);
  }
  return Array.from({ length: m }, (_, j) => (rowOf[j + 1] ?? 0) - 1);
}
