// Article 22: vacation by completed years of service (22.02(a)–(e); A8), the percentage
// floor (22.02(f); A35), proration for less-than-12-month staff (22.01(c), 22.02; A36),
// continuing-temporary vacation pay (22.02(g),(h)); temporaries receive 15.5% in lieu (28.05).
import { z } from "zod";
import { Trace, type Explanation } from "../core/explain";
import { formatCents } from "../core/money";
import { divRoundHalfUp } from "../core/int-round";
import { rat, mul, div } from "../core/rational";
import { parseInput, cents, positiveCents, hours, minutesOf, fmtHours } from "./input";
import { SD71_POLICIES } from "./interpretations";
import { toFixed } from "../core/rational";

/** 22.02(a)–(e): [completed years from, working days, floor %]. */
export const VACATION_TABLE: readonly { fromYears: number; days: number; percent: number; cite: string }[] = [
  { fromYears: 0, days: 12, percent: 4, cite: "22.02(a)" },
  { fromYears: 2, days: 15, percent: 6, cite: "22.02(b)" },
  { fromYears: 7, days: 20, percent: 8, cite: "22.02(c)" },
  { fromYears: 15, days: 25, percent: 10, cite: "22.02(d)" },
  { fromYears: 20, days: 26, percent: 12, cite: "22.02(e)" },
];

const input = z.strictObject({
  status: z.enum(["regular", "probationary", "continuing_temporary", "temporary"]),
  completedYearsOfService: z.number().int().nonnegative().max(60),
  /** Paid days (or hours) in the vacation year for less-than-12-month, seasonal or part-time staff (22.01(c)). */
  paidDaysInVacationYear: z.number().finite().nonnegative().max(366).optional(),
  policies: SD71_POLICIES.schema.optional(),
});
export interface Sd71VacationResult extends Explanation {
  fullEntitlementDays: number | null;
  proratedDays: number | null;
  minimumPercentOfEarnings: number;
}

const DENOMINATOR = { d260: 260, d261: 261, d195: 195 } as const;

export function sd71VacationEntitlement(raw: z.input<typeof input>): Sd71VacationResult {
  const i = parseInput(input, raw, (f) => (f.startsWith("policies") ? "register §14" : "22.02"));
  const pol = SD71_POLICIES.resolve(i.policies);
  const t = new Trace();
  const y = i.completedYearsOfService;
  if (i.status === "temporary") {
    t.cite("28.05").step("Temporary employees receive 15.5% of salary in lieu of benefits, including vacation pay (28.05).");
    return t.done({ fullEntitlementDays: null, proratedDays: null, minimumPercentOfEarnings: 0 });
  }
  if (i.status === "continuing_temporary") {
    const pct = y >= 5 ? 6 : 4;
    t.cite(y >= 5 ? "22.02(h)" : "22.02(g)").step(`Continuing temporary with ${y} year(s) of service: ${pct}% of earnings.`);
    return t.done({ fullEntitlementDays: null, proratedDays: null, minimumPercentOfEarnings: pct });
  }
  const row = [...VACATION_TABLE].reverse().find((r) => y >= r.fromYears)!;
  let days = row.days, percent = row.percent;
  if (y >= 20) {
    t.interpret("A8");
    days = Math.min(30, 26 + (y - 20));
    if (pol.A8 === "tenUntilThirtyDays" && days < 30) percent = 10;
  }
  t.cite(row.cite, "22.02(f)").step(`${y} completed year(s) of service → ${days} working days, and not less than ${percent}% of earnings (${row.cite}, 22.02(f)).`);
  let prorated: number | null = days;
  if (i.paidDaysInVacationYear !== undefined) {
    t.cite("22.01(c)").interpret("A36");
    const den = DENOMINATOR[pol.A36];
    const exact = div(mul(rat(days), rat(Math.round(i.paidDaysInVacationYear * 100))), rat(den * 100));
    prorated = Number(toFixed(exact, 2));
    t.step(`Prorated: ${days} × ${i.paidDaysInVacationYear} paid days ÷ ${den} (A36) = ${prorated} days (to 2 decimals).`);
  }
  return t.done({ fullEntitlementDays: days, proratedDays: prorated, minimumPercentOfEarnings: percent });
}

const payInput = z.strictObject({
  vacationDays: z.number().finite().nonnegative().max(30),
  hourlyRateCents: positiveCents,
  dailyHours: hours,
  /** Shift differentials and in-charge allowances normally received, per day (22.03(f)). */
  dailyAllowancesCents: cents.optional(),
  minimumPercent: z.union([z.literal(4), z.literal(6), z.literal(8), z.literal(10), z.literal(12)]),
  /** Gross earnings in the vacation year, excluding the vacation pay itself (A35). */
  earningsCents: cents,
});
/** 22.02(f): vacation pay is the greater of the days at the regular rate and the percentage of earnings. */
export function sd71VacationPay(raw: z.input<typeof payInput>): Explanation & { valueOfDaysCents: number; floorCents: number; vacationPayCents: number; topUpCents: number } {
  const i = parseInput(payInput, raw, "22.02(f)");
  const t = new Trace().cite("22.02(f)", "22.03(f)").interpret("A35");
  const daily = divRoundHalfUp(i.hourlyRateCents * minutesOf(i.dailyHours), 60) + (i.dailyAllowancesCents ?? 0);
  const value = divRoundHalfUp(Math.round(i.vacationDays * 100) * daily, 100);
  const floor = divRoundHalfUp(i.earningsCents * i.minimumPercent, 100);
  const pay = Math.max(value, floor);
  t.step(`${i.vacationDays} days × (${formatCents(i.hourlyRateCents)} × ${fmtHours(minutesOf(i.dailyHours))} h${i.dailyAllowancesCents ? ` + ${formatCents(i.dailyAllowancesCents)} allowances` : ""} = ${formatCents(daily)}) = ${formatCents(value)}.`);
  t.step(`${i.minimumPercent}% of earnings ${formatCents(i.earningsCents)} = ${formatCents(floor)}. Vacation pay = the greater: ${formatCents(pay)}${pay > value ? ` (top-up ${formatCents(pay - value)})` : ""}.`);
  return t.done({ valueOfDaysCents: value, floorCents: floor, vacationPayCents: pay, topUpCents: pay - value });
}

const ctPayInput = z.strictObject({ completedYearsOfService: z.number().int().nonnegative().max(60), earningsCents: cents });
/** 22.02(g),(h): continuing temporary vacation pay, 4% (under 5 years) or 6% of earnings. */
export function sd71CtVacationPay(raw: z.input<typeof ctPayInput>): Explanation & { percent: number; cents: number } {
  const i = parseInput(ctPayInput, raw, "22.02(g)");
  const percent = i.completedYearsOfService >= 5 ? 6 : 4;
  const c = divRoundHalfUp(i.earningsCents * percent, 100);
  const t = new Trace().cite(percent === 6 ? "22.02(h)" : "22.02(g)");
  t.step(`${percent}% × ${formatCents(i.earningsCents)} = ${formatCents(c)}.`);
  return t.done({ percent, cents: c });
}
