// 16.01(a)(1) posting period and appointment deadline; 16.03 trial period (40 working
// days, 60 between general classifications) and 16.04 probation (60 working days),
// counted as "actual time worked exclusive of absence"; 16.05 bus drivers' and
// custodians' probation only between the first and last days of the school year.
import { z } from "zod";
import { formatIsoDate, type DayNumber } from "../core/date";
import { workingCalendar } from "../core/working-days";
import { Trace, type Explanation } from "../core/explain";
import { InputError } from "../core/errors";
import { isoDay, parseInput } from "./input";
import { sd71WorkingDays } from "./calendar";
import { sd71HolidayOn } from "./holidays";
import { civilFromDay } from "../core/date";

const postInput = z.strictObject({ postedDate: isoDay });
/** Posting closes on the 5th calendar day after posting, not counting statutory holidays; appointment within 20 working days after. */
export function sd71PostingDeadlines(raw: z.input<typeof postInput>): Explanation & { postingCloses: string; appointmentBy: string; skippedHolidays: string[] } {
  const i = parseInput(postInput, raw, "16.01(a)(1)");
  const t = new Trace().cite("16.01(a)(1)", "21.01");
  let d = i.postedDate, n = 0;
  const skipped: string[] = [];
  while (n < 5) {
    d++;
    if (sd71HolidayOn(d, civilFromDay(d).y)) skipped.push(formatIsoDate(d));
    else n++;
  }
  t.step(`Posted ${formatIsoDate(i.postedDate)}: five calendar days exclusive of statutory holidays${skipped.length ? ` (skipping ${skipped.join(", ")})` : ""} → closes ${formatIsoDate(d)}.`);
  const r = workingCalendar(sd71WorkingDays).add(d, 20);
  t.step(`Appointment within 20 working days after the posting period → by ${formatIsoDate(r.due)}${r.skipped.length ? ` (skipping ${r.skipped.map((s) => formatIsoDate(s.day)).join(", ")})` : ""}.`);
  return t.done({ postingCloses: formatIsoDate(d), appointmentBy: formatIsoDate(r.due), skippedHolidays: skipped });
}

const range = z.strictObject({ from: isoDay, to: isoDay });
const trialInput = z.strictObject({
  kind: z.enum(["probation", "trial"]),
  /** First day worked in the position (day 1). */
  start: isoDay,
  /** 16.03(d): a trial from one general classification to another is 60 working days. */
  betweenGeneralClassifications: z.boolean().optional(),
  /** Scheduled working days not worked (absence), as ranges. */
  absences: z.array(range).max(500),
  /** 16.05: bus driver or custodian probation. */
  busDriverOrCustodian: z.boolean().optional(),
  /** District calendar: school years' first and last days (needed for 16.05). */
  schoolYears: z.array(z.strictObject({ firstDay: isoDay, lastDay: isoDay })).max(20).optional(),
  /** 16.04(d): days by which the Board reduced the probation (waiver = 60). */
  reducedByBoard: z.number().int().nonnegative().max(60).optional(),
});
/** The day the trial or probation period is completed (the last of its working days actually worked). */
export function sd71TrialOrProbationEnd(raw: z.input<typeof trialInput>): Explanation & { workingDaysRequired: number; completedOn: string | null } {
  const i = parseInput(trialInput, raw, (raw as { kind?: string })?.kind === "trial" ? "16.03" : "16.04");
  const t = new Trace();
  let need: number;
  if (i.kind === "trial") {
    need = i.betweenGeneralClassifications ? 60 : 40;
    t.cite(i.betweenGeneralClassifications ? "16.03(d)" : "16.03").step(`Trial period: ${need} working days actually worked${i.betweenGeneralClassifications ? " (between general classifications)" : ""}.`);
  } else {
    need = 60 - (i.reducedByBoard ?? 0);
    t.cite("16.04").step(`Probation: 60 working days actually worked${i.reducedByBoard ? `, reduced by the Board by ${i.reducedByBoard} (16.04(d))` : ""} → ${need}.`);
  }
  if (need === 0) return t.done({ workingDaysRequired: 0, completedOn: formatIsoDate(i.start) });
  const school = i.kind === "probation" && i.busDriverOrCustodian;
  if (school && !i.schoolYears?.length) throw new InputError("schoolYears are required for bus driver and custodian probation", "schoolYears", "16.05");
  if (school) t.cite("16.05").step("Bus driver or custodian: probation is served only between the first and last days of the school year (16.05).");
  const cal = workingCalendar(sd71WorkingDays);
  const absent = (d: DayNumber) => i.absences.some((a) => d >= a.from && d <= a.to);
  const inSchool = (d: DayNumber) => !school || i.schoolYears!.some((y) => d >= y.firstDay && d <= y.lastDay);
  let d = i.start - 1, n = 0;
  const limit = i.start + 366 * 5;
  while (n < need) {
    d++;
    if (d > limit) {
      t.step(`Fewer than ${need} working days are worked within five years of the start: not completed on the data given.`);
      return t.done({ workingDaysRequired: need, completedOn: null });
    }
    if (cal.isWorkingDay(d) && !absent(d) && inSchool(d)) n++;
  }
  t.cite("21.01").step(`Counting from ${formatIsoDate(i.start)} (day 1) on the 21.01 working-day calendar, excluding absences${school ? " and days outside the school year" : ""}: the ${need}th day worked is ${formatIsoDate(d)}.`);
  return t.done({ workingDaysRequired: need, completedOn: formatIsoDate(d) });
}
