// Durations as workflow authors write them: `90` (seconds), `90s`, `15m`, `1h`, `1h30m`, `500ms`.

const UNIT_MS = { ms: 1, s: 1000, m: 60_000, h: 3_600_000 };
const PART = /(\d+(?:\.\d+)?)(ms|s|m|h)/gy;

/** Milliseconds for `text`, or undefined when it is not a duration. */
export function parseDuration(text: string): number | undefined {
  const value = text.trim().toLowerCase();
  if (/^\d+(\.\d+)?$/.test(value)) return Math.round(Number(value) * 1000);
  if (value === '') return undefined;
  let total = 0;
  let consumed = 0;
  // Sticky: the parts run back to back from the start; matchAll works on its own copy of PART.
  for (const match of value.matchAll(PART)) {
    // PART's second group matches only the units UNIT_MS names.
    total += Number(match[1]) * UNIT_MS[match[2] as keyof typeof UNIT_MS];
    consumed = match.index + match[0].length;
  }
  return consumed === value.length ? Math.round(total) : undefined;
}

/** `95000` → `1m 35s`; `1500` → `1.5s`: short, for log lines and the summary. */
export function formatDuration(ms: number): string {
  if (ms < 60_000) return `${Number((ms / 1000).toFixed(1))}s`;
  const totalSeconds = Math.round(ms / 1000);
  const hours = Math.floor(totalSeconds / 3600);
  const minutes = Math.floor((totalSeconds % 3600) / 60);
  const seconds = String(totalSeconds % 60).padStart(2, '0');
  return hours > 0 ? `${hours}h ${String(minutes).padStart(2, '0')}m ${seconds}s` : `${minutes}m ${seconds}s`;
}

/** Milliseconds between two ISO timestamps (a job's created_at and updated_at), when both are readable. */
export function elapsedMs(from?: string, to?: string): number | undefined {
  const ms = Date.parse(to ?? '') - Date.parse(from ?? '');
  return Number.isFinite(ms) && ms >= 0 ? ms : undefined;
}
