// Article 19.02 overtime for one calendar week (Sunday–Saturday by default, A32; or the
// employer's Monday–Sunday week, `weekStart: "monday"`), with 19.01(c)
// Sundays, 21.04 holidays worked, 21.03 holiday weeks (A2), 18.03(a) original days off
// and the 18.02(a) straight-time extension (A1). Each pay line (a day × a multiplier)
// is rounded half up to the cent; the total is the sum of the lines (spec §0.3).
import { z } from "zod";
import { isoWeekday, yearOf, formatIsoDate, WEEKDAY_NAMES, type DayNumber } from "../core/date";
import { InputError } from "../core/errors";
import { Trace, type Explanation } from "../core/explain";
import { formatCents } from "../core/money";
import { divRoundHalfUp } from "../core/int-round";
import { isoDay, fastDay, parseHot, plainWithKeys, fastHours, fastCents, positiveCents, hours, minutesOf, fmtHours } from "./input";
import { SHIFT_GROUPS, SHIFT_ARTICLES } from "./shift-groups";
import { sd71HolidayOn } from "./holidays";
import { SD71_POLICIES } from "./interpretations";

const dayInput = z.strictObject({
  date: isoDay,
  hours: hours.refine((h) => h <= 24, "a day has at most 24 hours"),
  /** 18.02(a): extra hours up to 8 authorized in advance by the supervisor (A1). */
  straightTimeAuthorized: z.boolean().optional(),
  /** 18.03(a): work on an original day off moved without the required notice. */
  originalDayOffWithoutNotice: z.boolean().optional(),
});
const input = z.strictObject({
  shiftArticle: z.enum(SHIFT_ARTICLES),
  rateCents: positiveCents,
  days: z.array(dayInput).min(1).max(7),
  /** Other days declared a holiday (21.01 "any other day") or agreed in lieu (21.04, 21.05). */
  extraHolidays: z.array(isoDay).optional(),
  /** First day of the employer's overtime week (A32): Sunday (default) or Monday. */
  weekStart: z.enum(["sunday", "monday"]).optional(),
  policies: SD71_POLICIES.schema.optional(),
});
export type Sd71OvertimeInput = z.input<typeof input>;

export type OvertimeKind = "straight" | "daily" | "weekly" | "sunday" | "holiday" | "dayOff";
export interface OvertimeLine {
  date: string;
  kind: OvertimeKind;
  hours: number;
  multiplier: 1 | 1.5 | 2;
  cents: number;
  cite: string;
}
export interface Sd71OvertimeResult extends Explanation {
  totalCents: number;
  lines: OvertimeLine[];
  hoursAt: { "1": number; "1.5": number; "2": number };
  weeklyThresholds: { at1_5: number; at2: number };
  holidaysInWeek: string[];
}

const MULT: Record<1 | 1.5 | 2, [number, number]> = { 1: [1, 60], 1.5: [3, 120], 2: [2, 60] };

type Parsed = z.output<typeof input>;
const TOP_KEYS = new Set(["shiftArticle", "rateCents", "days", "extraHolidays", "weekStart", "policies"]);
const DAY_KEYS = new Set(["date", "hours", "straightTimeAuthorized", "originalDayOffWithoutNotice"]);
const optBool = (b: unknown) => b === undefined || typeof b === "boolean";
/** The common valid shape without zod (no policies, no extra holidays); null sends it to zod. */
function fastInput(raw: unknown): Parsed | null {
  if (!plainWithKeys(raw, TOP_KEYS) || raw.policies !== undefined || raw.extraHolidays !== undefined) return null;
  if (raw.weekStart !== undefined && raw.weekStart !== "sunday" && raw.weekStart !== "monday") return null;
  if (typeof raw.shiftArticle !== "string" || !Object.hasOwn(SHIFT_GROUPS, raw.shiftArticle) || !fastCents(raw.rateCents)) return null;
  const days = raw.days;
  if (!Array.isArray(days) || days.length < 1 || days.length > 7) return null;
  const out: Parsed["days"] = [];
  for (const d of days) {
    if (!plainWithKeys(d, DAY_KEYS) || !fastHours(d.hours) || d.hours > 24 || !optBool(d.straightTimeAuthorized) || !optBool(d.originalDayOffWithoutNotice)) return null;
    const date = fastDay(d.date);
    if (date === null) return null;
    out.push({ date, hours: d.hours, straightTimeAuthorized: d.straightTimeAuthorized as boolean | undefined, originalDayOffWithoutNotice: d.originalDayOffWithoutNotice as boolean | undefined });
  }
  return { shiftArticle: raw.shiftArticle as Parsed["shiftArticle"], rateCents: raw.rateCents, days: out, extraHolidays: undefined, weekStart: raw.weekStart as Parsed["weekStart"], policies: undefined };
}

