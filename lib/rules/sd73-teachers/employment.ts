/**
 * Employment timelines counted in months with exclusions.
 * C.3.4.a: "during the first six (6) months of a teacher's continuing appointment with the
 * Board, exclusive of: i. any leave of absence …; ii. the months of July and August; iii. a
 * grievance resulting from the evaluation process" the Board may place the teacher on probation.
 * LOU 37 (b): a TTOC "will be deemed to have resigned" if not taught in the previous 8 working
 * months, the Board wrote (copied to the KTTA), and no written response and continued
 * unavailability for 3 working months after the request. "Working months" read as the months
 * of the school year, September to June (spec §3.9).
 */
import { z } from "zod";
import {
  type DayNumber, type Explanation, type IsoDate, Trace, addMonths, civilFromDay, dayRange, formatIsoDate, isoDay, parseInput,
} from "@/lib/rules/core";

const isSummer = (d: DayNumber) => {
  const m = civilFromDay(d).m;
  return m === 7 || m === 8;
};

/** Add months to `from`, skipping July and August (each month counted must be a working month). */
function addWorkingMonths(from: DayNumber, n: number): DayNumber {
  let d = from;
  for (let i = 0; i < n; i++) {
    d = addMonths(d, 1, true);
    while (isSummer(d)) d = addMonths(d, 1, true);
  }
  return d;
}

export interface Sd73ProbationWindowResult extends Explanation {
  /** Last day on which the Board may place the teacher on a probationary appointment. */
  windowEnds: IsoDate;
  excludedDays: number;
}

/** C.3.4.a: the first six months of a continuing appointment, extended by July, August, leaves and evaluation-grievance time. */
export function sd73FirstYearProbationWindow(input: { appointmentStart: IsoDate; excludedPeriods?: { from: IsoDate; to: IsoDate; name?: string }[] }): Sd73ProbationWindowResult {
  const p = parseInput(z.strictObject({ appointmentStart: isoDay, excludedPeriods: z.array(dayRange).optional() }), input, "C.3.4.a");
  const t = new Trace().cite("C.3.4.a");
  const base = addMonths(p.appointmentStart, 6, true) - 1;
  const excluded = (d: DayNumber) => isSummer(d) || (p.excludedPeriods ?? []).some((r) => d >= r.from && d <= r.to);
  // Six months of counted days: every excluded day in the window pushes the end one day later.
  let end = base, count = 0;
  for (;;) {
    let n = 0;
    for (let d = p.appointmentStart; d <= end; d++) if (excluded(d)) n++;
    if (n === count) break;
    count = n;
    end = base + n;
  }
  t.step(`Six months from ${formatIsoDate(p.appointmentStart)} end on ${formatIsoDate(base)}.`);
  if (count) t.step(`Excluded within the window (July, August${p.excludedPeriods?.length ? ", leaves and evaluation grievances" : ""}): ${count} day(s), so the window ends on ${formatIsoDate(end)}.`);
  return t.done({ windowEnds: formatIsoDate(end), excludedDays: count });
}

export interface Sd73DeemedResignationResult extends Explanation {
  deemedResigned: boolean;
  /** The date the TTOC is deemed to have resigned, if the conditions are met by `asOf`. */
  on: IsoDate | null;
  reasons: string[];
}

/** LOU 37 (b): is a TTOC deemed to have resigned on `asOf`? */
export function sd73TtocDeemedResignation(input: {
  lastTaughtDate: IsoDate; letterDate: IsoDate | null; writtenResponseDate: IsoDate | null; availableSince?: IsoDate | null; asOf: IsoDate;
  exempt?: boolean;
}): Sd73DeemedResignationResult {
  const p = parseInput(
    z.strictObject({
      lastTaughtDate: isoDay, letterDate: isoDay.nullable(), writtenResponseDate: isoDay.nullable(), availableSince: isoDay.nullable().optional(), asOf: isoDay,
      exempt: z.boolean().optional(),
    }),
    input,
    "LOU 37",
  );
  const t = new Trace().cite("LOU 37");
  const reasons: string[] = [];
  if (p.exempt) reasons.push("on the re-engagement list, a continuing employee on leave, or on a statutory or contractual leave");
  if (p.letterDate === null) reasons.push("the Board has not written to the TTOC (copied to the KTTA)");
  else {
    const eightMonthsAfterTeaching = addWorkingMonths(p.lastTaughtDate, 8);
    if (p.letterDate < eightMonthsAfterTeaching)
      reasons.push(`the TTOC taught on ${formatIsoDate(p.lastTaughtDate)}, within 8 working months of the letter (from ${formatIsoDate(eightMonthsAfterTeaching)})`);
    const deadline = addWorkingMonths(p.letterDate, 3);
    t.step(`Letter of ${formatIsoDate(p.letterDate)}: 3 working months (September to June) run to ${formatIsoDate(deadline)}.`);
    if (p.writtenResponseDate !== null && p.writtenResponseDate <= deadline) reasons.push(`the TTOC responded in writing on ${formatIsoDate(p.writtenResponseDate)}`);
    if (p.availableSince != null && p.availableSince <= deadline) reasons.push(`the TTOC was available from ${formatIsoDate(p.availableSince)}`);
    if (p.asOf < deadline) reasons.push(`the 3 working months have not passed on ${formatIsoDate(p.asOf)}`);
    if (!reasons.length) {
      t.step(`All three conditions are met: deemed to have resigned on ${formatIsoDate(deadline)}.`);
      return t.done({ deemedResigned: true, on: formatIsoDate(deadline), reasons });
    }
  }
  t.step(`Not deemed to have resigned: ${reasons.join("; ")}.`);
  return t.done({ deemedResigned: false, on: null, reasons });
}
