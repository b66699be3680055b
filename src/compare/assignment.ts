// The optimal assignment (Hungarian algorithm, Jonker-Volgenant style with potentials): O(rows² × columns).

/**
 * Pairs each row with a distinct column so that the summed weight is as large as possible.
 * `weights[i][j]` is the gain of pairing row i with column j. Returns, for each row, its column, or -1
 * when there are more rows than columns and the row was left out.
 */
export function maxWeightAssignment(weights: readonly (readonly number[])[]): number[] {
  const rows = weights.length;
  const columns = rows === 0 ? 0 : weights[0].length;
  if (rows === 0 || columns === 0) return new Array<number>(rows).fill(-1);
  if (rows > columns) {
    // The algorithm needs rows ≤ columns: solve the transpose and turn the answer around.
    const transposed = Array.from({ length: columns }, (_, j) => weights.map((row) => row[j]));
    const byColumn = maxWeightAssignment(transposed);
    const result = new Array<number>(rows).fill(-1);
    byColumn.forEach((row, column) => {
      if (row >= 0) result[row] = column;
    });
    return result;
  }
  // Minimises cost = -weight. Arrays are 1-based; index 0 is the algorithm's virtual row/column.
  const u = new Float64Array(rows + 1);
  const v = new Float64Array(columns + 1);
  const rowOf = new Int32Array(columns + 1);
  const way = new Int32Array(columns + 1);
  const minimum = new Float64Array(columns + 1);
  const used = new Uint8Array(columns + 1);
  for (let i = 1; i <= rows; i++) {
    rowOf[0] = i;
    let column = 0;
    minimum.fill(Infinity);
    used.fill(0);
    do {
      used[column] = 1;
      const row = rowOf[column];
      const gains = weights[row - 1];
      let delta = Infinity;
      let next = 0;
      for (let j = 1; j <= columns; j++) {
        if (used[j]) continue;
        const reduced = -gains[j - 1] - u[row] - v[j];
        if (reduced < minimum[j]) {
          minimum[j] = reduced;
          way[j] = column;
        }
        if (minimum[j] < delta) {
          delta = minimum[j];
          next = j;
        }
      }
      for (let j = 0; j <= columns; j++) {
        if (used[j]) {
          u[rowOf[j]] += delta;
          v[j] -= delta;
        } else {
          minimum[j] -= delta;
        }
      }
      column = next;
    } while (rowOf[column] !== 0);
    do {
      const previous = way[column];
      rowOf[column] = rowOf[previous];
      column = previous;
    } while (column !== 0);
  }
  const result = new Array<number>(rows).fill(-1);
  for (let j = 1; j <= columns; j++) if (rowOf[j] !== 0) result[rowOf[j] - 1] = j - 1;
  return result;
}
