/**
 * SD71 seniority (Art. 15) from the service ledger: the regular seniority date (15.01) for
 * regular and probationary employees once probation is passed (16.04), and continuing
 * temporary status and seniority (15.03) for temporaries, from their hours. An HOURS_WORKED
 * entry spanning dates is read as its hours spread evenly over the weekdays of the span;
 * full-time daily hours are taken as 7 (A27) where the ledger does not say.
 */
import { sd71ContinuingTemporaryStatus, sd71CtSeniorityDate, sd71Classification, sd71SeniorityDate, sd71SeniorityStanding, sd71TrialOrProbationEnd, sd73SchoolYear } from "@/lib/rules";
import { BREAK_REASONS } from "@/lib/rules/sd71-cupe439/seniority";
import { addMonths, isoWeekday, type DayNumber } from "@/lib/rules/core";
import { day, iso, weekdays } from "./days";
import type { Explained, LedgerEmployee, LedgerRecord, ListKind } from "./types";

export const SD71_BREAK_REASONS = Object.keys(BREAK_REASONS) as Array<keyof typeof BREAK_REASONS>;
const FULL_TIME_DAILY_HOURS = 7;
const REGULAR_TYPES = new Set(["REGULAR", "PROBATIONARY"]);

export interface Sd71Figures extends Explained {
  list: ListKind | null;
  startDate: string;
  seniorityDate: string | null;
  ctStatusDate: string | null;
  probationEnds: string | null;
  /** The figures hold for any list date on or after this one. */
  stableFrom: string;
}

type Break = { from: string; to: string; reason: keyof typeof BREAK_REASONS };
function breaks(records: LedgerRecord[], through: string): Break[] {
  return records
    .filter((r) => r.kind === "UNPAID_BREAK")
    .map((r) => ({
      from: r.startDate,
      to: !r.endDate || r.endDate > through ? through : r.endDate,
      reason: (r.reason && r.reason in BREAK_REASONS ? r.reason : "unpaid-leave") as Break["reason"],
    }))
    .filter((b) => b.to >= b.from);
}

/** Daily hours from HOURS_WORKED entries, spread over the weekdays of each span (whole minutes). */
export function dailyHours(records: LedgerRecord[], through: DayNumber, before?: DayNumber): Array<{ date: string; hours: number }> {
  const byDay = new Map<DayNumber, number>();
  for (const r of records) {
    if (r.kind !== "HOURS_WORKED" || !r.quantity) continue;
    const a = day(r.startDate);
    const end = r.endDate ? day(r.endDate) : a;
    const b = Math.min(end, through, before === undefined ? Infinity : before - 1);
    // Spread over the whole span, then keep the days up to the cut-off.
    const n = weekdays(a, end);
    if (n === 0) continue;
    const minutes = Math.round((r.quantity * 60) / 100);
    const per = Math.floor(minutes / n);
    let extra = minutes - per * n;
    for (let d = a; d <= b; d++) {
      if (isoWeekday(d) > 5) continue;
      const m = per + (extra-- > 0 ? 1 : 0);
      byDay.set(d, (byDay.get(d) ?? 0) + m);
    }
  }
  return [...byDay.entries()].sort((x, y) => x[0] - y[0]).map(([d, m]) => ({ date: iso(d), hours: m / 60 }));
}

/** The BC school year's first and last days around a date (district calendar not encoded: D.17.1 days are used). */
function schoolYears(from: DayNumber): Array<{ firstDay: string; lastDay: string }> {
  const y0 = new Date(iso(from) + "T00:00:00Z").getUTCFullYear() - 1;
  return [0, 1, 2, 3].map((k) => {
    const r = sd73SchoolYear({ schoolYear: `${y0 + k}-${String((y0 + k + 1) % 100).padStart(2, "0")}` });
    return { firstDay: r.firstDay, lastDay: r.lastDay };
  });
}

/** The effective date of the latest LAYOFF not followed by a RECALL, among the entries given (null: not laid off). */
export function openLayoff(records: LedgerRecord[]): string | null {
  const last = records.filter((r) => r.kind === "LAYOFF" || r.kind === "RECALL").sort((a, b) => (a.startDate < b.startDate ? -1 : a.startDate > b.startDate ? 1 : a.kind === "RECALL" ? 1 : -1)).pop();
  return last?.kind === "LAYOFF" ? last.startDate : null;
}

