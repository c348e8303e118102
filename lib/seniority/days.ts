import { formatIsoDate, isoWeekday, tryParseIsoDate, type DayNumber } from "@/lib/rules/core";

/** ISO date → day number; throws on a malformed date (callers validate first). */
export function day(iso: string): DayNumber {
  const d = tryParseIsoDate(iso);
  if (d === null) throw new Error(`not a date: ${iso}`);
  return d;
}
export const iso = (d: DayNumber) => formatIsoDate(d);

/** Monday–Friday days in [a, b] inclusive, in constant time. */
export function weekdays(a: DayNumber, b: DayNumber): number {
  if (b < a) return 0;
  const n = b - a + 1;
  const full = Math.floor(n / 7);
  let count = full * 5;
  let wd = isoWeekday(a + full * 7);
  for (let k = full * 7; k < n; k++) {
    if (wd <= 5) count++;
    wd = wd === 7 ? 1 : wd + 1;
  }
  return count;
}

/** [from, to] minus a set of spans, as disjoint spans. */
export function subtract(span: [DayNumber, DayNumber], cuts: Array<[DayNumber, DayNumber]>): Array<[DayNumber, DayNumber]> {
  let parts: Array<[DayNumber, DayNumber]> = [span];
  for (const [c0, c1] of cuts) {
    const next: Array<[DayNumber, DayNumber]> = [];
    for (const [a, b] of parts) {
      if (c1 < a || c0 > b) { next.push([a, b]); continue; }
      if (c0 > a) next.push([a, c0 - 1]);
      if (c1 < b) next.push([c1 + 1, b]);
    }
    parts = next;
  }
  return parts;
}
