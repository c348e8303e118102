/**
 * Working-day profiles for the SD73 teachers' agreement.
 *
 * The agreement uses "working days" (A.6, C.12.1.c.xii, D.5, D.6, E.2.11.e, G.22.2,
 * G.32.2.c) but never defines them (spec §6.1, AMB-01).
 * - WD-A (default): Monday–Friday minus BC statutory holidays minus Easter Monday
 *   (D.17.1.a: "general holidays, including Easter Monday") and Boxing Day (inside the
 *   D.17.1.b winter break). The earliest, safest date for the party that must act.
 * - WD-A without the two closures (AMB-01 alternative).
 * - WD-B: days in session under D.17.1 and LOU 43 (excludes breaks and summer).
 */
import {
  type CalendarProfile, type DayNumber, dayFromCivil, easterOffset, easterSunday, fixedDate,
  isoWeekday, nthWeekdayOfMonth, yearlyRanges,
} from "@/lib/rules/core";

const easterMonday = easterOffset("Easter Monday", 1, "D.17.1.a");
const boxingDay = fixedDate("Boxing Day", 12, 26, "D.17.1.b");

/** D.17.1 / LOU 43 school calendar for the school year starting July 1 of `y`. */
export interface SchoolCalendar {
  firstDay: DayNumber;
  lastDay: DayNumber;
  winterBreak: [DayNumber, DayNumber];
  springBreak: [DayNumber, DayNumber];
  springBreakCite: string;
}

/** LOU 43 (2021-22 to 2024-25): spring break from the third Monday in March, reopening two Mondays later (Wednesday if that is Easter Monday). */
export const LOU43_SCHOOL_YEARS = [2021, 2022, 2023, 2024];

export function schoolCalendar(y: number): SchoolCalendar {
  const labourDay = nthWeekdayOfMonth(y, 9, 1, 1);
  // D.17.1.a: between Labour Day and the last Friday in June; June 30 if that Friday is before June 26.
  const lastFriday = nthWeekdayOfMonth(y + 1, 6, 5, -1);
  const lastDay = lastFriday < dayFromCivil(y + 1, 6, 26) ? dayFromCivil(y + 1, 6, 30) : lastFriday;
  // D.17.1.b: winter break from the Monday preceding Dec 26; reopen the Monday following Jan 1 (Tuesday if Jan 1 is a weekend).
  const dec26 = dayFromCivil(y, 12, 26);
  const winterStart = dec26 - (((isoWeekday(dec26) - 1 + 6) % 7) + 1);
  const jan1 = dayFromCivil(y + 1, 1, 1);
  const wd = isoWeekday(jan1);
  const reopen = wd >= 6 ? jan1 + ((2 - wd + 7) % 7 || 7) : jan1 + ((1 - wd + 7) % 7 || 7);
  // D.17.1.c, amended by LOU 43 for its term: reopen one or two Mondays after the third Monday.
  const third = nthWeekdayOfMonth(y + 1, 3, 1, 3);
  const lou43 = LOU43_SCHOOL_YEARS.includes(y);
  let springReopen = third + (lou43 ? 14 : 7);
  if (springReopen === easterSunday(y + 1) + 1) springReopen += 2;
  return {
    firstDay: labourDay + 1,
    lastDay,
    winterBreak: [winterStart, reopen - 1],
    // LOU 43 prints spring breaks to the last weekday before school reopens (e.g. March 17 – March 28, 2025).
    springBreak: [third, springReopen - (isoWeekday(springReopen) === 1 ? 3 : 1)],
    springBreakCite: lou43 ? "LOU 43 ¶1" : "D.17.1.c",
  };
}

/** Days of calendar year y outside session: summer, winter and spring breaks. */
const notInSession = yearlyRanges("not in session (D.17.1 summer, winter or spring break)", "D.17.1, LOU 43", (y) => {
  const prev = schoolCalendar(y - 1), cur = schoolCalendar(y);
  return [prev.winterBreak, prev.springBreak, [prev.lastDay + 1, cur.firstDay - 1], cur.winterBreak];
});

export const sd73WdA: CalendarProfile = {
  id: "wd-a",
  label: "WD-A: Monday–Friday minus BC statutory holidays, Easter Monday and Boxing Day",
  citations: ["D.17.1.a", "D.17.1.b"],
  interpretations: ["AMB-01"],
  bcStatutory: true,
  rules: [easterMonday, boxingDay],
  closures: [],
  excludeMonths: [],
};

export const sd73WdAStatutoryOnly: CalendarProfile = {
  id: "wd-a-statutory-only",
  label: "WD-A without closures: Monday–Friday minus BC statutory holidays only",
  citations: [],
  interpretations: ["AMB-01"],
  bcStatutory: true,
  rules: [],
  closures: [],
  excludeMonths: [],
};

export const sd73WdB: CalendarProfile = {
  id: "wd-b",
  label: "WD-B: days in session (D.17.1, LOU 43): no summer, winter or spring break",
  citations: ["D.17.1", "LOU 43"],
  interpretations: ["AMB-01"],
  bcStatutory: true,
  rules: [easterMonday, boxingDay, notInSession],
  closures: [],
  excludeMonths: [],
};

export const sd73Calendars = {
  defaultProfile: "wd-a",
  profiles: { "wd-a": sd73WdA, "wd-a-statutory-only": sd73WdAStatutoryOnly, "wd-b": sd73WdB },
} as const;
