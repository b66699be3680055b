// Small numeric helpers for the bench.

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  const upper = sorted[mid];
  const lower = sorted[mid - 1];
  // No values, no median.
  if (upper === undefined) return NaN;
  return sorted.length % 2 || lower === undefined ? upper : (lower + upper) / 2;
}

export function range(values: number[]): [number, number] {
  return values.length ? [Math.min(...values), Math.max(...values)] : [NaN, NaN];
}

export function seconds(ms: number, digits = 2): string {
  return Number.isFinite(ms) ? `${(ms / 1000).toFixed(digits)} s` : 'n/a';
}

export function mib(bytes: number): string {
  return Number.isFinite(bytes) ? `${(bytes / 1024 / 1024).toFixed(bytes < 10 * 1024 * 1024 ? 1 : 0)} MiB` : 'n/a';
}

export function ratio(a: number, b: number): string {
  return Number.isFinite(a) && Number.isFinite(b) && b > 0 ? `${(a / b).toFixed(2)}×` : 'n/a';
}
