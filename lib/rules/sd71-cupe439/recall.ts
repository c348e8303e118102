// 17.04, 17.05: recall in the inverse order of layoff, within the general
// classification, qualified, and still on the seniority list (15.04); CT work offers in
// CT seniority order (17.05(b)); 17.06(c) the 15-of-30-days benefits test.
import { z } from "zod";
import { addDays, formatIsoDate, tryParseIsoDate } from "../core/date";
import { InputError } from "../core/errors";
import { Trace, type Explanation } from "../core/explain";
import { isoDay, parseInput } from "./input";
import { sd71LayoffSeniorityLoss } from "./loss-of-seniority";

const laidOff = z.strictObject({
  id: z.string().min(1),
  layoffDate: isoDay,
  seniorityDate: isoDay,
  generalClassification: z.enum(["a", "b", "c"]),
  /** Classifications the employee has the necessary qualifications for. */
  qualifiedFor: z.array(z.string().min(1)),
});
const recallInput = z.strictObject({
  laidOff: z.array(laidOff).max(20_000),
  vacancy: z.strictObject({ classification: z.string().min(1), generalClassification: z.enum(["a", "b", "c"]), date: isoDay }),
});
export interface Sd71RecallResult extends Explanation {
  offerOrder: string[];
  notEligible: { id: string; reason: string }[];
}

export function sd71RecallOrder(raw: z.input<typeof recallInput>): Sd71RecallResult {
  const i = parseInput(recallInput, raw, "17.04; 17.05(a)");
  const t = new Trace().cite("17.04", "17.05(a)", "27.03", "15.04(a)(3)").interpret("A40");
  const eligible: typeof i.laidOff = [];
  const notEligible: Sd71RecallResult["notEligible"] = [];
  for (const e of i.laidOff) {
    const lost = sd71LayoffSeniorityLoss({ seniorityDate: formatIsoDate(e.seniorityDate), layoffEffectiveDate: formatIsoDate(e.layoffDate) }).seniorityLostOn!;
    let reason: string | null = null;
    if (e.generalClassification !== i.vacancy.generalClassification) reason = `other general classification 27.03(${e.generalClassification})`;
    else if (!e.qualifiedFor.includes(i.vacancy.classification)) reason = `not qualified for ${i.vacancy.classification}`;
    else if (i.vacancy.date >= (tryParseIsoDate(lost) as number)) reason = `seniority lost on ${lost} (15.04(a)(3))`;
    if (reason) notEligible.push({ id: e.id, reason });
    else eligible.push(e);
  }
  eligible.sort((a, b) => b.layoffDate - a.layoffDate || a.seniorityDate - b.seniorityDate);
  t.step(`Recall to ${i.vacancy.classification} (27.03(${i.vacancy.generalClassification})) on ${formatIsoDate(i.vacancy.date)}: last laid off, first recalled; equal layoff dates most senior first (A40).`);
  for (const e of eligible) t.step(`${e.id}: laid off ${formatIsoDate(e.layoffDate)}, seniority ${formatIsoDate(e.seniorityDate)}.`);
  for (const n of notEligible) t.step(`${n.id} not eligible: ${n.reason}.`);
  t.step("Laid-off employees must make a reasonable effort to be available to receive the offer (17.05(c)).");
  return t.done({ offerOrder: eligible.map((e) => e.id), notEligible });
}

const ctInput = z.strictObject({
  jobCategory: z.string().min(1),
  employees: z.array(z.strictObject({
    id: z.string().min(1),
    ctSeniorityDate: isoDay,
    jobCategory: z.string().min(1),
    qualifiedAndAbleWithoutTraining: z.boolean(),
  })).max(20_000),
});
/** 17.05(b): work in the job category offered to CT employees in CT seniority order, before temporaries. */
export function sd71CtWorkOfferOrder(raw: z.input<typeof ctInput>): Explanation & { offerOrder: string[]; ties: string[][] } {
  const i = parseInput(ctInput, raw, "17.05(b)");
  const t = new Trace().cite("17.05(b)", "15.02(b)").interpret("A23");
  const list = i.employees.filter((e) => e.jobCategory === i.jobCategory && e.qualifiedAndAbleWithoutTraining).sort((a, b) => a.ctSeniorityDate - b.ctSeniorityDate);
  const ties: string[][] = [];
  for (let k = 1; k < list.length; k++) if (list[k].ctSeniorityDate === list[k - 1].ctSeniorityDate) ties.push([list[k - 1].id, list[k].id]);
  if (ties.length) t.interpret("A40");
  t.step(`Offers in ${i.jobCategory}: ${list.map((e) => `${e.id} (${formatIsoDate(e.ctSeniorityDate)})`).join(", ") || "none eligible"}; then temporary employees.`);
  return t.done({ offerOrder: list.map((e) => e.id), ties });
}

const benInput = z.strictObject({
  asOfDate: isoDay,
  /** Days worked (or the count) in the 30 calendar days before the as-of date. */
  daysWorked: z.array(isoDay).max(400).optional(),
  daysWorkedCount: z.number().int().nonnegative().max(30).optional(),
});
/** 17.06(c): 15 or more days worked in the previous 30 calendar days → cost-shared premiums (90/10, 28.02(a)). */
export function sd71BenefitsCostShareEligibility(raw: z.input<typeof benInput>): Explanation & { eligible: boolean; daysWorked: number; window: [string, string]; boardPercent: number; employeePercent: number } {
  const i = parseInput(benInput, raw, "17.06(c)");
  const t = new Trace().cite("17.06(c)", "28.02(a)").interpret("A39");
  const from = addDays(i.asOfDate, -30), to = addDays(i.asOfDate, -1);
  const count = i.daysWorked ? new Set(i.daysWorked.filter((d) => d >= from && d <= to)).size : i.daysWorkedCount;
  if (count === undefined) throw new InputError("give daysWorked or daysWorkedCount", "daysWorked", "17.06(c)");
  const eligible = count >= 15;
  t.step(`Days worked ${formatIsoDate(from)} to ${formatIsoDate(to)}: ${count} → ${eligible ? "15 or more: premiums at the 90/10 Board/employee share" : "fewer than 15: coverage only at the full premium cost (17.06(a),(b))"}.`);
  return t.done({ eligible, daysWorked: count, window: [formatIsoDate(from), formatIsoDate(to)], boardPercent: eligible ? 90 : 0, employeePercent: eligible ? 10 : 100 });
}
