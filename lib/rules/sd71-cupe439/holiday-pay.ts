// 21.01 holiday entitlement (holidays between start date and "layoff" date; ESA
// qualifying test per 21.01(b), A25), 21.02/21.06 holiday pay, and 19.03 banked time.
import { z } from "zod";
import { addDays, formatIsoDate, civilFromDay, type DayNumber } from "../core/date";
import { Trace, type Explanation } from "../core/explain";
import { InputError } from "../core/errors";
import { formatCents } from "../core/money";
import { divRoundHalfUp } from "../core/int-round";
import { isoDay, parseInput, positiveCents, cents, hours, minutesOf, fmtHours } from "./input";
import { sd71HolidaysOfYear } from "./holidays";
import { SD71_POLICIES } from "./interpretations";

const entInput = z.strictObject({
  status: z.enum(["regular", "probationary", "continuing_temporary", "temporary", "supervision_assistant"]),
  startDate: isoDay,
  layoffDate: isoDay,
  /** Days worked or paid, counting authorized leave, vacation and certified sickness (21.01(c)). */
  daysWorkedOrCounted: z.array(isoDay).max(2000).optional(),
  /** Or: whether the 15-of-30 test is met before every holiday. */
  fifteenOfThirtyMet: z.boolean().optional(),
  policies: SD71_POLICIES.schema.optional(),
});
export interface Sd71HolidayEntitlementResult extends Explanation {
  holidaysBetween: string[];
  paidHolidays: string[];
}

export function sd71HolidayEntitlement(raw: z.input<typeof entInput>): Sd71HolidayEntitlementResult {
  const i = parseInput(entInput, raw, (f) => (f.startsWith("policies") ? "register §14" : "21.01"));
  const pol = SD71_POLICIES.resolve(i.policies);
  const t = new Trace().cite("21.01(a)");
  if (i.layoffDate < i.startDate) throw new InputError("layoffDate is before startDate", "layoffDate", "21.01(a)");
  const between: { day: DayNumber; name: string }[] = [];
  for (let y = civilFromDay(i.startDate).y; y <= civilFromDay(i.layoffDate).y; y++)
    for (const h of sd71HolidaysOfYear(y)) if (h.day >= i.startDate && h.day <= i.layoffDate) between.push(h);
  const list = between.map((h) => formatIsoDate(h.day));
  if (i.status === "temporary" || i.status === "supervision_assistant") {
    t.cite("28.05", "1.09").step("Temporary employees (and supervision assistants, 1.09) are paid 15.5% in lieu, which includes statutory holiday pay (28.05).");
    return t.done({ holidaysBetween: list, paidHolidays: [] });
  }
  t.step(`Holidays between ${formatIsoDate(i.startDate)} and ${formatIsoDate(i.layoffDate)}: ${between.map((h) => `${formatIsoDate(h.day)} ${h.name}`).join(", ") || "none"}.`);
  t.interpret("A25");
  if (pol.A25 === "ignore") return t.done({ holidaysBetween: list, paidHolidays: list });
  if (i.daysWorkedOrCounted === undefined && i.fifteenOfThirtyMet === undefined)
    throw new InputError("give daysWorkedOrCounted or fifteenOfThirtyMet for the ESA test", "daysWorkedOrCounted", "21.01(b)");
  t.cite("21.01(b)", "21.01(c)");
  const worked = new Set(i.daysWorkedOrCounted ?? []);
  const paid: string[] = [];
  for (const h of between) {
    const employed = h.day - i.startDate;
    let fifteen = i.fifteenOfThirtyMet ?? false;
    if (i.daysWorkedOrCounted) {
      let n = 0;
      for (let d = addDays(h.day, -30); d < h.day; d++) if (worked.has(d)) n++;
      fifteen = n >= 15;
    }
    const ok = employed >= 30 && fifteen;
    if (ok) paid.push(formatIsoDate(h.day));
    t.step(`${formatIsoDate(h.day)} ${h.name}: employed ${employed} calendar days before it (30 needed)${i.daysWorkedOrCounted ? "" : ""}; 15 of the 30 days before ${fifteen ? "met" : "not met"} → ${ok ? "paid" : "not paid"} (ESA test, A25).`);
  }
  return t.done({ holidaysBetween: list, paidHolidays: paid });
}

const payInput = z.strictObject({ hourlyRateCents: positiveCents, regularDailyHours: hours, dailyDifferentialCents: cents.optional() });
/** Holiday pay: regular daily hours at the regular rate, with the shift differentials and in-charge allowances normally received (21.06). */
export function sd71HolidayPay(raw: z.input<typeof payInput>): Explanation & { cents: number } {
  const i = parseInput(payInput, raw, "21.06");
  const base = divRoundHalfUp(i.hourlyRateCents * minutesOf(i.regularDailyHours), 60);
  const c = base + (i.dailyDifferentialCents ?? 0);
  const t = new Trace().cite("21.01(a)", "21.06");
  t.step(`${fmtHours(minutesOf(i.regularDailyHours))} h × ${formatCents(i.hourlyRateCents)} = ${formatCents(base)}${i.dailyDifferentialCents ? ` + ${formatCents(i.dailyDifferentialCents)} differential (21.06)` : ""} = ${formatCents(c)}. Work on the holiday is paid at 2× in addition (21.04).`);
  return t.done({ cents: c });
}

const bankInput = z.strictObject({
  date: isoDay,
  status: z.enum(["regular", "probationary", "continuing_temporary", "temporary"]),
  twelveMonthEmployee: z.boolean(),
  overtimeHours: z.strictObject({ "1.5": hours, "2": hours }),
  /** Banked hours not yet scheduled on an approved leave form. */
  unscheduledBankHours: z.number().finite().nonnegative().max(10_000),
});
/** 19.03: time off at the overtime rate instead of pay, for regular employees, pre-approved. */
export function sd71BankedTime(raw: z.input<typeof bankInput>): Explanation & { bankable: boolean; bankedHours: number; carriesOver: boolean } {
  const i = parseInput(bankInput, raw, "19.03");
  const t = new Trace().cite("19.03");
  if (i.status !== "regular") {
    t.step("Banked time is for regular employees only (19.03).");
    return t.done({ bankable: false, bankedHours: 0, carriesOver: false });
  }
  if (i.unscheduledBankHours >= 8) {
    t.cite("19.03(d)").step(`${i.unscheduledBankHours} banked hours are not yet scheduled: every 8 hours must be scheduled on an approved leave form before more is banked (19.03(d)).`);
    return t.done({ bankable: false, bankedHours: 0, carriesOver: false });
  }
  const min = minutesOf(i.overtimeHours["1.5"]) * 1.5 + minutesOf(i.overtimeHours["2"]) * 2;
  const { y, m, d } = civilFromDay(i.date);
  const carries = i.twelveMonthEmployee && m === 12 && d >= 2;
  t.step(`${fmtHours(minutesOf(i.overtimeHours["1.5"]))} h × 1.5 + ${fmtHours(minutesOf(i.overtimeHours["2"]))} h × 2 = ${fmtHours(min)} h of time off.`);
  if (i.twelveMonthEmployee) t.cite("19.03(b)").step(carries ? `Banked within 30 days of the end of ${y}: carried over into ${y + 1} (19.03(b)).` : `To be used within ${y} at the location earned (19.03(b)); never lost (19.03(f)).`);
  else t.cite("19.03(a)").step("To be used within the appointment's school year at the location earned (19.03(a)); never lost (19.03(f)).");
  return t.done({ bankable: true, bankedHours: min / 60, carriesOver: carries });
}
