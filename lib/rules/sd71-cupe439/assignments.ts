// Higher-rate work (25.04, 25.06), technological-change pay protection (30.04),
// kilometrage (25.03) and the step 1 → step 2 increment (wage schedule note **).
import { z } from "zod";
import { addMonths, formatIsoDate } from "../core/date";
import { Trace, type Explanation } from "../core/explain";
import { formatCents } from "../core/money";
import { divRoundHalfUp } from "../core/int-round";
import { isoDay, parseInput, positiveCents, cents, hours, minutesOf, fmtHours } from "./input";
import { ALLOWANCES } from "./allowances";
import { SD71_POLICIES } from "./interpretations";

const substInput = z.strictObject({
  ownRateCents: positiveCents,
  higherRateCents: positiveCents,
  fullyQualified: z.boolean(),
  /** 25.06(a)(3): the length was known before it began to exceed five days. */
  knownInAdvanceToExceed5Days: z.boolean(),
  /** 25.04: specifically assigned in writing to the higher-rated job. */
  assignedInWriting: z.boolean().optional(),
  daysWorked: z.number().int().positive().max(400),
  dailyHours: hours,
  policies: SD71_POLICIES.schema.optional(),
});
export interface Sd71SubstitutionResult extends Explanation {
  daysAtOwnRate: number;
  daysAtHigherRate: number;
  ownRatePayCents: number;
  higherRatePayCents: number;
  totalCents: number;
}

/** 25.04 / 25.06: pay for replacing someone in a higher-rated position (A14). */
export function sd71SubstitutionPay(raw: z.input<typeof substInput>): Sd71SubstitutionResult {
  const i = parseInput(substInput, raw, (f) => (f.startsWith("policies") ? "register §14" : "25.06"));
  const pol = SD71_POLICIES.resolve(i.policies);
  const t = new Trace();
  let higherDays = 0;
  if (i.assignedInWriting) {
    higherDays = i.daysWorked;
    t.cite("25.04").step("Specifically assigned in writing to the higher-rated job: the prevailing rate for the position from the first hour (25.04).");
  } else if (!i.fullyQualified) {
    t.cite("25.06(a)(1)", "25.06(b)").step("Not fully qualified: paid at the employee's own rate (25.06(a)(1), (b)).");
  } else if (i.knownInAdvanceToExceed5Days) {
    higherDays = i.daysWorked;
    t.cite("25.06(a)(3)").step("Known before it began to exceed five days and fully qualified: the position's rate from the first day (25.06(a)(3)).");
  } else if (i.daysWorked > 5) {
    t.cite("25.06(a)(2)").interpret("A14");
    higherDays = pol.A14 === "retroactiveToDay1" ? i.daysWorked : i.daysWorked - 5;
    t.step(pol.A14 === "fromDay6"
      ? "Not known in advance; the assignment exceeded five days: the position's rate from day 6 (25.06(a)(2); A14 = fromDay6)."
      : "Not known in advance; once it exceeded five days, the position's rate applies from day 1 (A14 = retroactiveToDay1).");
  } else {
    t.cite("25.06(a)(2)").step("Five days or fewer and not known in advance to exceed five: the employee's own rate (25.06(a)(2)).");
  }
  const min = minutesOf(i.dailyHours);
  const ownDays = i.daysWorked - higherDays;
  const own = divRoundHalfUp(i.ownRateCents * min * ownDays, 60);
  const higher = divRoundHalfUp(i.higherRateCents * min * higherDays, 60);
  if (ownDays) t.step(`${ownDays} day(s) × ${fmtHours(min)} h × ${formatCents(i.ownRateCents)} = ${formatCents(own)}.`);
  if (higherDays) t.step(`${higherDays} day(s) × ${fmtHours(min)} h × ${formatCents(i.higherRateCents)} = ${formatCents(higher)}.`);
  return t.done({ daysAtOwnRate: ownDays, daysAtHigherRate: higherDays, ownRatePayCents: own, higherRatePayCents: higher, totalCents: own + higher });
}

