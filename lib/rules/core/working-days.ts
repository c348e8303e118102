/**
 * The working-day engine. Counting convention (DESIGN.md): the trigger day is day 0;
 * the Nth counted working day is the due date. Per profile (plus any call-level
 * closures, excluded months and pauses) a table of working days and prefix counts is
 * built once over a span of years and memoized, so a count is two array reads.
 */
import { bcStatutoryHolidays } from "./holidays-bc";
import { type CalendarProfile, type NonWorkingRule, rangeDays } from "./calendar-profile";
import { dayFromCivil, isoWeekday, yearOf, MIN_YEAR, MAX_YEAR, type DayNumber } from "./date";

export interface CalendarExtras {
  closures?: { from: DayNumber; to: DayNumber; name?: string }[];
  pauses?: { from: DayNumber; to: DayNumber; name?: string }[];
  excludeMonths?: number[];
}

const WORKING = 0;
const WEEKEND = 1;

class WorkingTable {
  base = 0;
  size = 0;
  /** per day: 0 working, 1 weekend, k ≥ 2 → reasons[k] */
  kind = new Uint16Array(0);
  /** number of working days in [base, base + i] */
  rank = new Int32Array(0);
  /** offsets (from base) of working days, ascending */
  working = new Int32Array(0);
  /** offsets of non-working weekdays, ascending */
  skippable = new Int32Array(0);
  reasons: string[] = ["", "weekend"];
  y0 = 0;
  y1 = -1;

  constructor(private readonly profile: CalendarProfile, private readonly extras: CalendarExtras) {}

  covers(day: DayNumber): boolean {
    return day >= this.base && day < this.base + this.size;
  }

  /** (Re)build for calendar years [y0, y1]. */
  build(y0: number, y1: number): void {
    y0 = Math.max(MIN_YEAR, y0);
    y1 = Math.min(MAX_YEAR + 1, y1);
    const base = dayFromCivil(y0, 1, 1);
    const size = dayFromCivil(y1 + 1, 1, 1) - base;
    const kind = new Uint16Array(size);
    const reasonIx = new Map<string, number>(this.reasons.map((r, i) => [r, i]));
    const reasons = this.reasons;
    const mark = (day: DayNumber, name: string) => {
      const i = day - base;
      if (i < 0 || i >= size || kind[i] !== WORKING) return;
      let k = reasonIx.get(name);
      if (k === undefined) {
        k = reasons.length;
        reasons.push(name);
        reasonIx.set(name, k);
      }
      kind[i] = k;
    };
    for (let i = 0; i < size; i++) if (isoWeekday(base + i) >= 6) kind[i] = WEEKEND;
    const { profile, extras } = this;
    for (let y = y0; y <= y1; y++) {
      if (profile.bcStatutory) for (const h of bcStatutoryHolidays(y)) mark(h.day, h.name);
      for (const r of profile.rules as NonWorkingRule[]) for (const d of r.days(y)) mark(d, r.name);
    }
    for (const c of profile.closures) {
      const [a, b] = rangeDays(c);
      for (let d = a; d <= b; d++) mark(d, c.name ?? "district closure");
    }
    for (const c of extras.closures ?? []) for (let d = c.from; d <= c.to; d++) mark(d, c.name ?? "district closure");
    for (const p of extras.pauses ?? []) for (let d = p.from; d <= p.to; d++) mark(d, p.name ?? "pause");
    const months = new Set([...profile.excludeMonths, ...(extras.excludeMonths ?? [])]);
    if (months.size) {
      const MONTH_NAMES = ["", "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
      for (let y = y0; y <= y1; y++)
        for (const m of months) {
          const a = dayFromCivil(y, m, 1), b = m === 12 ? dayFromCivil(y + 1, 1, 1) - 1 : dayFromCivil(y, m + 1, 1) - 1;
          for (let d = a; d <= b; d++) mark(d, `${MONTH_NAMES[m]} excluded`);
        }
    }
    const rank = new Int32Array(size);
    let count = 0, nSkip = 0;
    for (let i = 0; i < size; i++) {
      if (kind[i] === WORKING) count++;
      else if (kind[i] !== WEEKEND) nSkip++;
      rank[i] = count;
    }
    const working = new Int32Array(count);
    const skippable = new Int32Array(nSkip);
    for (let i = 0, w = 0, s = 0; i < size; i++) {
      if (kind[i] === WORKING) working[w++] = i;
      else if (kind[i] !== WEEKEND) skippable[s++] = i;
    }
    Object.assign(this, { base, size, kind, rank, working, skippable, y0, y1 });
  }

  ensure(day: DayNumber): void {
    if (this.covers(day)) return;
    const y = yearOf(day);
    this.build(Math.min(y - 1, this.size ? this.y0 : y - 1), Math.max(y + 10, this.size ? this.y1 : y + 10));
  }
}

export interface CountResult {
  due: DayNumber;
  /** Non-working weekdays passed over in (from, due], with their reasons. */
  skipped: { day: DayNumber; reason: string }[];
}

/** One calendar engine per profile and extras; memoized by key. */
export class WorkingCalendar {
  private readonly table: WorkingTable;
  constructor(readonly profile: CalendarProfile, extras: CalendarExtras = {}) {
    this.table = new WorkingTable(profile, extras);
  }

