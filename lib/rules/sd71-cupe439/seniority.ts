// Article 15.01 seniority date: anchor (start of the probationary or CT employment that
// led to regular status), moved back by temporary-day credit (15.01(a)(3), at most 185
// working days) and forward by unpaid breaks over 60 working days (15.01(b), 15.04(c);
// A3), on the 21.01 working-day calendar (A4). Only after probation is passed.
import { z } from "zod";
import { addMonths, formatIsoDate, type DayNumber } from "../core/date";
import { workingCalendar } from "../core/working-days";
import { shiftWorkingDays } from "../core/working-days-shift";
import { Trace, type Explanation } from "../core/explain";
import { InputError } from "../core/errors";
import { isoDay, parseInput, hours, minutesOf } from "./input";
import { sd71WorkingDays } from "./calendar";
import { SD71_POLICIES } from "./interpretations";

export const BREAK_REASONS = {
  "unpaid-leave": { excluded: false, label: "unpaid leave of absence (24.08, 24.09)" },
  "no-assignment": { excluded: false, label: "unpaid break in service" },
  "24.07(a)": { excluded: true, label: "maternity/parental leave (24.07(a))" },
  "24.07(b)": { excluded: true, label: "leave extending maternity/parental leave (24.07(b))" },
  "24.07(e)": { excluded: false, label: "24.07(e) leave – reduces seniority per 15.04(c) (A21; review)" },
  "illness-injury": { excluded: true, label: "involuntary absence due to illness or injury (23.02)" },
  "sick-leave": { excluded: true, label: "sick leave (23.01)" },
  "ltd": { excluded: true, label: "Long Term Disability leave" },
} as const;
export type BreakReason = keyof typeof BREAK_REASONS;

export const unpaidBreak = z.union([
  z.strictObject({ from: isoDay, to: isoDay, reason: z.enum(Object.keys(BREAK_REASONS) as [BreakReason, ...BreakReason[]]) }),
  z.strictObject({ workingDays: z.number().int().nonnegative().max(5000), reason: z.enum(Object.keys(BREAK_REASONS) as [BreakReason, ...BreakReason[]]) }),
]);

const temporaryDay = z.strictObject({
  date: isoDay,
  hours,
  /** Full-time daily hours of the job category (7, 7.5 or 8): "one-half (0.5) time or more per day" (A27). */
  fullTimeDailyHours: hours,
  /** Supervision-assistant hours not in the employee's daily assignment (excluded, A44). */
  supervisionOutsideAssignmentHours: hours.optional(),
});

const input = z.strictObject({
  /** First day as a probationary or continuing temporary employee (the earlier). */
  anchorDate: isoDay,
  probationCompleted: z.boolean(),
  /** Either the count of qualifying temporary days in the prior 24 months, or the day records. */
  temporaryQualifyingDays: z.number().int().nonnegative().max(10_000).optional(),
  temporaryDays: z.array(temporaryDay).max(2000).optional(),
  /** 15.01(a)(3) proviso: a break in service parallel to 15.04 before the anchor. */
  breakInServiceParallelTo1504: z.boolean(),
  unpaidBreaks: z.array(unpaidBreak).max(500),
  policies: SD71_POLICIES.schema.optional(),
});
export type Sd71SeniorityInput = z.input<typeof input>;
export interface Sd71SeniorityResult extends Explanation {
  seniorityDate: string | null;
  provisional: boolean;
  creditedWorkingDays: number;
  reductionWorkingDays: number;
}

const MAX_CREDIT = 185;

/** Length of an unpaid break in working days on the 21.01 calendar. */
export function breakWorkingDays(b: z.output<typeof unpaidBreak>, field: string): number {
  if ("workingDays" in b) return b.workingDays;
  if (b.to < b.from) throw new InputError("to must not be before from", field, "15.01(b)");
  return workingCalendar(sd71WorkingDays).countBetween(b.from - 1, b.to);
}

/** Working days of seniority reduction for a set of breaks (A3), with a step per break. */
export function reductionDays(breaks: z.output<typeof unpaidBreak>[], mode: string, t: Trace, capPerBreak = Infinity): number {
  let total = 0, aggregate = 0;
  breaks.forEach((b, k) => {
    const wd = breakWorkingDays(b, `unpaidBreaks.${k}`);
    const r = BREAK_REASONS[b.reason];
    const where = "from" in b ? `${formatIsoDate(b.from)} to ${formatIsoDate(b.to)}` : "break";
    if (r.excluded) return void t.step(`${where}: ${wd} working days of ${r.label} – excluded, no reduction.`);
    if (b.reason === "24.07(e)") t.interpret("A21");
    if (mode === "aggregate") return void (aggregate += wd);
    const counted = wd > 60 ? Math.min(capPerBreak, mode === "excessOnly" ? wd - 60 : wd) : 0;
    total += counted;
    t.step(`${where}: ${wd} working days of ${r.label}${wd > 60 ? ` exceed 60 → reduce by ${counted}` : " – not over 60, no reduction"}.`);
  });
  if (mode === "aggregate") {
    total = aggregate > 60 ? Math.min(capPerBreak, aggregate) : 0;
    t.step(`Unpaid breaks total ${aggregate} working days${aggregate > 60 ? ` (over 60) → reduce by ${total}` : " – not over 60"} (A3 = aggregate).`);
  }
  return total;
}

