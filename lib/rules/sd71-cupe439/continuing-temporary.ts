// 15.03: continuing temporary (CT) status from hours in the job category within 24
// consecutive months (1,200 Schedule "A", 1,500 Schedule "B"), exclusions, and the CT
// seniority date with its reductions and loss (15.03(e)).
import { z } from "zod";
import { addMonths, formatIsoDate, type DayNumber } from "../core/date";
import { workingCalendar } from "../core/working-days";
import { shiftWorkingDays } from "../core/working-days-shift";
import { Trace, type Explanation } from "../core/explain";
import { isoDay, parseInput, minutesOf, fmtHours } from "./input";
import { sd71WorkingDays } from "./calendar";
import { SD71_POLICIES } from "./interpretations";
import { unpaidBreak, reductionDays } from "./seniority";

const THRESHOLD = { A: 1200 * 60, B: 1500 * 60 } as const;

const input = z.strictObject({
  schedule: z.enum(["A", "B"]),
  /** Hours worked as a temporary in one job category (A23), by date. */
  hoursRecords: z.array(z.strictObject({
    date: isoDay,
    hours: z.number().finite().nonnegative().max(5000).refine((h) => Math.abs(h * 60 - Math.round(h * 60)) < 1e-9, "must be whole minutes"),
    /** 15.03(a): supervision-assistant hours not in the daily assignment (Schedule A only). */
    supervisionOutsideAssignment: z.boolean().optional(),
  })).max(20_000),
  /** 15.03(d): re-hired retiree on the on-call list; 16.11(e): summer student. */
  retireeOnCall: z.boolean(),
  summerStudent: z.boolean(),
});
export interface Sd71CtStatusResult extends Explanation {
  ctStatusDate: string | null;
  hoursInWindow: number;
  windowStart: string | null;
}

/** First date D on which hours in [D − 24 months + 1 day, D] reach the threshold (A28). */
export function sd71ContinuingTemporaryStatus(raw: z.input<typeof input>): Sd71CtStatusResult {
  const i = parseInput(input, raw, "15.03");
  const t = new Trace().cite(i.schedule === "A" ? "15.03(a)" : "15.03(b)").interpret("A23", "A28");
  const need = THRESHOLD[i.schedule];
  if (i.retireeOnCall || i.summerStudent) {
    t.cite(i.retireeOnCall ? "15.03(d)" : "16.11(e)").step(`${i.retireeOnCall ? "A retiree re-hired to the on-call list" : "A summer student"} does not accrue temporary hours toward CT status.`);
    return t.done({ ctStatusDate: null, hoursInWindow: 0, windowStart: null });
  }
  const byDay = new Map<DayNumber, number>();
  let excluded = 0;
  for (const r of i.hoursRecords) {
    const m = minutesOf(r.hours);
    if (r.supervisionOutsideAssignment && i.schedule === "A") { excluded += m; continue; }
    byDay.set(r.date, (byDay.get(r.date) ?? 0) + m);
  }
  if (excluded) t.interpret("A44").step(`${fmtHours(excluded)} h of supervision-assistant time outside the daily assignment excluded (15.03(a)).`);
  const days = [...byDay.keys()].sort((a, b) => a - b);
  let sum = 0, lo = 0;
  for (let k = 0; k < days.length; k++) {
    const d = days[k];
    sum += byDay.get(d)!;
    const start = addMonths(d, -24) + 1;
    while (days[lo] < start) sum -= byDay.get(days[lo++])!;
    if (sum >= need) {
      t.step(`Hours in the 24 consecutive months ${formatIsoDate(start)} to ${formatIsoDate(d)}: ${fmtHours(sum)} ≥ ${fmtHours(need)} → continuing temporary from ${formatIsoDate(d)} (A28: the day the threshold is reached; CT seniority date = that day).`);
      return t.done({ ctStatusDate: formatIsoDate(d), hoursInWindow: sum / 60, windowStart: formatIsoDate(start) });
    }
  }
  t.step(`The threshold of ${fmtHours(need)} h within 24 consecutive months is not reached (best window so far ends ${days.length ? formatIsoDate(days[days.length - 1]) : "—"} with ${fmtHours(sum)} h).`);
  return t.done({ ctStatusDate: null, hoursInWindow: sum / 60, windowStart: null });
}

const ctSenInput = z.strictObject({ ctStatusDate: isoDay, unpaidBreaks: z.array(unpaidBreak).max(500), policies: SD71_POLICIES.schema.optional() });
/** 15.03(e): CT seniority date reduced by unpaid breaks over 60 working days, each capped at 24 months; a break over 24 consecutive months ends CT status. */
export function sd71CtSeniorityDate(raw: z.input<typeof ctSenInput>): Explanation & { ctSeniorityDate: string | null; statusLostOn: string | null; reductionWorkingDays: number } {
  const i = parseInput(ctSenInput, raw, (f) => (f.startsWith("policies") ? "register §14" : "15.03(e)"));
  const pol = SD71_POLICIES.resolve(i.policies);
  const t = new Trace().cite("15.03(e)").interpret("A3", "A28");
  for (const b of i.unpaidBreaks) {
    if ("from" in b && b.reason !== "24.07(a)" && b.reason !== "24.07(b)" && b.reason !== "illness-injury") {
      const lostOn = addMonths(b.from, 24);
      if (b.to >= lostOn) {
        t.step(`Unpaid break from ${formatIsoDate(b.from)} exceeds 24 consecutive months: CT status and all rights end on ${formatIsoDate(lostOn)} (15.03(e)).`);
        return t.done({ ctSeniorityDate: null, statusLostOn: formatIsoDate(lostOn), reductionWorkingDays: 0 });
      }
    }
  }
  const cal = workingCalendar(sd71WorkingDays);
  // "to a maximum of twenty four (24) consecutive months": the reduction per break is capped at 24 months of working days.
  const cap = cal.countBetween(i.ctStatusDate, addMonths(i.ctStatusDate, 24));
  const reduction = reductionDays(i.unpaidBreaks, pol.A3, t, cap);
  const d = shiftWorkingDays(cal, i.ctStatusDate, reduction);
  t.step(`CT seniority date ${formatIsoDate(i.ctStatusDate)} moved forward ${reduction} working days → ${formatIsoDate(d)}.`);
  return t.done({ ctSeniorityDate: formatIsoDate(d), statusLostOn: null, reductionWorkingDays: reduction });
}
