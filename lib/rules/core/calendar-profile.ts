/**
 * A calendar profile says which days count as working days: Monday–Friday, minus
 * BC statutory holidays (optional), minus the agreement's own holidays and closures,
 * minus whole excluded months ("exclusive of July and August").
 */
import { bcStatutoryHolidays } from "./holidays-bc";
import {
  dayFromCivil, easterSunday, nthWeekdayOfMonth, tryParseIsoDate,
  type DayNumber, type IsoDate,
} from "./date";

/** A rule naming non-working days in a calendar year (holiday or closure). */
export interface NonWorkingRule {
  name: string;
  cite: string;
  /** The days of calendar year `year` this rule makes non-working (any weekday). */
  days(year: number): DayNumber[];
}

/** An inclusive date range, e.g. a district closure or a pause. */
export interface DateRange {
  from: IsoDate;
  to: IsoDate;
  name?: string;
}

export interface CalendarProfile {
  /** Stable id, e.g. "wd-a". */
  id: string;
  /** What a steward sees: "Mon–Fri minus BC statutory holidays, Easter Monday and Boxing Day". */
  label: string;
  /** Articles the profile rests on. */
  citations: string[];
  /** Interpretations (AMB ids) the profile embodies. */
  interpretations: string[];
  /** Subtract BC statutory holidays. */
  bcStatutory: boolean;
  /** The agreement's own holidays and closure rules. */
  rules: NonWorkingRule[];
  /** Fixed closures (inclusive ranges). */
  closures: DateRange[];
  /** Months (1–12) never counted, e.g. [7, 8]. */
  excludeMonths: number[];
}

/** A fixed-date holiday, e.g. Boxing Day: `fixedDate("Boxing Day", 12, 26, "21.01")`. */
export function fixedDate(name: string, month: number, day: number, cite: string): NonWorkingRule {
  return { name, cite, days: (y) => [dayFromCivil(y, month, day)] };
}
/** A day relative to Easter Sunday, e.g. Easter Monday = offset 1. */
export function easterOffset(name: string, offset: number, cite: string): NonWorkingRule {
  return { name, cite, days: (y) => [easterSunday(y) + offset] };
}
/** The nth ISO weekday (Mon = 1) of a month; nth = -1 for the last. */
export function nthWeekday(name: string, month: number, weekday: number, nth: number, cite: string): NonWorkingRule {
  return { name, cite, days: (y) => [nthWeekdayOfMonth(y, month, weekday, nth)] };
}
/** Inclusive ranges computed per calendar year (e.g. school breaks). */
export function yearlyRanges(name: string, cite: string, ranges: (year: number) => [DayNumber, DayNumber][]): NonWorkingRule {
  return {
    name, cite,
    days(y) {
      const lo = dayFromCivil(y, 1, 1), hi = dayFromCivil(y, 12, 31);
      const out: DayNumber[] = [];
      for (const [a, b] of ranges(y)) for (let d = Math.max(a, lo); d <= Math.min(b, hi); d++) out.push(d);
      return out;
    },
  };
}

/** The BC statutory holidays as a rule (used by the engine when `bcStatutory`). */
export const bcStatutoryRule: NonWorkingRule = {
  name: "BC statutory holiday",
  cite: "BC Employment Standards Act s.1",
  days: (y) => bcStatutoryHolidays(y).map((h) => h.day),
};

/** Profile-level closures as day ranges (validated dates). */
export function rangeDays(r: DateRange): [DayNumber, DayNumber] {
  const a = tryParseIsoDate(r.from), b = tryParseIsoDate(r.to);
  if (a === null || b === null || b < a) throw new RangeError(`bad range ${r.from}..${r.to}`);
  return [a, b];
}
