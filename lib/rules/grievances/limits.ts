/**
 * One time limit of a grievance workflow, computed by the agreement's own time-limit
 * function (no second working-day engine): the due date, its article, the calendar
 * profile it was counted on, and each skipped weekday with its reason.
 */
import { type IsoDate, type DayNumber, InputError, formatIsoDate, parseIsoDate, workingCalendar, type CalendarProfile } from "@/lib/rules/core";
import { calendarRegistry } from "@/lib/rules/calendars";
import { sd73TimeLimit, type Sd73TimeLimitInput } from "@/lib/rules/sd73-teachers/time-limits";
import { sd71TimeLimit, SD71_TIME_LIMITS } from "@/lib/rules/sd71-cupe439/time-limits";
import type { GrievanceAgreement } from "./types";

export interface Range { from: IsoDate; to: IsoDate; name?: string }

export interface LimitInput {
  agreement: GrievanceAgreement;
  limit: string;
  from: IsoDate;
  awareness?: IsoDate;
  profile?: string | null;
  /** District closures (counted out only on a school-days profile). */
  closures?: Range[];
  /** SD73: abeyance ranges (inclusive); SD71: receipt dates of 12.04 requests. */
  pauses?: Range[];
  pauseReceipts?: IsoDate[];
}

export interface LimitResult {
  due: IsoDate;
  article: string;
  profile: { id: string; label: string };
  /** "working" for working-day counts; "calendar" for unqualified days and months. */
  unit: "working" | "calendar";
  skipped: { date: IsoDate; reason: string }[];
  steps: string[];
  citations: string[];
  interpretations: string[];
  warnings: string[];
  /** District closures counted out of this limit (those overlapping trigger..due on a school-days profile). */
  closures: Range[];
  /** Why closures were or were not counted, in a steward's words. */
  closureNote: string;
}

/** Whether district closures (CalendarClosure) shorten a count on this profile: only where it counts school days (AMB-01 WD-B). */
export function closuresCount(agreement: GrievanceAgreement, profileId: string | null | undefined): boolean {
  return agreement === "sd73-teachers" && profileId === "wd-b";
}

function closureSummary(agreement: GrievanceAgreement, profileId: string | null, unit: "working" | "calendar", from: IsoDate, due: IsoDate, all?: Range[]) {
  if (unit === "calendar") return { closures: [], closureNote: "Calendar days: district closures do not stop the count." };
  if (!closuresCount(agreement, profileId))
    return { closures: [], closureNote: "District closures are working days on this profile (it does not count school days only), so none was skipped." };
  const applied = (all ?? []).filter((c) => c.to > from && c.from <= due);
  return {
    closures: applied,
    closureNote: applied.length
      ? `District closures skipped: ${applied.map((c) => `${c.name ?? "closure"} ${c.from} to ${c.to}`).join("; ")}.`
      : "No district closure falls in this period.",
  };
}

export const CALENDAR_DAYS = {
  "sd73-teachers": { id: "calendar", label: "Calendar days (unqualified \"days\" are calendar days, spec §6.1; not moved off weekends or holidays)" },
  "sd71-cupe439": { id: "calendar", label: "Calendar days (unqualified \"days\" are calendar days, A12)" },
} as const;

/** The calendar (with pauses and closures) a working-day deadline was counted on. */
export function calendarFor(agreement: GrievanceAgreement, profileId: string | null | undefined, extras: { pauses?: Range[]; closures?: Range[] } = {}) {
  const reg = calendarRegistry[agreement];
  const profile: CalendarProfile = reg.profiles[profileId ?? reg.defaultProfile] ?? reg.profiles[reg.defaultProfile];
  const days = (rs?: Range[]) => rs?.map((r) => ({ from: parseIsoDate(r.from, "pauses", "A.6"), to: parseIsoDate(r.to, "pauses", "A.6"), name: r.name }));
  const e = { pauses: days(extras.pauses), closures: days(extras.closures) };
  return { profile, cal: workingCalendar(profile, e.pauses?.length || e.closures?.length ? e : undefined) };
}

function withReasons(agreement: GrievanceAgreement, profileId: string, skipped: IsoDate[], extras: { pauses?: Range[]; closures?: Range[] }) {
  const { cal } = calendarFor(agreement, profileId, extras);
  return skipped.map((d) => ({ date: d, reason: cal.reason(parseIsoDate(d, "date", "A.6")) ?? "not a working day" }));
}

export function computeLimit(i: LimitInput): LimitResult {
  return i.agreement === "sd73-teachers" ? sd73Limit(i) : sd71Limit(i);
}

function sd73Limit(i: LimitInput): LimitResult {
  const profile = (i.profile ?? "wd-a") as NonNullable<Sd73TimeLimitInput["profile"]>;
  // District closures only shorten the count where the profile counts school days (DESIGN.md, AMB-01).
  const closures = closuresCount("sd73-teachers", profile) && i.closures?.length ? i.closures : undefined;
  const pauses = i.pauses?.length ? i.pauses : undefined;
  const r = sd73TimeLimit({
    rule: i.limit as Sd73TimeLimitInput["rule"], from: i.from, profile,
    ...(i.awareness && i.limit === "grievance-step1" ? { awareness: i.awareness } : {}),
    ...(closures ? { closures } : {}), ...(pauses ? { pauses } : {}),
  });
  const working = r.profile !== null;
  const reg = calendarRegistry["sd73-teachers"];
  return {
    due: r.date, article: r.article,
    profile: working ? { id: r.profile!, label: reg.profiles[r.profile!].label } : CALENDAR_DAYS["sd73-teachers"],
    unit: working ? "working" : "calendar",
    skipped: working ? withReasons("sd73-teachers", r.profile!, r.skipped, { pauses, closures }) : [],
    steps: r.steps, citations: r.citations, interpretations: r.interpretations, warnings: r.warnings,
    ...closureSummary("sd73-teachers", r.profile, working ? "working" : "calendar", i.from, r.date, i.closures),
  };
}

function sd71Limit(i: LimitInput): LimitResult {
  const L = SD71_TIME_LIMITS.find((l) => l.id === i.limit);
  if (!L) throw new InputError(`unknown time limit "${i.limit}"`, "limit", "12.02");
  const receipts = i.pauseReceipts ?? [];
  const r = sd71TimeLimit({ limit: i.limit as Parameters<typeof sd71TimeLimit>[0]["limit"], trigger: i.from, ...(receipts.length ? { pauses: receipts.map((d) => ({ requestReceived: d })) } : {}) });
  const pauses: Range[] = receipts.map((d) => {
    const day: DayNumber = parseIsoDate(d, "pauses", "12.04(a)(3)");
    return { from: formatIsoDate(day + 1), to: formatIsoDate(day + 30), name: "12.04 pause" };
  });
  return {
    due: r.due, article: L.cite,
    profile: r.calendar ?? CALENDAR_DAYS["sd71-cupe439"],
    unit: r.calendar ? "working" : "calendar",
    skipped: r.calendar ? withReasons("sd71-cupe439", r.calendar.id, r.skipped, { pauses }) : [],
    steps: r.steps, citations: r.citations, interpretations: r.interpretations, warnings: [],
    ...closureSummary("sd71-cupe439", r.calendar?.id ?? null, r.calendar ? "working" : "calendar", i.from, r.due, i.closures),
  };
}
