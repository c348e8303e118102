// 16.01(c): re-posting a newly created position whose hours or pay grade rise within six
// months of its effective date; 16.08: when a position is given regular status.
import { z } from "zod";
import { formatIsoDate, monthsPeriodEnd } from "../core/date";
import { Trace, type Explanation } from "../core/explain";
import { fmtHours, isoDay, minutesOf, parseInput } from "./input";

const repostInput = z.strictObject({
  /** The newly created position's effective date. */
  effectiveDate: isoDay,
  /** The date its hours or pay grade changed. */
  changeDate: isoDay,
  weeklyHoursBefore: z.number().positive().max(60),
  weeklyHoursAfter: z.number().positive().max(60),
  /** Numbered pay grades (Pay Grade Classification); trades rates have no grade to count. */
  payGradeBefore: z.number().int().min(1).max(30),
  payGradeAfter: z.number().int().min(1).max(30),
});
export interface Sd71RepostResult extends Explanation { repost: boolean; withinSixMonths: boolean; sixMonthsEnd: string; hoursIncreasePercent: string; gradesIncrease: number }

/** 16.01(c): "increased in hours by a minimum of twenty percent (20%) and/or increased by at least two (2) pay grades within six (6) months of the effective date". */
export function sd71NewPositionRepost(raw: z.input<typeof repostInput>): Sd71RepostResult {
  const i = parseInput(repostInput, raw, "16.01(c)");
  const t = new Trace().cite("16.01(c)");
  const end = monthsPeriodEnd(i.effectiveDate, 6);
  const within = i.changeDate >= i.effectiveDate && i.changeDate <= end;
  const before = minutesOf(i.weeklyHoursBefore), after = minutesOf(i.weeklyHoursAfter);
  const hoursOk = after * 5 >= before * 6; // (after − before) / before ≥ 20%
  const grades = i.payGradeAfter - i.payGradeBefore;
  const gradesOk = grades >= 2;
  const pctTenths = Math.round(((after - before) * 1000) / before);
  t.step(`Six months from the effective date ${formatIsoDate(i.effectiveDate)} run to ${formatIsoDate(end)}; the change on ${formatIsoDate(i.changeDate)} is ${within ? "within" : "outside"} them.`);
  t.step(`Hours ${fmtHours(before)} → ${fmtHours(after)} a week: ${(pctTenths / 10).toFixed(1)}% (${hoursOk ? "at least" : "less than"} 20%); pay grade ${i.payGradeBefore} → ${i.payGradeAfter}: ${grades} grade(s) (${gradesOk ? "at least" : "fewer than"} 2).`);
  const repost = within && (hoursOk || gradesOk);
  t.step(repost ? "The position will be re-posted (16.01(c))." : "No re-posting under 16.01(c).");
  return t.done({ repost, withinSixMonths: within, sixMonthsEnd: formatIsoDate(end), hoursIncreasePercent: (pctTenths / 10).toFixed(1), gradesIncrease: grades });
}

const statusInput = z.strictObject({
  /** "the need for the position is ongoing": a judgment the parties make, given here. */
  needOngoing: z.boolean(),
  weeklyHours: z.number().nonnegative().max(60),
  /** Consecutive months of the school year the position runs at these hours. */
  consecutiveSchoolYearMonths: z.number().int().min(0).max(12),
  /** Longest run of consecutive months at full time within one calendar year. */
  fullTimeConsecutiveMonthsInCalendarYear: z.number().int().min(0).max(12),
  /** Consecutive months the need for the position has lasted. */
  consecutiveMonthsOfNeed: z.number().int().min(0).max(600),
  demonstratedAnnualNeedForATerm: z.boolean().optional(),
});
export interface Sd71RegularStatusResult extends Explanation { regular: boolean; grounds: string[] }

/** 16.08: a position with an ongoing need is given regular status when (a), (b) or (c) holds. */
export function sd71PositionRegularStatus(raw: z.input<typeof statusInput>): Sd71RegularStatusResult {
  const i = parseInput(statusInput, raw, "16.08");
  const t = new Trace().cite("16.08");
  const grounds: string[] = [];
  if (i.weeklyHours >= 15 && i.consecutiveSchoolYearMonths >= 10) grounds.push("16.08(a)");
  t.step(`(a) ${i.weeklyHours} h a week for ${i.consecutiveSchoolYearMonths} consecutive month(s): ${grounds.includes("16.08(a)") ? "met" : "not met"} (at least 15 h a week for the school year, generally ten consecutive months).`);
  if (i.fullTimeConsecutiveMonthsInCalendarYear >= 7) grounds.push("16.08(b)");
  t.step(`(b) full time for ${i.fullTimeConsecutiveMonthsInCalendarYear} consecutive month(s) in the calendar year: ${grounds.includes("16.08(b)") ? "met" : "not met"} (at least seven).`);
  const c = i.consecutiveMonthsOfNeed > 24 || i.demonstratedAnnualNeedForATerm === true;
  if (c) grounds.push("16.08(c)");
  t.step(`(c) need for ${i.consecutiveMonthsOfNeed} consecutive month(s)${i.demonstratedAnnualNeedForATerm ? ", with a demonstrated annual need for a term" : ""}: ${c ? "met" : "not met"} (more than 24, or a demonstrated annual need for a term).`);
  for (const g of grounds) t.cite(g);
  const regular = i.needOngoing && grounds.length > 0;
  t.step(!i.needOngoing ? "The need for the position is not ongoing: no regular status." : regular ? `Regular status (${grounds.join(", ")}); the Board reviews temporary employees' status with the Union at least annually.` : "None of (a)–(c) holds: the position stays temporary.");
  return t.done({ regular, grounds });
}
