// 17.03: "thirty (30) working days before the layoff is to be effective", and pay in lieu
// for the part of the notice period in which work was not available. A29: the 30 days
// lie strictly between the notice day and the effective date (default).
import { z } from "zod";
import { formatIsoDate } from "../core/date";
import { workingCalendar } from "../core/working-days";
import { shiftWorkingDays } from "../core/working-days-shift";
import { Trace, type Explanation } from "../core/explain";
import { formatCents } from "../core/money";
import { isoDay, parseInput, cents } from "./input";
import { sd71WorkingDays } from "./calendar";
import { SD71_POLICIES } from "./interpretations";

const input = z.strictObject({
  effectiveDate: isoDay,
  noticeDate: isoDay.optional(),
  /** Scheduled working days of the notice period on which no work was available, and the daily regular pay. */
  daysWithoutWork: z.number().int().nonnegative().max(30).optional(),
  dailyPayCents: cents.optional(),
  policies: SD71_POLICIES.schema.optional(),
});
export interface Sd71LayoffNoticeResult extends Explanation {
  latestNoticeDate: string;
  compliant: boolean | null;
  workingDaysOfNotice: number | null;
  shortfallWorkingDays: number | null;
  payInLieuCents: number | null;
}

export function sd71LayoffNotice(raw: z.input<typeof input>): Sd71LayoffNoticeResult {
  const i = parseInput(input, raw, (f) => (f.startsWith("policies") ? "register §14" : "17.03"));
  const pol = SD71_POLICIES.resolve(i.policies);
  const t = new Trace().cite("17.03").interpret("A29");
  const cal = workingCalendar(sd71WorkingDays);
  const strict = pol.A29 === "strictlyBetween";
  const latest = shiftWorkingDays(cal, i.effectiveDate, strict ? -31 : -30);
  t.step(`Layoff effective ${formatIsoDate(i.effectiveDate)}: ${strict ? "30 working days must lie strictly between the notice day and that date" : "the notice day counts as the first of the 30 working days"} (A29 = ${pol.A29}) → latest notice ${formatIsoDate(latest)}.`);
  let compliant: boolean | null = null, given: number | null = null, shortfall: number | null = null;
  if (i.noticeDate !== undefined) {
    given = strict ? cal.countBetween(i.noticeDate, i.effectiveDate - 1) : cal.countBetween(i.noticeDate - 1, i.effectiveDate - 1);
    compliant = given >= 30;
    shortfall = Math.max(0, 30 - given);
    t.step(`Notice given ${formatIsoDate(i.noticeDate)}: ${given} working days of notice → ${compliant ? "compliant" : `short by ${shortfall} (flag for review; the remedy is not stated)`}.`);
  }
  let pay: number | null = null;
  if (i.daysWithoutWork !== undefined && i.dailyPayCents !== undefined) {
    pay = i.daysWithoutWork * i.dailyPayCents;
    t.step(`Pay in lieu for ${i.daysWithoutWork} day(s) without work in the notice period × ${formatCents(i.dailyPayCents)} = ${formatCents(pay)}.`);
  }
  return t.done({ latestNoticeDate: formatIsoDate(latest), compliant, workingDaysOfNotice: given, shortfallWorkingDays: shortfall, payInLieuCents: pay });
}
