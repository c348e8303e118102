/**
 * Time limits (A.6, A.7, and the other steward deadlines of spec §6–7): one function over
 * the data table in parameters/time-limits.ts.
 *
 * A.6.2.b: "within thirty (30) working days of the alleged violation, or within thirty (30)
 * working days of the party becoming reasonably aware of the alleged violation".
 * Counting convention: the trigger is day 0; the Nth counted day is the due date.
 */
import { z } from "zod";
import {
  type IsoDate, type Explanation, type DayNumber, Trace, addDays, addMonths, addYears, monthsPeriodEnd, dayRange, formatIsoDate,
  isoDay, parseInput, workingCalendar, WEEKDAY_NAMES, isoWeekday, type CalendarExtras,
} from "@/lib/rules/core";
import { sd73Calendars } from "./calendar";
import { TIME_LIMIT_IDS, timeLimits, type TimeLimitId } from "./parameters/time-limits";
import { sd73Policies, type Sd73Policies } from "./policies";

export interface Sd73TimeLimitInput {
  rule: TimeLimitId;
  /** The trigger date (day 0), or for "…-before" limits the date the notice must precede. */
  from: IsoDate;
  /** A.6.2.b only: the date the party became reasonably aware (the later date governs). */
  awareness?: IsoDate;
  profile?: keyof typeof sd73Calendars.profiles;
  closures?: { from: IsoDate; to: IsoDate; name?: string }[];
  pauses?: { from: IsoDate; to: IsoDate; name?: string }[];
  policies?: Sd73Policies;
}

export interface Sd73TimeLimitResult extends Explanation {
  /** The due date (latest date for "…-before" limits). */
  date: IsoDate;
  rule: TimeLimitId;
  article: string;
  kind: string;
  n: number;
  /** Working-day profile used, for working-day limits. */
  profile: string | null;
  /** Non-working weekdays passed over. */
  skipped: IsoDate[];
  /** When a window opens before the due date (e.g. Step Three referral after 10 WD). */
  windowOpens: IsoDate | null;
  /** The later date under the school-days (WD-B) profile when it differs (spec §6.1). */
  possibleOuterDate: IsoDate | null;
  /** For a notice due on a weekend or holiday: the last working day before it. */
  lastWorkingDayOnOrBefore: IsoDate | null;
  warnings: string[];
}

const schema = z.strictObject({
  rule: z.enum(TIME_LIMIT_IDS),
  from: isoDay,
  awareness: isoDay.optional(),
  profile: z.enum(["wd-a", "wd-a-statutory-only", "wd-b"]).optional(),
  closures: z.array(dayRange).optional(),
  pauses: z.array(dayRange).optional(),
  policies: sd73Policies.schema,
});

/** Errors name the article of the limit asked for (A.6 when the rule itself is unknown). */
const articleFor = (input: unknown): string => {
  const rule = (input as { rule?: string } | null)?.rule;
  return rule && rule in timeLimits ? timeLimits[rule as TimeLimitId].article : "A.6";
};