/** The 21.01 holidays (and declared or agreed days) of the week starting on `sunday` (or the Monday that starts it). */
const weekHolidayCache = new Map<DayNumber, string[]>();
function holidayName(d: DayNumber, extra: ReadonlySet<DayNumber> | null): string | null {
  if (extra !== null && extra.has(d)) return "declared or agreed holiday";
  const h = sd71HolidayOn(d, yearOf(d));
  return h === null ? null : h.name;
}
function weekHolidays(sunday: DayNumber, extra: ReadonlySet<DayNumber> | null): string[] {
  const hit = extra === null ? weekHolidayCache.get(sunday) : undefined;
  if (hit !== undefined) return hit;
  const out: string[] = [];
  for (let d = sunday; d <= sunday + 6; d++) if (holidayName(d, extra) !== null) out.push(formatIsoDate(d));
  if (extra === null) weekHolidayCache.set(sunday, out);
  return out;
}

interface Acc {
  rate: number;
  total: number;
  lines: OvertimeLine[];
  hoursAt: { "1": number; "1.5": number; "2": number };
  /** Per line: ISO weekday and minutes, for the step text. */
  weekdays: number[];
  minutes: number[];
}
function pushLine(a: Acc, weekday: number, iso: string, kind: OvertimeKind, min: number, m: 1 | 1.5 | 2, cite: string): void {
  if (min <= 0) return;
  const mult = MULT[m];
  const cents = divRoundHalfUp(a.rate * min * mult[0], mult[1]);
  a.total += cents;
  a.hoursAt[m === 1 ? "1" : m === 2 ? "2" : "1.5"] += min / 60;
  a.lines.push({ date: iso, kind, hours: min / 60, multiplier: m, cents, cite });
  a.weekdays.push(weekday);
  a.minutes.push(min);
}
/** formatCents without the thousands pass for amounts under $1,000 (the common line). */
function money(c: number): string {
  if (c >= 100_000_000) return formatCents(c);
  const r = c % 100, d = (c - r) / 100;
  const dollars = d >= 1000 ? Math.floor(d / 1000) + "," + String(d % 1000).padStart(3, "0") : String(d);
  return "$" + dollars + (r < 10 ? ".0" : ".") + r;
}
const KIND_TEXT: Record<OvertimeKind, string> = {
  straight: "straight time", daily: "daily overtime", weekly: "weekly overtime",
  sunday: "Sunday overtime", holiday: "holiday work", dayOff: "original day off",
};
const MULT_TEXT = { 1: "1", 1.5: "1.5", 2: "2" } as const;
const hoursText = new Map<number, string>();
/** fmtHours, memoized by minutes (a handful of values recur). */
function hText(min: number): string {
  let s = hoursText.get(min);
  if (s === undefined) hoursText.set(min, (s = fmtHours(min)));
  return s;
}
/** One step per day worked, from the pay lines, then the total. */
function renderSteps(a: Acc, out: string[]): void {
  const rate = money(a.rate);
  let k = 0;
  while (k < a.lines.length) {
    const iso = a.lines[k].date;
    let text = iso + " " + WEEKDAY_NAMES[a.weekdays[k]] + " at " + rate + "/h: ";
    for (let first = true; k < a.lines.length && a.lines[k].date === iso; k++, first = false) {
      const l = a.lines[k];
      text += (first ? "" : "; ") + hText(a.minutes[k]) + " h × " + MULT_TEXT[l.multiplier] + " = " + money(l.cents) + " (" + KIND_TEXT[l.kind] + ", " + l.cite + ")";
    }
    out.push(text + ".");
  }
  out.push("Total for the week: " + money(a.total) + " (each line rounded half up to the cent, then summed).");
}
const byDate = (a: { date: number }, b: { date: number }) => a.date - b.date;

