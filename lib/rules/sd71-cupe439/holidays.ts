// 21.01 holidays for any year: the BC statutory holidays, Easter Monday, Boxing Day and
// any day declared by the provincial or federal government (calendar.ts rules).
import { bcStatutoryHolidays } from "../core/holidays-bc";
import { formatIsoDate, type DayNumber } from "../core/date";
import { SD71_HOLIDAY_RULES } from "./calendar";

export interface Sd71Holiday {
  date: string;
  day: DayNumber;
  name: string;
  cite: string;
}

const cache = new Map<number, Sd71Holiday[]>();

/** Every 21.01 holiday of a calendar year, in date order (weekend ones included). */
export function sd71HolidaysOfYear(year: number): Sd71Holiday[] {
  const hit = cache.get(year);
  if (hit) return hit;
  const out: Sd71Holiday[] = bcStatutoryHolidays(year).map((h) => ({ date: formatIsoDate(h.day), day: h.day, name: h.name, cite: "21.01(a)" }));
  for (const r of SD71_HOLIDAY_RULES) for (const d of r.days(year)) out.push({ date: formatIsoDate(d), day: d, name: r.name, cite: r.cite });
  out.sort((a, b) => a.day - b.day);
  cache.set(year, out);
  return out;
}

const byDay = new Map<DayNumber, Sd71Holiday | null>();
/** The 21.01 holiday falling on `day`, or null. */
export function sd71HolidayOn(day: DayNumber, year: number): Sd71Holiday | null {
  let h = byDay.get(day);
  if (h === undefined) {
    h = sd71HolidaysOfYear(year).find((x) => x.day === day) ?? null;
    byDay.set(day, h);
  }
  return h;
}
