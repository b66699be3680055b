// The optimal assignment: Jonker and Volgenant's shortest augmenting path algorithm (LAPJV, 1987) on a dense
// square matrix of integer costs. O(n³) at worst, far less in practice: column reduction and two rounds of
// augmenting row reduction assign most rows cheaply, and each remaining row needs one shortest path search.

/**
 * Cells the search may visit (about 2 s of a runner's core) before it gives up: O(n³) at worst is 8 × 10⁹ cells
 * for 2,000 rows, while real tables (rows with a clear partner) and even random weights need under 10⁸.
 */
const ASSIGNMENT_WORK = 1_000_000_000;

/**
 * Pairs each row with a distinct column so that the summed weight is as large as possible. `weights` is
 * rows × columns, row after row, of integers ≥ 0. Returns, for each row, its column, or -1 when there are more
 * rows than columns and the row was left out; undefined when the search needed more than `work` cells.
 */
export function maxWeightAssignment(weights: Int32Array, rows: number, columns: number, work = ASSIGNMENT_WORK): Int32Array | undefined {
  const result = new Int32Array(rows).fill(-1);
  if (rows === 0 || columns === 0) return result;
  // Square, padded with pairs of weight 0; maximising weight is minimising (most - weight).
  const n = Math.max(rows, columns);
  let most = 0;
  for (const weight of weights) if (weight > most) most = weight;
  const cost = new Int32Array(n * n).fill(most);
  for (let i = 0; i < rows; i++) {
    for (let j = 0; j < columns; j++) cost[i * n + j] = most - (weights[i * columns + j] ?? 0);
  }
  const columnOf = solve(cost, n, { left: work });
  if (!columnOf) return undefined;
  for (let i = 0; i < rows; i++) {
    const j = columnOf[i] ?? -1;
    if (j < columns) result[i] = j;
  }
  return result;
}

/** What the search may still visit; each loop over a row of the matrix takes its length from it. */
interface Budget {
  left: number;
}

/** Minimises the summed cost of an n × n matrix; for each row, its column (undefined past the budget). */
function solve(cost: Int32Array, n: number, budget: Budget): Int32Array | undefined {
  const columnOf = new Int32Array(n).fill(-1);
  const rowOf = new Int32Array(n).fill(-1);
  const price = new Float64Array(n);
  const matches = new Int32Array(n);
  const free = new Int32Array(n);
  // Column reduction: each column's cheapest row takes it, when that row has no cheaper column yet.
  for (let j = n - 1; j >= 0; j--) {
    let min = cost[j] as number;
    let best = 0;
    for (let i = 1; i < n; i++) {
      const c = cost[i * n + j] as number;
      if (c < min) {
        min = c;
        best = i;
      }
    }
    price[j] = min;
    matches[best] = (matches[best] as number) + 1;
    if (matches[best] === 1) {
      columnOf[best] = j;
      rowOf[j] = best;
    } else if (min < (price[columnOf[best] as number] as number)) {
      rowOf[columnOf[best] as number] = -1;
      columnOf[best] = j;
      rowOf[j] = best;
    }
  }
  // Reduction transfer: a row that got one column makes it as cheap as its second-best choice allows.
  let freeCount = 0;
  for (let i = 0; i < n; i++) {
    if (matches[i] === 0) {
      free[freeCount++] = i;
    } else if (matches[i] === 1 && columnOf[i] !== -1) {
      const own = columnOf[i] as number;
      let min = Infinity;
      for (let j = 0; j < n; j++) if (j !== own) min = Math.min(min, (cost[i * n + j] as number) - (price[j] as number));
      if (min !== Infinity) price[own] = (price[own] as number) - min;
    } else if (columnOf[i] === -1) {
      free[freeCount++] = i;
    }
  }
  freeCount = augmentingRowReduction(cost, n, price, columnOf, rowOf, free, freeCount);
  freeCount = augmentingRowReduction(cost, n, price, columnOf, rowOf, free, freeCount);
  for (let f = 0; f < freeCount; f++) {
    if (!augment(cost, n, price, columnOf, rowOf, free[f] as number, budget)) return undefined;
  }
  return columnOf;
}

/**
 * Each free row takes its cheapest column (pushing out that column's row) and lowers that column's price to its
 * second-cheapest reduced cost, so the evicted row looks elsewhere. Bounded at n² steps a round: the free rows
 * left then go to the augmentation, which is exact whatever state this leaves.
 */