export function sd71SeniorityDate(raw: Sd71SeniorityInput): Sd71SeniorityResult {
  const i = parseInput(input, raw, (f) => (f.startsWith("unpaid") ? "15.01(b)" : f.startsWith("policies") ? "register §14" : "15.01(a)"));
  const pol = SD71_POLICIES.resolve(i.policies);
  const t = new Trace().cite("15.01(a)").interpret("A4", "A22");
  const cal = workingCalendar(sd71WorkingDays);
  if (!i.probationCompleted) {
    t.step("Probation not yet completed: no seniority date is dated back until it is (15.01(a) \"Following successful completion of the probationary period\").");
    return t.done({ seniorityDate: null, provisional: true, creditedWorkingDays: 0, reductionWorkingDays: 0 });
  }
  if ((i.temporaryQualifyingDays === undefined) === (i.temporaryDays === undefined))
    throw new InputError("give exactly one of temporaryQualifyingDays or temporaryDays", "temporaryQualifyingDays", "15.01(a)(3)");
  let qualifying = i.temporaryQualifyingDays ?? 0;
  if (i.temporaryDays) {
    t.interpret("A27", "A44");
    const lo = addMonths(i.anchorDate, -24), hi = i.anchorDate - 1;
    const seen = new Set<DayNumber>();
    for (const d of i.temporaryDays) {
      const worked = minutesOf(d.hours) - minutesOf(d.supervisionOutsideAssignmentHours ?? 0);
      if (d.date >= lo && d.date <= hi && 2 * worked >= minutesOf(d.fullTimeDailyHours)) seen.add(d.date);
    }
    qualifying = seen.size;
    t.step(`Temporary days worked at one-half time or more in ${formatIsoDate(lo)} to ${formatIsoDate(hi)} (the 24 months before ${formatIsoDate(i.anchorDate)}): ${qualifying}.`);
  }
  let credit = Math.min(qualifying, MAX_CREDIT);
  if (i.breakInServiceParallelTo1504) {
    credit = 0;
    t.step("A break in service parallel to 15.04 preceded the anchor: no temporary credit (15.01(a)(3) proviso).");
  } else {
    t.cite("15.01(a)(3)").step(`Temporary credit: ${qualifying} day(s)${qualifying > MAX_CREDIT ? `, capped at ${MAX_CREDIT}` : ""} → ${credit} working days.`);
  }
  t.cite("15.01(b)", "15.04(c)").interpret("A3");
  const reduction = reductionDays(i.unpaidBreaks, pol.A3, t);
  const anchor = formatIsoDate(i.anchorDate);
  const date = shiftWorkingDays(cal, i.anchorDate, reduction - credit);
  t.step(`Seniority date: ${anchor} moved back ${credit} and forward ${reduction} working days on the 21.01 calendar → ${formatIsoDate(date)} (A4).`);
  return t.done({ seniorityDate: formatIsoDate(date), provisional: false, creditedWorkingDays: credit, reductionWorkingDays: reduction });
}

const adjustInput = z.strictObject({ seniorityDate: isoDay, unpaidBreaks: z.array(unpaidBreak).max(500), policies: SD71_POLICIES.schema.optional() });
/** 15.01(b), 15.04(c): an existing seniority date moved later by unpaid breaks over 60 working days. */
export function sd71SeniorityReduction(raw: z.input<typeof adjustInput>): Explanation & { adjustedSeniorityDate: string; reductionWorkingDays: number } {
  const i = parseInput(adjustInput, raw, (f) => (f.startsWith("policies") ? "register §14" : "15.01(b)"));
  const pol = SD71_POLICIES.resolve(i.policies);
  const t = new Trace().cite("15.01(b)", "15.04(c)").interpret("A3", "A4");
  const reduction = reductionDays(i.unpaidBreaks, pol.A3, t);
  const d = shiftWorkingDays(workingCalendar(sd71WorkingDays), i.seniorityDate, reduction);
  t.step(`${formatIsoDate(i.seniorityDate)} moved forward ${reduction} working days → ${formatIsoDate(d)}.`);
  return t.done({ adjustedSeniorityDate: formatIsoDate(d), reductionWorkingDays: reduction });
}
