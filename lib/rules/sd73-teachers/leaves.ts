/**
 * Leaves (spec §8) with numbers to compute: sick-leave credit (G.18.1.b) and deduction
 * (G.18.4, LOU 42), bereavement (G.4, LOU 42), family illness (G.25), compassionate leave
 * (G.26), and supplemental employment benefits (G.2.3, G.12, G.21.2.b). The full leave
 * table is data in parameters/leaves.ts.
 */
import { z } from "zod";
import { nonNegative as nonNeg } from "./schemas";
import { Q, type Explanation, type Rational, Trace, formatCents, parseInput } from "@/lib/rules/core";
import { sd73Policies, type Sd73Policies } from "./policies";
import { LEAVE_IDS, leaveTable, type LeaveEntitlement, type LeaveId } from "./parameters/leaves";


export interface Sd73SickLeaveCreditResult extends Explanation {
  creditedDays: number;
}

/** G.18.1.b: two days per full month of service; part months pro rata on school days (AMB-15). */
export function sd73SickLeaveCredit(input: { fullMonths: number; partMonths?: { schoolDaysInMonth: number; daysEmployed: number }[] }): Sd73SickLeaveCreditResult {
  const p = parseInput(
    z.strictObject({
      fullMonths: z.number().int().min(0),
      partMonths: z.array(z.strictObject({ schoolDaysInMonth: z.number().int().min(1).max(23), daysEmployed: z.number().int().min(0) }).refine((m) => m.daysEmployed <= m.schoolDaysInMonth, { message: "daysEmployed cannot exceed schoolDaysInMonth", path: ["daysEmployed"] })).optional(),
    }),
    input,
    "G.18.1.b",
  );
  const t = new Trace().cite("G.18.1.b").interpret("AMB-15");
  let total: Rational = Q.rat(2 * p.fullMonths);
  t.step(`${p.fullMonths} full month(s) × 2 days = ${2 * p.fullMonths}.`);
  for (const m of p.partMonths ?? []) {
    const c = Q.rat(2 * m.daysEmployed, m.schoolDaysInMonth);
    total = Q.add(total, c);
    t.step(`Part month: 2 × ${m.daysEmployed} ÷ ${m.schoolDaysInMonth} school days = ${Q.toNumber(c)}.`);
  }
  return t.done({ creditedDays: Q.toNumber(total) });
}

export interface Sd73SickLeaveDeductionResult extends Explanation {
  uncappedDeduction: number;
  deductedFromBank: number;
}

/** G.18.4: one day deducted per working day of sick leave (1.25 in LOU 42 positions), at most 120 in a school year (AMB-16). */
export function sd73SickLeaveDeduction(input: { sickWorkingDaysInSchoolYear: number; fourDayWeek?: boolean; policies?: Sd73Policies }): Sd73SickLeaveDeductionResult {
  const p = parseInput(z.strictObject({ sickWorkingDaysInSchoolYear: nonNeg, fourDayWeek: z.boolean().optional(), policies: sd73Policies.schema }), input, "G.18.4");
  const pol = sd73Policies.resolve(p.policies);
  const t = new Trace().cite("G.18.4").interpret("AMB-16");
  const rate: Rational = p.fourDayWeek ? Q.rat(5, 4) : Q.ONE;
  if (p.fourDayWeek) t.cite("LOU 42").step("LOU 42 four-day-week position: 1.25 days deducted per working day.");
  const days = Q.fromDecimal(p.sickWorkingDaysInSchoolYear) as Rational;
  const uncapped = Q.mul(days, rate);
  const capped = pol["AMB-16"] === "cap-deductions" ? Q.min(uncapped, Q.rat(120)) : Q.mul(Q.min(days, Q.rat(120)), rate);
  t.step(sd73Policies.describe("AMB-16", pol["AMB-16"]) + ".");
  t.step(`${p.sickWorkingDaysInSchoolYear} working day(s) × ${Q.toNumber(rate)} = ${Q.toNumber(uncapped)}; deducted from the bank: ${Q.toNumber(capped)}.`);
  return t.done({ uncappedDeduction: Q.toNumber(uncapped), deductedFromBank: Q.toNumber(capped) });
}

export interface Sd73BereavementResult extends Explanation {
  paidDays: number;
  travelDaysMay: number;
  funeralHalfDayIfNoReplacement: number;
}