/** A time limit of the SD73 agreement: due date with its article, profile and skipped days. */
export function sd73TimeLimit(input: Sd73TimeLimitInput): Sd73TimeLimitResult {
  const p = parseInput(schema, input, articleFor(input));
  const pol = sd73Policies.resolve(p.policies);
  const lim = timeLimits[p.rule];
  const t = new Trace().cite(lim.article);
  for (const id of lim.interpretations ?? []) t.interpret(id);
  const warnings: string[] = [];
  if (p.awareness !== undefined && p.rule !== "grievance-step1")
    t.step("The awareness date applies only to the A.6.2.b Step One limit; it was not used.");
  let from: DayNumber = p.from;
  if (p.rule === "grievance-step1" && p.awareness !== undefined && p.awareness > from) {
    from = p.awareness;
    t.step(`Counting from the date of becoming reasonably aware, ${formatIsoDate(from)}, the later of the two dates (A.6.2.b).`);
  }
  const fromIso = formatIsoDate(from);
  const profileId = p.profile ?? sd73Calendars.defaultProfile;
  const profile = sd73Calendars.profiles[profileId];
  const extras: CalendarExtras | undefined = p.closures || p.pauses ? { closures: p.closures, pauses: p.pauses } : undefined;
  const wdA = workingCalendar(sd73Calendars.profiles["wd-a"]);

  let kind: string = lim.kind;
  const n = lim.n;
  if (p.rule === "recall-appeal" && pol["AMB-10"] !== "default") kind = "working-days-after";
  if (lim.interpretations?.includes("AMB-10")) t.step(sd73Policies.describe("AMB-10", pol["AMB-10"]) + ".");

  let due: DayNumber;
  let skipped: IsoDate[] = [];
  let windowOpens: IsoDate | null = null;
  let possibleOuterDate: IsoDate | null = null;
  let lastWorkingDayOnOrBefore: IsoDate | null = null;
  let usedProfile: string | null = null;
  const days = (k: number) => (k === 1 ? "1 day" : `${k} days`);

  if (kind === "working-days-after" || kind === "working-days-before") {
    usedProfile = profile.id;
    t.cite(...profile.citations).interpret(...profile.interpretations);
    const cal = workingCalendar(profile, extras);
    const r = kind === "working-days-after" ? cal.add(from, n) : cal.sub(from, n);
    due = r.due;
    skipped = r.skipped.map((s) => formatIsoDate(s.day));
    const dir = kind === "working-days-after" ? "after" : "before";
    t.step(`${lim.due}: ${n} working days ${dir} ${fromIso} (${lim.trigger}; day 0), on ${profile.label}.`);
    if (skipped.length) t.step(`Skipped: ${r.skipped.map((s) => `${formatIsoDate(s.day)} (${s.reason})`).join(", ")}.`);
    if (lim.opensAfter) {
      windowOpens = formatIsoDate(cal.add(from, lim.opensAfter + 1).due);
      t.step(`The window opens after ${lim.opensAfter} working days, on ${windowOpens}.`);
    }
    if (p.rule === "grievance-step2-referral") {
      windowOpens = formatIsoDate(cal.add(from, n + 1).due);
      warnings.push("NO_STATED_LIMIT: A.6.3.a states no outer limit for the Step Two referral");
      t.step(`The Step One period ends on ${formatIsoDate(due)}; referral to Step Two is possible from ${windowOpens}; no outer limit is stated.`);
    }
    if (profileId === "wd-a" && kind === "working-days-after" && !extras) {
      const b = workingCalendar(sd73Calendars.profiles["wd-b"]).add(from, n).due;
      if (b !== due) {
        possibleOuterDate = formatIsoDate(b);
        warnings.push(`the period crosses a school break or summer: on school days in session (WD-B) the date would be ${possibleOuterDate}`);
      }
    }
  } else {
    if (kind === "calendar-days-after") due = addDays(from, n);
    else if (kind === "calendar-days-before") due = addDays(from, -n);
    else if (kind === "months-completed") due = monthsPeriodEnd(from, n);
    else {
      const monthEnd = pol["AMB-21"] === "month-end";
      t.interpret("AMB-21").step(sd73Policies.describe("AMB-21", pol["AMB-21"]) + ".");
      due = kind === "months-after" ? addMonths(from, n, monthEnd) : addYears(from, n, monthEnd);
    }
    const unit = kind.startsWith("months") ? `${n} month(s)` : kind.startsWith("years") ? `${n} year(s)` : days(n);
    const dir = kind.endsWith("before") ? "before" : kind === "months-completed" ? "of service from" : "after";
    t.step(`${lim.due}: ${unit} ${dir} ${fromIso} (${lim.trigger}); calendar count, not moved off weekends or holidays.`);
    if (!wdA.isWorkingDay(due)) {
      const reason = wdA.reason(due);
      let prev = due - 1;
      while (!wdA.isWorkingDay(prev)) prev--;
      lastWorkingDayOnOrBefore = formatIsoDate(prev);
      warnings.push(`${formatIsoDate(due)} is not a working day (${reason}); the last working day before it is ${lastWorkingDayOnOrBefore}`);
    }
  }
  if (lim.note) t.step(lim.note);
  const date = formatIsoDate(due);
  t.step(`Due: ${date} (${WEEKDAY_NAMES[isoWeekday(due)]}).`);
  return t.done({
    date, rule: p.rule, article: lim.article, kind, n, profile: usedProfile, skipped, windowOpens,
    possibleOuterDate, lastWorkingDayOnOrBefore, warnings,
  });
}
