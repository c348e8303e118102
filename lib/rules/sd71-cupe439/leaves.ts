// Article 24 leaves of absence as data, the 24.02 Union-leave limits and the 24.07(j)
// supplemental employment benefit (SUB) plan.
import { z } from "zod";
import { Trace, type Explanation } from "../core/explain";
import { formatCents } from "../core/money";
import { divRoundHalfUp } from "../core/int-round";
import { parseInput, cents } from "./input";

export const SD71_LEAVES = [
  { id: "union-with-board", article: "24.01", maxDays: null, pay: "with pay", who: "up to 4 elected Union representatives" },
  { id: "union-other", article: "24.02", maxDays: 108, pay: "Board pays, Union reimburses", who: "up to 6 representatives at a time; 108 person-days a year in total" },
  { id: "bereavement", article: "24.03(a)", maxDays: 3, pay: "without loss of salary", who: "regular and CT (24.11)" },
  { id: "bereavement-immediate-extra", article: "24.03(b)", maxDays: 2, pay: "charged to sick leave (24.05)", who: "death of spouse, children or parents" },
  { id: "pallbearer", article: "24.03(c)", maxDays: 1, pay: "without loss of pay", who: "regular and CT (24.11)" },
  { id: "family-illness", article: "24.04", maxDays: 3, pay: "charged to sick leave (24.05)", who: "regular and CT (24.11); immediate family" },
  { id: "jury-witness", article: "24.06", maxDays: null, pay: "without loss of pay; fees to the Board", who: "regular and CT (24.11)" },
  { id: "court-party", article: "24.06", maxDays: null, pay: "without pay", who: "any employee" },
  { id: "maternity-parental", article: "24.07(a)", maxDays: null, pay: "without pay (Employment Standards Act)", who: "per ESA" },
  { id: "extended-unpaid", article: "24.07(e)", maxDays: null, pay: "without pay; up to 24 months, ends June 30", who: "3 or more years of service" },
  { id: "day-of-birth", article: "24.07(h)", maxDays: 1, pay: "without loss of pay (plus up to 10 days without pay)", who: "regular and CT (24.11)" },
  { id: "adoption", article: "24.07(i)", maxDays: 3, pay: "without loss of pay (both parents: 4 working days combined)", who: "regular and CT (24.11)" },
  { id: "short-term", article: "24.08", maxDays: 40, pay: "without pay, without loss of seniority", who: "regular" },
  { id: "long-term", article: "24.09", maxDays: null, pay: "without pay", who: "regular with 3 or more years of service" },
  { id: "first-aid-exam", article: "25.07(a)", maxDays: null, pay: "without loss of pay", who: "designated first aid attendant" },
  { id: "pd-day", article: "36.03", maxDays: 1, pay: "without loss of pay", who: "regular, one a calendar year" },
] as const;

const unionInput = z.strictObject({
  personDaysUsedThisYear: z.number().int().nonnegative().max(10_000),
  requestedPersonDays: z.number().int().nonnegative().max(10_000),
  representativesAlreadyAway: z.number().int().nonnegative().max(1000),
  requestedRepresentatives: z.number().int().nonnegative().max(1000),
});
/** 24.02: no more than 6 representatives at any one time and 108 person-days a year. */
export function sd71UnionLeaveCheck(raw: z.input<typeof unionInput>): Explanation & { personDaysApprovable: number; maxSimultaneousReps: number; simultaneousOK: boolean } {
  const i = parseInput(unionInput, raw, "24.02");
  const left = Math.max(0, 108 - i.personDaysUsedThisYear);
  const approvable = Math.min(left, i.requestedPersonDays);
  const ok = i.representativesAlreadyAway + i.requestedRepresentatives <= 6;
  const t = new Trace().cite("24.02");
  t.step(`108 − ${i.personDaysUsedThisYear} person-days used = ${left} left → ${approvable} of ${i.requestedPersonDays} approvable; ${i.representativesAlreadyAway} + ${i.requestedRepresentatives} representatives ${ok ? "≤" : ">"} 6 at one time.`);
  return t.done({ personDaysApprovable: approvable, maxSimultaneousReps: 6, simultaneousOK: ok });
}

const subInput = z.strictObject({
  monthsAsRegular: z.number().int().nonnegative().max(1000),
  monthsWorked: z.number().int().nonnegative().max(1000),
  /** Leave week (1 = first week of the leave). */
  week: z.number().int().positive().max(17).optional(),
  currentWeeklyEarningsCents: cents.optional(),
  weeklyEiCents: cents.optional(),
  otherEarningsCents: cents.optional(),
});
/** 24.07(j): eligibility (36 months regular, 30 worked) and the weekly SUB top-up. */
export function sd71SubPlan(raw: z.input<typeof subInput>): Explanation & { eligible: boolean; subCents: number | null } {
  const i = parseInput(subInput, raw, "24.07(j)");
  const t = new Trace().cite("24.07(j)");
  const eligible = i.monthsAsRegular >= 36 && i.monthsWorked >= 30;
  t.step(`${i.monthsAsRegular} months as a regular employee (36 needed) and ${i.monthsWorked} months worked (30 needed) → ${eligible ? "eligible" : "not eligible"} (24.07(j)(1)).`);
  if (!eligible || i.week === undefined || i.currentWeeklyEarningsCents === undefined) return t.done({ eligible, subCents: null });
  let sub: number;
  if (i.week <= 2) {
    sub = Math.max(0, divRoundHalfUp(i.currentWeeklyEarningsCents * 95, 100) - (i.otherEarningsCents ?? 0));
    t.step(`Week ${i.week} (EI waiting period): 95% × ${formatCents(i.currentWeeklyEarningsCents)} − other earnings ${formatCents(i.otherEarningsCents ?? 0)} = ${formatCents(sub)} (24.07(j)(3),(4)).`);
  } else {
    if (i.weeklyEiCents === undefined) return t.done({ eligible, subCents: null });
    sub = Math.max(0, divRoundHalfUp(i.currentWeeklyEarningsCents * 75, 100) - i.weeklyEiCents);
    t.step(`Week ${i.week}: 75% × ${formatCents(i.currentWeeklyEarningsCents)} − EI ${formatCents(i.weeklyEiCents)} = ${formatCents(sub)} (24.07(j)(5)).`);
  }
  return t.done({ eligible, subCents: sub });
}