const techInput = z.strictObject({ previousRateCents: positiveCents, newRateCents: positiveCents, reassignmentDate: isoDay });
/** 30.04: three months at the previous rate, three at the half-way rate (rounded half up), then the new rate. */
export function sd71TechChangeProtection(raw: z.input<typeof techInput>): Explanation & { periods: { from: string; to: string | null; rateCents: number }[] } {
  const i = parseInput(techInput, raw, "30.04");
  const t = new Trace().cite("30.04");
  if (i.newRateCents >= i.previousRateCents) {
    t.step("The new job's rate is not lower: no protection applies (30.04).");
    return t.done({ periods: [{ from: formatIsoDate(i.reassignmentDate), to: null, rateCents: i.newRateCents }] });
  }
  const m3 = addMonths(i.reassignmentDate, 3), m6 = addMonths(i.reassignmentDate, 6);
  const half = divRoundHalfUp(i.previousRateCents + i.newRateCents, 2);
  const periods = [
    { from: formatIsoDate(i.reassignmentDate), to: formatIsoDate(m3 - 1), rateCents: i.previousRateCents },
    { from: formatIsoDate(m3), to: formatIsoDate(m6 - 1), rateCents: half },
    { from: formatIsoDate(m6), to: null, rateCents: i.newRateCents },
  ];
  t.step(`Months 1–3 (${periods[0].from} to ${periods[0].to}): previous rate ${formatCents(i.previousRateCents)}.`);
  t.step(`Months 4–6 (${periods[1].from} to ${periods[1].to}): half-way (${formatCents(i.previousRateCents)} + ${formatCents(i.newRateCents)}) ÷ 2 = ${formatCents(half)}, rounded half up.`);
  t.step(`From ${periods[2].from}: the new job's rate ${formatCents(i.newRateCents)}.`);
  return t.done({ periods });
}

const kmInput = z.strictObject({
  date: isoDay,
  km: z.number().finite().nonnegative().max(100_000).refine((k) => Number.isInteger(k * 10), "kilometres to one decimal"),
  /** BC Government rate in cents per km on that date (external, 25.03). */
  governmentRateCentsPerKm: cents,
  transportingMaterials: z.boolean(),
});
/** 25.03: km × BC Government rate, plus $0.05/km when transporting materials and equipment. */
export function sd71Kilometrage(raw: z.input<typeof kmInput>): Explanation & { cents: number } {
  const i = parseInput(kmInput, raw, "25.03");
  const t = new Trace().cite("25.03");
  const tenths = Math.round(i.km * 10);
  const base = divRoundHalfUp(i.governmentRateCentsPerKm * tenths, 10);
  t.step(`${i.km} km × ${formatCents(i.governmentRateCentsPerKm)} (BC Government rate, an input) = ${formatCents(base)}.`);
  let extra = 0;
  if (i.transportingMaterials) {
    const s = ALLOWANCES.kmMaterialsSupplementCentsPerKm.on(i.date, "date");
    extra = divRoundHalfUp(s.value * tenths, 10);
    t.step(`Transporting materials and equipment: ${i.km} km × ${formatCents(s.value)} = ${formatCents(extra)}.`);
  }
  return t.done({ cents: base + extra });
}

const incInput = z.strictObject({ startInPosition: isoDay });
/** Wage schedule note **: step 2 "after six (6) months in a position" (the Board may shorten it). */
export function sd71StepIncrementDate(raw: z.input<typeof incInput>): Explanation & { step2From: string } {
  const i = parseInput(incInput, raw, "Hourly Wage Schedule note **");
  const d = formatIsoDate(addMonths(i.startInPosition, 6));
  const t = new Trace().cite("Hourly Wage Schedule note **", "Notes on Salary Schedules");
  t.step(`Started in the position ${formatIsoDate(i.startInPosition)}; six months later is ${d}: step 2 from then. The Board may reduce the period (Notes on Salary Schedules). Step 2 → 3 has no stated rule (A16).`);
  t.interpret("A16");
  return t.done({ step2From: d });
}
