/**
 * Working days by agreement: each agreement registers its calendar profiles here,
 * and `addWorkingDays` dispatches on the `agreement` field.
 */
import { z } from "zod";
import {
  type CalendarProfile, type IsoDate, type Explanation, InputError, dayRange, formatIsoDate,
  isoDay, parseInput, tryParseIsoDate, workingCalendar, WEEKDAY_NAMES, isoWeekday,
} from "@/lib/rules/core";
import { sd73Calendars } from "@/lib/rules/sd73-teachers/calendar";
import { sd71Calendars } from "@/lib/rules/sd71-cupe439/calendar";

export interface AgreementCalendars {
  /** Profile used when the caller names none. */
  defaultProfile: string;
  profiles: Readonly<Record<string, CalendarProfile>>;
  /** Article named in errors about working-day input for this agreement. */
  article?: string;
}

/** One line per agreement. */
export const calendarRegistry: Record<string, AgreementCalendars> = {
  "sd73-teachers": { ...sd73Calendars, article: "A.6 (working days, AMB-01)" },
  "sd71-cupe439": { ...sd71Calendars, article: "12.02; 21.01 (working days, A12)" },
};

export interface AddWorkingDaysInput {
  agreement: string;
  from: IsoDate;
  days: number;
  profile?: string;
  closures?: { from: IsoDate; to: IsoDate; name?: string }[];
  excludeMonths?: number[];
  pauses?: { from: IsoDate; to: IsoDate; name?: string }[];
}

export interface AddWorkingDaysResult extends Explanation {
  /** The due date: the `days`-th counted working day after `from` (from = day 0). */
  date: IsoDate;
  /** Weekdays passed over because they were not working days, in order. */
  skipped: IsoDate[];
  /** Each skipped day with the reason, e.g. { date: "2024-10-14", reason: "Thanksgiving" }. */
  skippedDetail: { date: IsoDate; reason: string }[];
  /** The calendar profile used (always shown with a computed deadline). */
  profile: string;
}

const MAX_DAYS = 3660;
const schema = z.strictObject({
  agreement: z.string(),
  from: isoDay,
  days: z.number().int().min(0).max(MAX_DAYS),
  profile: z.string().optional(),
  closures: z.array(dayRange).optional(),
  excludeMonths: z.array(z.number().int().min(1).max(12)).optional(),
  pauses: z.array(dayRange).optional(),
});

type Parsed = z.output<typeof schema>;
const SIMPLE_KEYS = new Set(["agreement", "from", "days", "profile"]);
/**
 * The common call (no closures, pauses or months) checked by hand with exactly the
 * schema's rules, so the hot path skips zod's machinery; anything else goes to zod,
 * which also words every error.
 */
function simpleParse(input: unknown): Parsed | null {
  if (typeof input !== "object" || input === null) return null;
  const o = input as Record<string, unknown>;
  for (const k in o) if (!SIMPLE_KEYS.has(k)) return null;
  const { agreement, from, days, profile } = o;
  if (typeof agreement !== "string" || typeof days !== "number" || !Number.isInteger(days) || days < 0 || days > MAX_DAYS) return null;
  if (profile !== undefined && typeof profile !== "string") return null;
  const f = tryParseIsoDate(from);
  return f === null ? null : { agreement, from: f, days, profile };
}

function articleFor(input: unknown): string {
  const a = (input as { agreement?: unknown } | null)?.agreement;
  return (typeof a === "string" && calendarRegistry[a]?.article) || "working-day calendar";
}

/**
 * Add working days: the trigger day `from` is day 0 and the `days`-th counted working
 * day is the due date, on the agreement's calendar profile (default profile unless named).
 */
export function addWorkingDays(input: AddWorkingDaysInput): AddWorkingDaysResult {
  const p = simpleParse(input) ?? parseInput(schema, input, articleFor(input));
  const reg = calendarRegistry[p.agreement];
  if (!reg) throw new InputError(`unknown agreement "${p.agreement}" (known: ${Object.keys(calendarRegistry).join(", ")})`, "agreement", "working-day calendar");
  const profileId = p.profile ?? reg.defaultProfile;
  // Profile ids are matched without regard to case ("WD-B" = "wd-b").
  const profile = reg.profiles[profileId] ?? reg.profiles[profileId.toLowerCase()];
  if (!profile) throw new InputError(`unknown calendar profile "${profileId}" (known: ${Object.keys(reg.profiles).join(", ")})`, "profile", articleFor(input));
  const extras = p.closures || p.pauses || p.excludeMonths ? { closures: p.closures, pauses: p.pauses, excludeMonths: p.excludeMonths } : undefined;
  const { due, skipped } = workingCalendar(profile, extras).add(p.from, p.days);

  const from = input.from;
  const date = formatIsoDate(due);
  const n = skipped.length;
  const skippedIso: IsoDate[] = new Array(n);
  const skippedDetail: { date: IsoDate; reason: string }[] = new Array(n);
  let skippedText = "";
  for (let i = 0; i < n; i++) {
    const s = formatIsoDate(skipped[i].day);
    skippedIso[i] = s;
    skippedDetail[i] = { date: s, reason: skipped[i].reason };
    skippedText += (i ? ", " : "") + s + " (" + skipped[i].reason + ")";
  }
  const steps = [`Day 0 is ${from}, the trigger day; counting ${p.days} working day(s) on profile ${profile.label}.`];
  if (extras) {
    if (p.excludeMonths?.length) steps.push(`Months ${p.excludeMonths.join(", ")} are not counted.`);
    for (const c of p.closures ?? []) steps.push(`District closure ${formatIsoDate(c.from)} to ${formatIsoDate(c.to)} is not counted.`);
    for (const c of p.pauses ?? []) steps.push(`Pause ${formatIsoDate(c.from)} to ${formatIsoDate(c.to)} is not counted.`);
  }
  steps.push(n ? `Skipped weekdays: ${skippedText}.` : "No weekday in the period was skipped.");
  steps.push(`Working day ${p.days} is ${date} (${WEEKDAY_NAMES[isoWeekday(due)]}): the due date.`);
  return {
    date,
    skipped: skippedIso,
    skippedDetail,
    profile: profile.id,
    citations: profile.citations.slice(),
    steps,
    interpretations: profile.interpretations.slice(),
  };
}