/** SD71 figures as of `asOf` (ledger entries after it are ignored). */
export function sd71Figures(e: LedgerEmployee, all: LedgerRecord[], asOf: string): Sd71Figures {
  const records = all.filter((r) => r.startDate <= asOf);
  const through = day(asOf);
  const citations = new Set<string>(), steps: string[] = [], interpretations = new Set<string>();
  const take = (r: Explained) => {
    r.citations.forEach((c) => citations.add(c));
    r.interpretations.forEach((c) => interpretations.add(c));
    steps.push(...r.steps);
  };
  const br = breaks(records, asOf);
  const lastBreakEnd = br.reduce((m, b) => (b.to > m ? b.to : m), "");
  // A break still open at the list date grows with the date: such figures are never reused.
  const openBreak = records.some((r) => r.kind === "UNPAID_BREAK" && (!r.endDate || r.endDate > asOf)) ? "9999-12-31" : "";
  const done = (f: Omit<Sd71Figures, keyof Explained | "stableFrom">, stable: string[]) => ({
    ...f, stableFrom: stable.filter(Boolean).sort().pop() ?? f.startDate,
    citations: [...citations], steps, interpretations: [...interpretations],
  });
  if (REGULAR_TYPES.has(e.employmentType)) {
    const appt = records.filter((r) => r.kind === "APPOINTMENT").map((r) => r.startDate).sort()[0] ?? e.hireDate;
    const anchor = day(appt);
    const custodial = /custodian|bus driver/i.test(e.classification ?? "");
    const prob = sd71TrialOrProbationEnd({
      kind: "probation", start: appt, absences: br.map((b) => ({ from: b.from, to: b.to })),
      ...(custodial ? { busDriverOrCustodian: true, schoolYears: schoolYears(anchor) } : {}),
    });
    take(prob);
    const probationCompleted = prob.completedOn !== null && prob.completedOn <= asOf;
    const temporaryDays = dailyHours(records, through, anchor)
      .filter((d) => day(d.date) >= addMonths(anchor, -24))
      .slice(-2000)
      .map((d) => ({ ...d, fullTimeDailyHours: FULL_TIME_DAILY_HOURS }));
    const sen = sd71SeniorityDate({ anchorDate: appt, probationCompleted, temporaryDays, breakInServiceParallelTo1504: false, unpaidBreaks: br });
    take(sen);
    // 15.04(a)(3): a layoff not ended by a recall takes the employee off the list once its window has run out.
    const layoff = openLayoff(records);
    let onList = sen.seniorityDate !== null;
    if (layoff && sen.seniorityDate) {
      const standing = sd71SeniorityStanding({ seniorityDate: sen.seniorityDate, layoffEffectiveDate: layoff, asOf });
      take(standing);
      onList = standing.onList;
    }
    return done(
      { list: onList ? "REGULAR" : null, startDate: appt, seniorityDate: sen.seniorityDate, ctStatusDate: null, probationEnds: prob.completedOn },
      // While on layoff the standing changes with the list date: such figures are never reused.
      [appt, prob.completedOn ?? appt, lastBreakEnd, openBreak, layoff ? "9999-12-31" : ""],
    );
  }
  const schedule = sd71Classification(e.classification ?? "")?.schedule ?? "A";
  const hoursRecords = dailyHours(records, through).slice(-20_000);
  const ct = sd71ContinuingTemporaryStatus({ schedule, hoursRecords, retireeOnCall: false, summerStudent: false });
  take(ct);
  if (!ct.ctStatusDate) {
    return done({ list: null, startDate: e.hireDate, seniorityDate: null, ctStatusDate: null, probationEnds: null }, [e.hireDate, openBreak]);
  }
  const cts = sd71CtSeniorityDate({ ctStatusDate: ct.ctStatusDate, unpaidBreaks: br.filter((b) => b.from >= ct.ctStatusDate!) });
  take(cts);
  return done(
    { list: cts.ctSeniorityDate ? "CONTINUING_TEMPORARY" : null, startDate: e.hireDate, seniorityDate: cts.ctSeniorityDate, ctStatusDate: ct.ctStatusDate, probationEnds: null },
    [ct.ctStatusDate, lastBreakEnd, openBreak],
  );
}