/** G.4: five paid days per death in the immediate family (four in LOU 42 positions), up to two more for travel, half a day for a funeral. */
export function sd73Bereavement(input: { immediateFamilyDeath: boolean; travelOutsideLocalCommunity: boolean; fourDayWeek?: boolean }): Sd73BereavementResult {
  const p = parseInput(z.strictObject({ immediateFamilyDeath: z.boolean(), travelOutsideLocalCommunity: z.boolean(), fourDayWeek: z.boolean().optional() }), input, "G.4");
  const t = new Trace().cite("G.4.1", "G.4.2", "G.4.5");
  const paidDays = p.immediateFamilyDeath ? (p.fourDayWeek ? 4 : 5) : 0;
  if (p.fourDayWeek) t.cite("LOU 42");
  t.step(p.immediateFamilyDeath ? `${paidDays} paid days for a death in the immediate family${p.fourDayWeek ? " (LOU 42: 5 ÷ 1.25)" : ""}.` : "Not immediate family: further unpaid leave may be granted (G.4); half a day to attend a funeral if no replacement is needed.");
  const travelDaysMay = p.immediateFamilyDeath && p.travelOutsideLocalCommunity ? 2 : 0;
  if (travelDaysMay) t.step("Up to two more paid days may be granted for travel outside the local community (not unreasonably denied).");
  return t.done({ paidDays, travelDaysMay, funeralHalfDayIfNoReplacement: 0.5 });
}

export interface Sd73FamilyIllnessResult extends Explanation {
  allowedDays: number;
}

/** G.25: sick leave for family illness, at most 3 days per illness and 5 per school year (AMB-24). */
export function sd73FamilyIllnessLeave(input: { requestedDays: number; daysUsedThisIllness: number; daysUsedThisSchoolYear: number }): Sd73FamilyIllnessResult {
  const p = parseInput(z.strictObject({ requestedDays: nonNeg, daysUsedThisIllness: nonNeg, daysUsedThisSchoolYear: nonNeg }), input, "G.25");
  const t = new Trace().cite("G.25").interpret("AMB-24");
  const allowedDays = Math.max(0, Math.min(p.requestedDays, 3 - p.daysUsedThisIllness, 5 - p.daysUsedThisSchoolYear));
  t.step(`At most 3 days per illness (${p.daysUsedThisIllness} used) and 5 per school year (${p.daysUsedThisSchoolYear} used): ${allowedDays} of ${p.requestedDays} requested.`);
  return t.done({ allowedDays });
}

export interface Sd73CompassionateLeaveResult extends Explanation {
  allowedDays: number;
}

/** G.26: sick leave for a family member's hospitalization: 1 day in town or 3 out of town per school year. */
export function sd73CompassionateLeave(input: { outOfTown: boolean; daysUsedThisSchoolYear: number; requestedDays: number }): Sd73CompassionateLeaveResult {
  const p = parseInput(z.strictObject({ outOfTown: z.boolean(), daysUsedThisSchoolYear: nonNeg, requestedDays: nonNeg }), input, "G.26");
  const t = new Trace().cite("G.26").interpret("AMB-24");
  const max = p.outOfTown ? 3 : 1;
  const allowedDays = Math.max(0, Math.min(p.requestedDays, max - p.daysUsedThisSchoolYear));
  t.step(`${p.outOfTown ? "Out of town: 3" : "In town: 1"} day(s) per school year, ${p.daysUsedThisSchoolYear} used: ${allowedDays} allowed.`);
  return t.done({ allowedDays });
}

export interface Sd73SebPhase {
  weeks: number;
  /** Weekly top-up paid by the employer, in cents. */
  weeklyCents: number;
  description: string;
}
export interface Sd73SebResult extends Explanation {
  weeklySalaryExact: string;
  phases: Sd73SebPhase[];
}

/**
 * Supplemental employment benefits, weekly: G.12 maternity, G.21.2.b parental/adoptive, G.2.3
 * compassionate care. Current salary per week = 1/40 of annual (10-month pay) or 1/52 (12-month),
 * as G.2.3.c defines it (AMB-20); weeks count only while school is in session.
 */
