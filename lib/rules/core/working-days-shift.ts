/**
 * Moving a date by a signed number of working days (seniority dates: credited days move
 * the date earlier, unpaid breaks move it later): forward with `add` (from = day 0; the
 * nth counted working day), backward with `sub` (the nth working day before `from`).
 */
import type { DayNumber } from "./date";
import type { WorkingCalendar } from "./working-days";

export function shiftWorkingDays(cal: WorkingCalendar, from: DayNumber, n: number): DayNumber {
  if (!Number.isInteger(n)) throw new RangeError(`shiftWorkingDays: ${n} is not a whole number of days`);
  return n >= 0 ? cal.add(from, n).due : cal.sub(from, -n).due;
}
