// Article 23 sick leave: 1.5 working days a month with pay (23.01(a),(c)), in proportion
// for part-time (23.01(b); A37), the 120-day annual full-pay limit, conversion when daily
// hours change (23.01(b)(2)), and 24.05: sick credits usable for other reasons.
import { z } from "zod";
import { Trace, type Explanation } from "../core/explain";
import { rat, mul, div, toFixed } from "../core/rational";
import { parseInput, hours, minutesOf, fmtHours } from "./input";

const accrualInput = z.strictObject({
  monthsWithPay: z.number().int().nonnegative().max(600),
  /** Scheduled working days a week (5 = full time). */
  daysWorkedPerWeek: z.number().finite().positive().max(5),
});
export function sd71SickLeaveAccrual(raw: z.input<typeof accrualInput>): Explanation & { accruedDaysPerMonth: number; accruedDays: number } {
  const i = parseInput(accrualInput, raw, "23.01");
  const t = new Trace().cite("23.01(a)", "23.01(c)");
  const perMonth = div(mul(rat(3, 2), rat(Math.round(i.daysWorkedPerWeek * 100))), rat(500));
  if (i.daysWorkedPerWeek < 5) t.cite("23.01(b)").interpret("A37");
  const total = mul(perMonth, rat(i.monthsWithPay));
  const pm = Number(toFixed(perMonth, 4)), tot = Number(toFixed(total, 4));
  t.step(`1.5 days a month${i.daysWorkedPerWeek < 5 ? ` × ${i.daysWorkedPerWeek}/5 days a week (part-time, A37)` : ""} = ${pm} of the employee's own working days a month; × ${i.monthsWithPay} month(s) with pay = ${tot}.`);
  return t.done({ accruedDaysPerMonth: pm, accruedDays: tot });
}

const convInput = z.strictObject({ accumulatedDays: z.number().finite().nonnegative().max(2000), oldDailyHours: hours, newDailyHours: hours, fullTimeScheduleMoveOnly: z.boolean() });
/** 23.01(b)(1),(2): a 35 ↔ 40 hour full-time move keeps the days; other daily-hour changes convert to equal hours. */
export function sd71SickLeaveConversion(raw: z.input<typeof convInput>): Explanation & { newDays: number } {
  const i = parseInput(convInput, raw, "23.01(b)");
  const t = new Trace();
  if (i.fullTimeScheduleMoveOnly) {
    t.cite("23.01(b)(1)").step(`Full-time move between the 35- and 40-hour schedules: ${i.accumulatedDays} days stay ${i.accumulatedDays} days of the new work day.`);
    return t.done({ newDays: i.accumulatedDays });
  }
  const nd = Number(toFixed(div(mul(rat(Math.round(i.accumulatedDays * 100)), rat(minutesOf(i.oldDailyHours))), rat(100 * minutesOf(i.newDailyHours))), 2));
  t.cite("23.01(b)(2)").step(`${i.accumulatedDays} days × ${fmtHours(minutesOf(i.oldDailyHours))} h ÷ ${fmtHours(minutesOf(i.newDailyHours))} h = ${nd} days of the new work day.`);
  return t.done({ newDays: nd });
}

const useInput = z.strictObject({ employmentYear: z.number().int().positive().max(60), daysCredited: z.number().finite().nonnegative().max(2000) });
/** 24.05: credits usable for reasons other than personal illness (24.03(b), 24.04). */
export function sd71SickLeaveUsableForFamily(raw: z.input<typeof useInput>): Explanation & { usableDays: number } {
  const i = parseInput(useInput, raw, "24.05");
  const floor = i.employmentYear === 1 ? 9 : 12;
  const usable = Math.max(0, Math.round((i.daysCredited - floor) * 100) / 100);
  const t = new Trace().cite("24.05", "24.03(b)", "24.04");
  t.step(`${i.employmentYear === 1 ? "First year: days earned in excess of 9" : "After the first year: credit in excess of 12"} → max(0, ${i.daysCredited} − ${floor}) = ${usable}; the leave itself is also limited (24.03(b) 2 days; 24.04 3 days).`);
  return t.done({ usableDays: usable });
}

const capInput = z.strictObject({ fullPaySickDaysThisCalendarYear: z.number().finite().nonnegative().max(366), requestedDays: z.number().finite().nonnegative().max(366) });
/** 23.01(a): full pay for sick leave is limited to 120 working days in a calendar year. */
export function sd71SickLeaveAnnualLimit(raw: z.input<typeof capInput>): Explanation & { payableDays: number } {
  const i = parseInput(capInput, raw, "23.01(a)");
  const payable = Math.max(0, Math.min(i.requestedDays, 120 - i.fullPaySickDaysThisCalendarYear));
  const t = new Trace().cite("23.01(a)").interpret("A26");
  t.step(`Full pay so far this calendar year ${i.fullPaySickDaysThisCalendarYear} of 120 days → ${payable} of ${i.requestedDays} requested days payable at full pay. No current cap on the balance (A26).`);
  return t.done({ payableDays: payable });
}