  isWorkingDay(day: DayNumber): boolean {
    this.table.ensure(day);
    return this.table.kind[day - this.table.base] === WORKING;
  }

  /** Why `day` is not a working day ("weekend", "Thanksgiving", …), or null. */
  reason(day: DayNumber): string | null {
    this.table.ensure(day);
    const k = this.table.kind[day - this.table.base];
    return k === WORKING ? null : this.table.reasons[k];
  }

  /** The nth working day after `from` (from = day 0; n = 0 returns from). */
  add(from: DayNumber, n: number): CountResult {
    const t = this.table;
    t.ensure(from);
    if (n === 0) return { due: from, skipped: [] };
    let target = t.rank[from - t.base] + n - 1;
    while (target >= t.working.length) {
      const before = t.working.length;
      t.build(t.y0, t.y1 + Math.max(10, t.y1 - t.y0));
      if (t.working.length === before) throw new RangeError("working-day count runs past the supported years");
      target = t.rank[from - t.base] + n - 1;
    }
    const dueOff = t.working[target];
    const fromOff = from - t.base;
    const skipped: { day: DayNumber; reason: string }[] = [];
    const sk = t.skippable;
    let lo = 0, hi = sk.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (sk[mid] <= fromOff) lo = mid + 1;
      else hi = mid;
    }
    for (let i = lo; i < sk.length && sk[i] < dueOff; i++) skipped.push({ day: t.base + sk[i], reason: t.reasons[t.kind[sk[i]]] });
    return { due: t.base + dueOff, skipped };
  }

  /**
   * The nth working day before `to` (to = day 0), e.g. the latest date for a notice due
   * "n working days before" `to`; skipped lists non-working weekdays in [result, to).
   */
  sub(to: DayNumber, n: number): CountResult {
    const t = this.table;
    t.ensure(to);
    t.ensure(to - 1);
    if (n === 0) return { due: to, skipped: [] };
    let idx = t.rank[to - 1 - t.base] - n;
    while (idx < 0) {
      if (t.y0 <= MIN_YEAR) throw new RangeError("working-day count runs before the supported years");
      t.build(t.y0 - Math.max(10, t.y1 - t.y0), t.y1);
      idx = t.rank[to - 1 - t.base] - n;
    }
    const dueOff = t.working[idx];
    const skipped: { day: DayNumber; reason: string }[] = [];
    for (let o = dueOff + 1; o < to - t.base; o++) {
      const k = t.kind[o];
      if (k !== WORKING && k !== WEEKEND) skipped.push({ day: t.base + o, reason: t.reasons[k] });
    }
    return { due: t.base + dueOff, skipped };
  }

  /** Working days in (a, b]: how many counted days lie after a up to and including b. */
  countBetween(a: DayNumber, b: DayNumber): number {
    const t = this.table;
    t.ensure(a);
    t.ensure(b);
    return t.rank[b - t.base] - t.rank[a - t.base];
  }
}

const memo = new WeakMap<CalendarProfile, Map<string, WorkingCalendar>>();
const MEMO_LIMIT = 256;

/** The memoized engine for a profile, with optional call-level closures, pauses and months. */
export function workingCalendar(profile: CalendarProfile, extras?: CalendarExtras): WorkingCalendar {
  const hasExtras = !!extras && !!(extras.closures?.length || extras.pauses?.length || extras.excludeMonths?.length);
  const key = hasExtras ? JSON.stringify(extras) : "";
  let byKey = memo.get(profile);
  if (!byKey) memo.set(profile, (byKey = new Map()));
  let cal = byKey.get(key);
  if (!cal) {
    if (byKey.size >= MEMO_LIMIT) byKey.delete(byKey.keys().next().value as string);
    cal = new WorkingCalendar(profile, hasExtras ? extras : {});
    byKey.set(key, cal);
  }
  return cal;
}
