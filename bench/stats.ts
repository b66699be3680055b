// Small numeric helpers for the bench.

export function median(values: number[]): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
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