/** Overtime and straight-time pay for one week (Sunday–Saturday, or Monday–Sunday) of one employee. */
export function sd71WeeklyOvertime(raw: Sd71OvertimeInput): Sd71OvertimeResult {
  const i = parseHot(input, raw, articleOf, fastInput);
  const pol = i.policies === undefined ? SD71_POLICIES.defaults : SD71_POLICIES.resolve(i.policies);
  const g = SHIFT_GROUPS[i.shiftArticle];
  const t = new Trace().cite(g.cite).interpret("A32");
  let days = i.days;
  for (let k = 1; k < days.length; k++) if (days[k].date < days[k - 1].date) { days = [...days].sort(byDate); break; }
  const monday = i.weekStart === "monday";
  // A32: the week's first day; with a Monday start, Sunday is the week's last day.
  const sunday = monday ? days[0].date - (isoWeekday(days[0].date) - 1) : days[0].date - (isoWeekday(days[0].date) % 7);
  if (monday) t.step(`The employer's week runs Monday to Sunday (${formatIsoDate(sunday)} to ${formatIsoDate(sunday + 6)}), so Sunday hours come after the week's other hours (A32).`);
  for (let k = 0; k < days.length; k++) {
    if (days[k].date > sunday + 6) throw new InputError(`all days must fall in one ${monday ? "Monday–Sunday" : "Sunday–Saturday"} week`, `days.${k}.date`, "19.02; 18.03(a)");
    if (k && days[k].date === days[k - 1].date) throw new InputError("a date appears twice", `days.${k}.date`, "19.02");
  }
  const extra = i.extraHolidays?.length ? new Set(i.extraHolidays) : null;
  const holidaysInWeek = weekHolidays(sunday, extra);

  // 21.03: the week is reduced by one-fifth per holiday; A2 lowers both weekly thresholds.
  let base = g.weeklyBase;
  if (holidaysInWeek.length) {
    t.cite("21.03").interpret("A2");
    if (pol.A2 === "reduced") {
      base -= (g.regularWeekly / 5) * holidaysInWeek.length;
      t.step(`Holiday week (${holidaysInWeek.join(", ")}): weekly thresholds reduced by one-fifth of ${fmtHours(g.regularWeekly)} h per holiday (21.03, A2) → 1.5× after ${fmtHours(base)} h, 2× after ${fmtHours(base + g.weeklyBand)} h.`);
    } else t.step(`Holiday week (${holidaysInWeek.join(", ")}): weekly thresholds left unchanged (A2 = unchanged).`);
  }
  // A1: pre-authorized straight time up to 8 h/day (18.02(a)) raises the weekly threshold.
  if (i.shiftArticle === "18.02(a)") {
    t.interpret("A1");
    if (pol.A1 === "straightTimeTo8") {
      let ext = 0;
      for (const d of days) if (d.straightTimeAuthorized) ext += Math.max(0, Math.min(minutesOf(d.hours), 480) - g.regularDaily);
      if (ext) {
        base += ext;
        t.cite("18.02(a)").step(`Pre-authorized straight time to 8 h a day (18.02(a), A1 = straightTimeTo8) adds ${fmtHours(ext)} h before weekly overtime.`);
      }
    }
  }
  const a: Acc = { rate: i.rateCents, total: 0, lines: [], hoursAt: { "1": 0, "1.5": 0, "2": 0 }, weekdays: [], minutes: [] };
  let counted = 0;
  for (const d of days) {
    const min = minutesOf(d.hours);
    if (min === 0) continue;
    const iso = isoOf(d.date);
    const wd = isoWeekday(d.date);
    const isSunday = wd === 7;
    if (holidaysInWeek.length && holidayName(d.date, extra) !== null) {
      t.cite("21.04");
      pushLine(a, wd, iso, "holiday", min, 2, "21.04");
      continue;
    }
    if (d.originalDayOffWithoutNotice) {
      t.cite("18.03(a)");
      const d15 = isSunday ? 0 : Math.min(min, g.dailyBase + g.dailyBand);
      pushLine(a, wd, iso, "dayOff", d15, 1.5, "18.03(a)");
      pushLine(a, wd, iso, isSunday ? "sunday" : "dayOff", min - d15, 2, isSunday ? "19.01(c)" : "18.03(a); 19.02(a)");
      continue;
    }
    const dailyOt = Math.max(0, min - g.dailyBase);
    const d15 = Math.min(dailyOt, g.dailyBand);
    const countable = min - dailyOt;
    const straight = Math.max(0, Math.min(countable, base - counted));
    const over = countable - straight;
    const w15 = Math.max(0, Math.min(over, base + g.weeklyBand - Math.max(counted, base)));
    counted += countable;
    pushLine(a, wd, iso, "straight", straight, 1, "19.02");
    if (isSunday && (over > 0 || dailyOt > 0)) {
      t.cite("19.01(c)");
      pushLine(a, wd, iso, "sunday", over + dailyOt, 2, "19.01(c)");
      continue;
    }
    pushLine(a, wd, iso, "weekly", w15, 1.5, "19.02(b)");
    pushLine(a, wd, iso, "weekly", over - w15, 2, "19.02(b)");
    pushLine(a, wd, iso, "daily", d15, 1.5, "19.02(a)");
    pushLine(a, wd, iso, "daily", dailyOt - d15, 2, "19.02(a)");
  }
  renderSteps(a, t.steps);
  return {
    totalCents: a.total, lines: a.lines, hoursAt: a.hoursAt,
    weeklyThresholds: { at1_5: base / 60, at2: (base + g.weeklyBand) / 60 }, holidaysInWeek,
    citations: t.citations, steps: t.steps, interpretations: t.interpretations,
  };
}
const articleOf = (f: string) => (f.startsWith("policies") ? "register §14" : "19.02");

const isoMemo = new Map<DayNumber, string>();
function isoOf(d: DayNumber): string {
  let s = isoMemo.get(d);
  if (s === undefined) {
    if (isoMemo.size > 20_000) isoMemo.clear();
    isoMemo.set(d, (s = formatIsoDate(d)));
  }
  return s;
}