function augmentingRowReduction(
  cost: Int32Array,
  n: number,
  price: Float64Array,
  columnOf: Int32Array,
  rowOf: Int32Array,
  free: Int32Array,
  freeCount: number
): number {
  const previous = freeCount;
  let next = 0;
  let k = 0;
  let steps = 0;
  while (k < previous) {
    if (++steps > n * n) {
      // Keep the rows not yet looked at.
      while (k < previous) free[next++] = free[k++] as number;
      break;
    }
    const i = free[k++] as number;
    const base = i * n;
    let first = (cost[base] as number) - (price[0] as number);
    let firstColumn = 0;
    let second = Infinity;
    let secondColumn = -1;
    for (let j = 1; j < n; j++) {
      const reduced = (cost[base + j] as number) - (price[j] as number);
      if (reduced < second) {
        if (reduced >= first) {
          second = reduced;
          secondColumn = j;
        } else {
          second = first;
          secondColumn = firstColumn;
          first = reduced;
          firstColumn = j;
        }
      }
    }
    let column = firstColumn;
    let evicted = rowOf[column] as number;
    if (first < second) {
      price[column] = (price[column] as number) - (second - first);
    } else if (evicted > -1 && secondColumn > -1) {
      column = secondColumn;
      evicted = rowOf[column] as number;
    }
    columnOf[i] = column;
    rowOf[column] = i;
    if (evicted > -1) {
      columnOf[evicted] = -1;
      // Looked at again at once when the price fell, so the search goes on from the row pushed out.
      if (first < second) free[--k] = evicted;
      else free[next++] = evicted;
    }
  }
  return next;
}

/**
 * A shortest augmenting path from a free row (Dijkstra over reduced costs, ties taken together), then prices
 * updated; false, changing nothing, when the budget runs out first.
 */
function augment(
  cost: Int32Array,
  n: number,
  price: Float64Array,
  columnOf: Int32Array,
  rowOf: Int32Array,
  start: number,
  budget: Budget
): boolean {
  const distance = new Float64Array(n);
  const predecessor = new Int32Array(n).fill(start);
  const columns = new Int32Array(n);
  for (let j = 0; j < n; j++) {
    distance[j] = (cost[start * n + j] as number) - (price[j] as number);
    columns[j] = j;
  }
  // columns[0, low): done; [low, up): at the current minimum distance; [up, n): still to reach.
  let low = 0;
  let up = 0;
  let last = 0;
  let min = 0;
  let end = -1;
  while (end < 0) {
    budget.left -= n;
    if (budget.left < 0) return false;
    if (up === low) {
      last = low - 1;
      min = distance[columns[up] as number] as number;
      up++;
      for (let k = up; k < n; k++) {
        const j = columns[k] as number;
        const d = distance[j] as number;
        if (d <= min) {
          if (d < min) {
            up = low;
            min = d;
          }
          columns[k] = columns[up] as number;
          columns[up++] = j;
        }
      }
      for (let k = low; k < up; k++) {
        const j = columns[k] as number;
        if ((rowOf[j] as number) < 0) {
          end = j;
          break;
        }
      }
      if (end >= 0) break;
    }
    const reached = columns[low++] as number;
    const i = rowOf[reached] as number;
    const base = i * n;
    const h = (cost[base + reached] as number) - (price[reached] as number) - min;
    for (let k = up; k < n; k++) {
      const j = columns[k] as number;
      const d = (cost[base + j] as number) - (price[j] as number) - h;
      if (d < (distance[j] as number)) {
        predecessor[j] = i;
        if (d === min) {
          if ((rowOf[j] as number) < 0) {
            end = j;
            break;
          }
          columns[k] = columns[up] as number;
          columns[up++] = j;
        }
        distance[j] = d;
      }
    }
  }
  for (let k = 0; k <= last; k++) {
    const j = columns[k] as number;
    price[j] = (price[j] as number) + (distance[j] as number) - min;
  }
  for (;;) {
    const i = predecessor[end] as number;
    rowOf[end] = i;
    const previous = columnOf[i] as number;
    columnOf[i] = end;
    if (i === start) break;
    end = previous;
  }
  return true;
}
