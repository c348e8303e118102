// Articles 12–14 time limits (and the other dated limits in data/time-limits.data.ts).
// 12.02: "within N working days of X" → X is day 0; the Nth working day is the due date.
// 12.02(d): deemed abandonment counts working days exclusive of July and August.
// 12.04(a)(3): "for those thirty (30) days from that date, time does not run" → working
// days in (R, R + 30] are not counted (A13). 12.02(d): limits may be extended by
// mutual agreement; an agreed extension replaces the computed date and is reported.
import { z } from "zod";
import { addDays, addMonths, formatIsoDate, type DayNumber } from "../core/date";
import { workingCalendar } from "../core/working-days";
import { Trace, type Explanation } from "../core/explain";
import { ParameterError } from "../core/errors";
import { timeLimitsData } from "./data/time-limits.data";
import { sd71WorkingDays, sd71WorkingDaysExclJulyAugust } from "./calendar";
import { isoDay, parseInput } from "./input";

const limitSchema = z.strictObject({
  id: z.string().min(1),
  n: z.number().int().positive(),
  unit: z.enum(["working", "workingExclJulyAugust", "calendar", "months"]),
  party: z.string().min(1),
  trigger: z.string().min(1),
  cite: z.string().min(1),
  interp: z.array(z.string()),
});
const parsedLimits = z.array(limitSchema).safeParse(timeLimitsData);
if (!parsedLimits.success) throw new ParameterError(parsedLimits.error.issues[0].message, "timeLimitsData", "12.02");
export const SD71_TIME_LIMITS = parsedLimits.data;
export type Sd71TimeLimitId = (typeof timeLimitsData)[number]["id"];
const LIMIT_IDS = SD71_TIME_LIMITS.map((l) => l.id) as [Sd71TimeLimitId, ...Sd71TimeLimitId[]];

const input = z.strictObject({
  limit: z.enum(LIMIT_IDS),
  trigger: isoDay,
  /** Receipt dates of 12.04 requests made while this limit runs. */
  pauses: z.array(z.strictObject({ requestReceived: isoDay })).optional(),
  /** A due date agreed by the parties under 12.02(d) (replaces the computed one). */
  extendedTo: isoDay.optional(),
});
export type Sd71TimeLimitInput = z.input<typeof input>;

export interface Sd71TimeLimitResult extends Explanation {
  due: string;
  /** The computed due date before any agreed extension. */
  computedDue: string;
  /** Non-working weekdays passed over (holidays, July/August, 12.04 pauses). */
  skipped: string[];
  /** For deemed abandonment: the day the grievance is abandoned if no response. */
  abandonedOn: string | null;
  calendar: { id: string; label: string } | null;
  party: string;
}

export function sd71TimeLimit(raw: Sd71TimeLimitInput): Sd71TimeLimitResult {
  const i = parseInput(input, raw, (f) => (f === "limit" ? "12.02" : SD71_TIME_LIMITS.find((l) => l.id === (raw as { limit?: string })?.limit)?.cite ?? "12.02"));
  const L = SD71_TIME_LIMITS.find((l) => l.id === i.limit)!;
  const t = new Trace().cite(L.cite);
  for (const id of L.interp) t.interpret(id);
  const from = formatIsoDate(i.trigger);
  let due: DayNumber;
  let skipped: string[] = [];
  let calendar: Sd71TimeLimitResult["calendar"] = null;
  if (L.unit === "calendar") {
    due = addDays(i.trigger, L.n);
    t.step(`${L.n} calendar days after ${from} (${L.trigger}) → ${formatIsoDate(due)} (${L.cite}).`);
  } else if (L.unit === "months") {
    due = addMonths(i.trigger, L.n);
    t.step(`${L.n} months after ${from} (${L.trigger}), same day of the month (clamped to month end) → ${formatIsoDate(due)} (${L.cite}).`);
  } else {
    const profile = L.unit === "working" ? sd71WorkingDays : sd71WorkingDaysExclJulyAugust;
    t.cite("21.01").interpret(...profile.interpretations);
    const pauses = (i.pauses ?? []).map((p) => ({ from: p.requestReceived + 1, to: p.requestReceived + 30, name: "12.04 pause" }));
    if (pauses.length) t.cite("12.04(a)(3)").interpret("A13");
    const cal = workingCalendar(profile, pauses.length ? { pauses } : undefined);
    const r = cal.add(i.trigger, L.n);
    due = r.due;
    skipped = r.skipped.map((s) => formatIsoDate(s.day));
    calendar = { id: profile.id, label: profile.label };
    for (const p of pauses) t.step(`12.04 request received ${formatIsoDate(p.from - 1)}: time does not run from ${formatIsoDate(p.from)} to ${formatIsoDate(p.to)}.`);
    const skipText = r.skipped.length ? `, skipping ${describeSkipped(r.skipped)}` : "";
    t.step(`${L.n} working days after ${from} (${L.trigger}; ${profile.label})${skipText} → ${formatIsoDate(due)} (${L.cite}).`);
  }
  const computedDue = formatIsoDate(due);
  let abandonedOn: string | null = null;
  if (L.id === "deemed-abandonment") {
    abandonedOn = formatIsoDate(addDays(due, 1));
    t.step(`If the ${L.party} gives no written response by ${computedDue}, the grievance is deemed abandoned on ${abandonedOn}.`);
  }
  if (i.extendedTo !== undefined) {
    due = i.extendedTo;
    t.cite("12.02(d)").step(`Extended by mutual agreement of the parties (12.02(d)) to ${formatIsoDate(due)}.`);
  }
  if (L.id === "discipline-letter-removal")
    t.step("Not for incidents involving abuse; a related incident blocks removal pending review (14.04; A38).");
  return t.done({ due: formatIsoDate(due), computedDue, skipped, abandonedOn, calendar, party: L.party });
}

/** Holidays one by one; excluded months and pauses as counts, so the sentence stays readable. */
function describeSkipped(skipped: { day: DayNumber; reason: string }[]): string {
  const parts: string[] = [];
  const grouped = new Map<string, number>();
  for (const s of skipped) {
    if (s.reason.endsWith("excluded") || s.reason === "12.04 pause") grouped.set(s.reason, (grouped.get(s.reason) ?? 0) + 1);
    else parts.push(`${formatIsoDate(s.day)} ${s.reason}`);
  }
  for (const [reason, n] of grouped) parts.push(`${n} weekday${n === 1 ? "" : "s"} (${reason})`);
  return parts.join(", ");
}
