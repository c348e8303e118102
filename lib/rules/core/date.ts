/**
 * ISO calendar dates as integer day numbers (days since 1970-01-01).
 * No JS Date anywhere: no time zones, no daylight-saving traps.
 * Civil-date conversion after H. Hinnant, "chrono-compatible low-level date algorithms".
 */
import { InputError } from "./errors";

/** A calendar date as days since 1970-01-01 (1970-01-01 = 0). */
export type DayNumber = number;
/** A calendar date at the API: `YYYY-MM-DD`. */
export type IsoDate = string;

export const MIN_YEAR = 1900;
export const MAX_YEAR = 2200;

export function dayFromCivil(y: number, m: number, d: number): DayNumber {
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const mp = (m + 9) % 12;
  const doy = Math.floor((153 * mp + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

export function civilFromDay(n: DayNumber): { y: number; m: number; d: number } {
  const z = n + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  return { y: era * 400 + yoe + (m <= 2 ? 1 : 0), m, d };
}

export function isLeapYear(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
export function daysInMonth(y: number, m: number): number {
  return m === 2 && isLeapYear(y) ? 29 : MONTH_DAYS[m - 1];
}

const digit = (s: string, i: number): number => {
  const c = s.charCodeAt(i) - 48;
  return c >= 0 && c <= 9 ? c : -1000;
};

/** Parse `YYYY-MM-DD` strictly (real calendar date, years 1900–2200) or return null. */
export function tryParseIsoDate(s: unknown): DayNumber | null {
  if (typeof s !== "string" || s.length !== 10 || s.charCodeAt(4) !== 45 || s.charCodeAt(7) !== 45) return null;
  const y = digit(s, 0) * 1000 + digit(s, 1) * 100 + digit(s, 2) * 10 + digit(s, 3);
  const mo = digit(s, 5) * 10 + digit(s, 6);
  const d = digit(s, 8) * 10 + digit(s, 9);
  if (y < 0 || mo < 0 || d < 0) return null;
  if (y < MIN_YEAR || y > MAX_YEAR || mo < 1 || mo > 12 || d < 1 || d > daysInMonth(y, mo)) return null;
  return dayFromCivil(y, mo, d);
}

/** Parse `YYYY-MM-DD` or throw an InputError naming the field and article. */
export function parseIsoDate(s: unknown, field: string, article: string): DayNumber {
  const n = tryParseIsoDate(s);
  if (n === null) throw new InputError(`"${String(s)}" is not a calendar date YYYY-MM-DD (${MIN_YEAR}–${MAX_YEAR})`, field, article);
  return n;
}

const pad2 = (n: number) => (n < 10 ? "0" + n : "" + n);
export function formatIsoDate(n: DayNumber): IsoDate {
  const { y, m, d } = civilFromDay(n);
  return `${y}-${pad2(m)}-${pad2(d)}`;
}

/** ISO weekday: Monday = 1 … Sunday = 7. */
export function isoWeekday(n: DayNumber): number {
  return ((((n + 3) % 7) + 7) % 7) + 1;
}
export const isWeekend = (n: DayNumber): boolean => isoWeekday(n) >= 6;

export const WEEKDAY_NAMES = ["", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];

export function yearOf(n: DayNumber): number {
  return civilFromDay(n).y;
}
export function monthOf(n: DayNumber): number {
  return civilFromDay(n).m;
}

export const addDays = (n: DayNumber, days: number): DayNumber => n + days;
export const diffDays = (a: DayNumber, b: DayNumber): number => a - b;

/**
 * Add calendar months, clamping to the month's last day (Jan 31 + 1 month = Feb 28/29).
 * With `monthEndStaysMonthEnd` (the spec's AMB-21 default), a month-end date yields a
 * month-end date (June 30 + 6 months = December 31; Feb 28, 2025 + 3 months = May 31).
 */
export function addMonths(n: DayNumber, months: number, monthEndStaysMonthEnd = false): DayNumber {
  const { y, m, d } = civilFromDay(n);
  const idx = y * 12 + (m - 1) + months;
  const ny = Math.floor(idx / 12);
  const nm = (idx % 12) + 1;
  const last = daysInMonth(ny, nm);
  const wasMonthEnd = d === daysInMonth(y, m);
  const nd = monthEndStaysMonthEnd && wasMonthEnd ? last : Math.min(d, last);
  return dayFromCivil(ny, nm, nd);
}

/**
 * Last day of a period of `months` months beginning on (and including) `start`: the day before
 * the same date `months` later (Feb 3 + 2 months → Apr 2). When that month has no such date
 * (Dec 31 → "Feb 31"), the corresponding date is read as the first of the next month, so the
 * period ends on the short month's last day (Feb 28, or Feb 29 in a leap year).
 */
export function monthsPeriodEnd(start: DayNumber, months: number): DayNumber {
  const { y, m, d } = civilFromDay(start);
  const idx = y * 12 + (m - 1) + months;
  const ny = Math.floor(idx / 12);
  const nm = (idx % 12) + 1;
  return d <= daysInMonth(ny, nm) ? dayFromCivil(ny, nm, d) - 1 : dayFromCivil(ny, nm, daysInMonth(ny, nm));
}

export const addYears = (n: DayNumber, years: number, monthEndStaysMonthEnd = false): DayNumber =>
  addMonths(n, years * 12, monthEndStaysMonthEnd);

export function firstOfMonth(n: DayNumber): DayNumber {
  const { y, m } = civilFromDay(n);
  return dayFromCivil(y, m, 1);
}
export function endOfMonth(n: DayNumber): DayNumber {
  const { y, m } = civilFromDay(n);
  return dayFromCivil(y, m, daysInMonth(y, m));
}
/** First day of the month after the month containing n (C.4 / B.23 increments). */
export function firstOfNextMonth(n: DayNumber): DayNumber {
  return endOfMonth(n) + 1;
}

/** School year (July 1 – June 30) identified by the calendar year it starts in. */
export function schoolYearStartYear(n: DayNumber): number {
  const { y, m } = civilFromDay(n);
  return m >= 7 ? y : y - 1;
}
/** "2024-25" for any date from 2024-07-01 to 2025-06-30. */
export function schoolYearLabel(n: DayNumber): string {
  const y = schoolYearStartYear(n);
  return `${y}-${pad2((y + 1) % 100)}`;
}
export function schoolYearBounds(startYear: number): { from: DayNumber; to: DayNumber } {
  return { from: dayFromCivil(startYear, 7, 1), to: dayFromCivil(startYear + 1, 6, 30) };
}
/** Parse a school-year label "2024-25" to its start year, or null. */
export function parseSchoolYear(label: unknown): number | null {
  if (typeof label !== "string") return null;
  const m = /^(\d{4})-(\d{2})$/.exec(label);
  if (!m) return null;
  const y = +m[1];
  return (y + 1) % 100 === +m[2] ? y : null;
}

/** The nth (1-based) given ISO weekday of a month; n = -1 for the last. */
export function nthWeekdayOfMonth(y: number, m: number, weekday: number, nth: number): DayNumber {
  if (nth > 0) {
    const first = dayFromCivil(y, m, 1);
    return first + ((weekday - isoWeekday(first) + 7) % 7) + 7 * (nth - 1);
  }
  const last = dayFromCivil(y, m, daysInMonth(y, m));
  return last - ((isoWeekday(last) - weekday + 7) % 7);
}

/** Western Easter Sunday (anonymous Gregorian algorithm). */
export function easterSunday(y: number): DayNumber {
  const a = y % 19, b = Math.floor(y / 100), c = y % 100;
  const d = Math.floor(b / 4), e = b % 4, f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3), h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4), k = c % 4, l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return dayFromCivil(y, month, day);
}
