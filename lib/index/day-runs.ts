// Day runs: where the articles an incremental apply appended sit among the ordinals. A built index numbers its
// articles by day, so the header's day table (build.ts dayTable) finds a day's articles as one range of ordinals;
// an apply adds each delta's new articles after every ordinal already used (renumbering would rewrite the whole
// index), sorted by day, and records each day's range as a run. The ranker's date window and the first and last
// dated day read the runs beside the day table.
import type { IndexHeader } from './format.js';

/** Ordinals from `start` (up to the next run's start, or the header's `ordinals`) published on `day` (null: undated). */
export interface DayRun {
  day: number | null;
  start: number;
}

export function encodeRuns(runs: readonly DayRun[]): string {
  return runs.map((r) => `${r.day === null ? '_' : r.day.toString(36)}:${r.start.toString(36)}`).join(',');
}

export function decodeRuns(text: string | undefined): DayRun[] {
  if (!text) return [];
  return text.split(',').map((part) => {
    const [d, s] = part.split(':') as [string, string];
    return { day: d === '_' ? null : Number.parseInt(d, 36), start: Number.parseInt(s, 36) };
  });
}

let cache: { text: string; runs: DayRun[] } | null = null;
/** The header's runs, decoded once per index (the ranker reads them on every query). */
export function runsOf(header: IndexHeader | null): DayRun[] {
  const text = header?.runs;
  if (!text) return [];
  if (cache?.text !== text) cache = { text, runs: decodeRuns(text) };
  return cache.runs;
}

/** Ordinal ranges [lo, hi) of the runs published within `window` days of `day`. */
export function runRanges(header: IndexHeader | null, day: number, window: number): [number, number][] {
  const runs = runsOf(header);
  const end = header?.ordinals ?? 0;
  const out: [number, number][] = [];
  runs.forEach((r, i) => {
    if (r.day === null || Math.abs(r.day - day) > window) return;
    const hi = runs[i + 1]?.start ?? end;
    const last = out[out.length - 1];
    if (last && last[1] === r.start) last[1] = hi;
    else out.push([r.start, hi]);
  });
  return out;
}

/** First and last dated day of the runs, merged with the day table's span, or null when neither has one. */
export function withRunSpan(span: [number, number] | null, header: IndexHeader | null): [number, number] | null {
  let out = span;
  for (const r of runsOf(header)) {
    if (r.day === null) continue;
    out = out ? [Math.min(out[0], r.day), Math.max(out[1], r.day)] : [r.day, r.day];
  }
  return out;
}

/** The run a new article's ordinal `n` of day `day` continues, or a new one. Runs stay in ordinal order. */
export function appendRun(runs: DayRun[], day: number | null, n: number): void {
  const last = runs[runs.length - 1];
  if (!last || last.day !== day) runs.push({ day, start: n });
}
