// Article 19.02 overtime for one calendar week (Sunday–Saturday, A32), with 19.01(c)
// Sundays, 21.04 holidays worked, 21.03 holiday weeks (A2), 18.03(a) original days off
// and the 18.02(a) straight-time extension (A1). Each pay line (a day × a multiplier)
// is rounded half up to the cent; the total is the sum of the lines (spec §0.3).
import { z } from "zod";
import { isoWeekday, yearOf, formatIsoDate, WEEKDAY_NAMES, type DayNumber } from "../core/date";
import { InputError } from "../core/errors";
import { Trace, type Explanation } from "../core/explain";
import { formatCents } from "../core/money";
import { divRoundHalfUp } from "../core/int-round";
import { isoDay, parseInput, positiveCents, hours, minutesOf, fmtHours } from "./input";
import { SHIFT_GROUPS, SHIFT_ARTICLES } from "./shift-groups";
import { sd71HolidayOn } from "./holidays";
import { SD71_POLICIES } from "./interpretations";

const dayInput = z.strictObject({
  date: isoDay,
  hours,
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

/** Overtime and straight-time pay for one Sunday–Saturday week of one employee. */
export function sd71WeeklyOvertime(raw: Sd71OvertimeInput): Sd71OvertimeResult {
  const i = parseInput(input, raw, (f) => (f.startsWith("policies") ? "register §14" : "19.02"));
  const pol = SD71_POLICIES.resolve(i.policies);
  const g = SHIFT_GROUPS[i.shiftArticle];
  const t = new Trace().cite(g.cite).interpret("A32");
  const days = [...i.days].sort((a, b) => a.date - b.date);
  const sunday = days[0].date - (isoWeekday(days[0].date) % 7);
  for (let k = 0; k < days.length; k++) {
    if (days[k].date > sunday + 6) throw new InputError("all days must fall in one Sunday–Saturday calendar week", `days.${k}.date`, "19.02; 18.03(a)");
    if (k && days[k].date === days[k - 1].date) throw new InputError("a date appears twice", `days.${k}.date`, "19.02");
  }
  const extra = new Set(i.extraHolidays ?? []);
  const holidayName = (d: DayNumber): string | null => (extra.has(d) ? "declared or agreed holiday" : sd71HolidayOn(d, yearOf(d))?.name ?? null);
  const holidaysInWeek: string[] = [];
  for (let d = sunday; d <= sunday + 6; d++) if (holidayName(d)) holidaysInWeek.push(formatIsoDate(d));

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
  const lines: OvertimeLine[] = [];
  const hoursAt = { "1": 0, "1.5": 0, "2": 0 };
  let total = 0;
  const push = (date: DayNumber, kind: OvertimeKind, min: number, m: 1 | 1.5 | 2, cite: string) => {
    if (min <= 0) return;
    const [n, den] = MULT[m];
    const cents = divRoundHalfUp(i.rateCents * min * n, den);
    total += cents;
    hoursAt[String(m) as "1" | "1.5" | "2"] += min / 60;
    lines.push({ date: formatIsoDate(date), kind, hours: min / 60, multiplier: m, cents, cite });
    t.step(`${formatIsoDate(date)} ${WEEKDAY_NAMES[isoWeekday(date)]}: ${fmtHours(min)} h × ${m} × ${formatCents(i.rateCents)} = ${formatCents(cents)} (${kind === "straight" ? "straight time" : kind + " overtime"}, ${cite}).`);
  };
  let counted = 0;
  for (const d of days) {
    const min = minutesOf(d.hours);
    const isSunday = isoWeekday(d.date) === 7;
    const hol = holidayName(d.date);
    if (hol) {
      t.cite("21.04");
      push(d.date, "holiday", min, 2, "21.04");
      continue;
    }
    if (d.originalDayOffWithoutNotice) {
      t.cite("18.03(a)");
      const d15 = isSunday ? 0 : Math.min(min, g.dailyBase + g.dailyBand);
      push(d.date, "dayOff", d15, 1.5, "18.03(a)");
      push(d.date, isSunday ? "sunday" : "dayOff", min - d15, 2, isSunday ? "19.01(c)" : "18.03(a); 19.02(a)");
      continue;
    }
    const dailyOt = Math.max(0, min - g.dailyBase);
    const d15 = Math.min(dailyOt, g.dailyBand);
    const countable = min - dailyOt;
    const straight = Math.max(0, Math.min(countable, base - counted));
    const over = countable - straight;
    const w15 = Math.max(0, Math.min(over, base + g.weeklyBand - Math.max(counted, base)));
    counted += countable;
    push(d.date, "straight", straight, 1, "19.02");
    if (isSunday && (over > 0 || dailyOt > 0)) {
      t.cite("19.01(c)");
      push(d.date, "sunday", over + dailyOt, 2, "19.01(c)");
      continue;
    }
    push(d.date, "weekly", w15, 1.5, "19.02(b)");
    push(d.date, "weekly", over - w15, 2, "19.02(b)");
    push(d.date, "daily", d15, 1.5, "19.02(a)");
    push(d.date, "daily", dailyOt - d15, 2, "19.02(a)");
  }
  t.step(`Total for the week: ${formatCents(total)} (each line rounded half up to the cent, then summed).`);
  return t.done({ totalCents: total, lines, hoursAt, weeklyThresholds: { at1_5: base / 60, at2: (base + g.weeklyBand) / 60 }, holidaysInWeek });
}