export function sd73SupplementalBenefits(input: {
  leave: "maternity" | "parental" | "compassionate-care"; annualSalaryCents: number; payPlan: "10-month" | "12-month"; eiEligible: boolean; eiWeeklyBenefitCents?: number;
}): Sd73SebResult {
  const p = parseInput(
    z.strictObject({
      leave: z.enum(["maternity", "parental", "compassionate-care"]), annualSalaryCents: z.number().int().positive(), payPlan: z.enum(["10-month", "12-month"]),
      eiEligible: z.boolean(), eiWeeklyBenefitCents: z.number().int().min(0).optional(),
    }).refine((v) => !v.eiEligible || v.eiWeeklyBenefitCents !== undefined, { message: "eiWeeklyBenefitCents is required when EI-eligible", path: ["eiWeeklyBenefitCents"] }),
    input,
    input?.leave === "maternity" ? "G.12" : input?.leave === "parental" ? "G.21.2.b" : "G.2.3",
  );
  const t = new Trace().cite("G.2.3.c").interpret("AMB-20");
  const weekly = Q.div(Q.rat(p.annualSalaryCents), Q.rat(p.payPlan === "10-month" ? 40 : 52));
  t.step(`Current salary per week: ${formatCents(p.annualSalaryCents)} ÷ ${p.payPlan === "10-month" ? 40 : 52} = $${Q.toFixed(Q.div(weekly, Q.rat(100)), 4)}.`);
  const ei = Q.rat(p.eiWeeklyBenefitCents ?? 0);
  const pct = (n: number) => Q.mul(weekly, Q.rat(n, 100));
  const cents = (r: Rational) => Math.max(0, Number(Q.roundHalfUp(r)));
  const phases: Sd73SebPhase[] = [];
  if (p.leave === "maternity") {
    t.cite("G.12");
    if (p.eiEligible) {
      phases.push({ weeks: 1, weeklyCents: cents(pct(100)), description: "100% of current salary, first week (G.12.1.a)" });
      phases.push({ weeks: 15, weeklyCents: cents(Q.sub(pct(100), ei)), description: "100% less EI maternity benefits, 15 weeks in session (G.12.1.b–c)" });
    } else phases.push({ weeks: 2, weeklyCents: cents(pct(95)), description: "95% of current salary, first two weeks in session, not in receipt of EI (G.12.2)" });
  } else if (p.leave === "parental") {
    t.cite("G.21.2.b");
    phases.push({ weeks: 2, weeklyCents: cents(pct(75)), description: "75% of current salary, first two weeks in session (G.21.2.b.i)" });
    if (p.eiEligible) phases.push({ weeks: 10, weeklyCents: cents(Q.sub(pct(75), ei)), description: "75% less EI parental/adoptive benefits, 10 weeks in session (G.21.2.b.ii)" });
  } else {
    t.cite("G.2.3");
    if (p.eiEligible) {
      phases.push({ weeks: 1, weeklyCents: cents(pct(100)), description: "100% of current salary, first week (G.2.3.a)" });
      phases.push({ weeks: 8, weeklyCents: cents(Q.sub(pct(100), ei)), description: "100% less EI benefits, 8 more weeks (G.2.3.b)" });
    } else t.step("Compassionate care top-up is paid only to employees eligible for EI benefits (G.2.3).");
  }
  for (const ph of phases) t.step(`${ph.description}: ${formatCents(ph.weeklyCents)} a week for ${ph.weeks} week(s).`);
  return t.done({ weeklySalaryExact: Q.toFixed(Q.div(weekly, Q.rat(100)), 6), phases });
}


export interface Sd73LeaveEntitlementResult extends Explanation {
  leave: LeaveId;
  entitlement: LeaveEntitlement;
}

/** A leave's entitlement as the agreement states it (spec §8), with its article. */
export function sd73LeaveEntitlement(input: { leave: LeaveId }): Sd73LeaveEntitlementResult {
  const p = parseInput(z.strictObject({ leave: z.enum(LEAVE_IDS) }), input, "Section G");
  const e = leaveTable[p.leave];
  const t = new Trace().cite(e.article);
  t.step(`${e.article}: ${e.length}. Paid: ${e.paid}.${e.notice ? ` Notice: ${e.notice}.` : ""}${e.seniority ? ` Seniority: ${e.seniority}.` : ""}`);
  return t.done({ leave: p.leave, entitlement: e });
}
