/**
 * Moving a date by a signed number of working days (seniority dates: credited days move
 * the date earlier, unpaid breaks move it later). Forward uses the engine's count
 * (from = day 0; the nth counted working day); backward is its mirror: the nth working
 * day before `from`, `from` itself not counted.
 */
import type { DayNumber } from "./date";
import type { WorkingCalendar } from "./working-days";

export function shiftWorkingDays(cal: WorkingCalendar, from: DayNumber, n: number): DayNumber {
  if (!Number.isInteger(n)) throw new RangeError(`shiftWorkingDays: ${n} is not a whole number of days`);
  if (n >= 0) return cal.add(from, n).due;
  let d = from;
  for (let left = -n; left > 0; ) {
    d--;
    if (cal.isWorkingDay(d)) left--;
  }
  return d;
}
