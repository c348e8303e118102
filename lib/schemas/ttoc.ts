import { z } from "zod";
import { isoDateSchema, safeString } from "./common";
import { isSemiMonthly } from "@/lib/ttoc/semi-monthly";

/** Columns of the dispatch system's CSV of TTOC callouts (one row per callout). */
export const TTOC_CSV_COLUMNS = ["employeeNumber", "date", "school", "replacedTeacher", "start", "end", "fraction"] as const;
export const TTOC_CSV_REQUIRED = ["employeeNumber", "date", "school"] as const;

const blank = (v: unknown) => (v === null || v === undefined || (typeof v === "string" && v.trim() === "") ? undefined : typeof v === "string" ? v.trim() : v);
/** "8:15" is read as "08:15": people type the hour without its leading zero. */
export const padTime = (v: unknown) => { const b = blank(v); return typeof b === "string" && /^\d:[0-5]\d$/.test(b) ? `0${b}` : b; };
const time = z.preprocess(padTime, safeString().regex(/^([01]\d|2[0-3]):[0-5]\d$/, "must be a time such as 08:30 or 8:30 (24-hour clock)").optional());

export const TtocRowSchema = z.object({
  employeeNumber: safeString().trim().min(1, "is required"),
  date: isoDateSchema({ error: "must be a date YYYY-MM-DD" }),
  school: safeString().trim().min(1, "is required"),
  replacedTeacher: z.preprocess(blank, safeString().max(120).optional()),
  start: time,
  end: time,
  fraction: z.preprocess(blank, safeString().regex(/^(0(\.\d{1,3})?|1(\.0{1,3})?)$/, "must be a fraction of a day between 0 and 1, e.g. 0.5").optional()),
}).superRefine((r, ctx) => {
  if ((r.start === undefined) !== (r.end === undefined)) ctx.addIssue({ code: "custom", path: [r.start ? "end" : "start"], message: "give both the start and end times, or neither" });
  if (r.start === undefined && r.fraction === undefined) ctx.addIssue({ code: "custom", path: ["fraction"], message: "give the start and end times or the worked fraction (B.2.9.g)" });
  if (r.fraction !== undefined && Number(r.fraction) === 0) ctx.addIssue({ code: "custom", path: ["fraction"], message: "must be more than 0" });
});
export type TtocRow = z.output<typeof TtocRowSchema>;

/**
 * A new pay period: a semi-monthly range (1st–15th, 16th–end, B.9), or any other range of at most a month when the
 * clerk ticks "non-standard period" and says why (the reason is stored on the period and audited).
 */
export const NewPeriodSchema = z.object({
  startDate: isoDateSchema({ error: "Start must be a date (YYYY-MM-DD)" }),
  endDate: isoDateSchema({ error: "End must be a date (YYYY-MM-DD)" }),
  nonStandard: z.preprocess((v) => v === "on" || v === "yes" || v === true, z.boolean()),
  reason: z.preprocess(blank, safeString().max(200, "At most 200 characters").optional()),
}).superRefine((p, ctx) => {
  if (p.startDate > p.endDate) return void ctx.addIssue({ code: "custom", path: ["endDate"], message: "The period must end on or after its start" });
  if ((Date.parse(p.endDate) - Date.parse(p.startDate)) / 86400000 > 31) return void ctx.addIssue({ code: "custom", path: ["endDate"], message: "A pay period is at most a month (semi-monthly, B.9)" });
  if (!p.nonStandard && !isSemiMonthly(p)) ctx.addIssue({ code: "custom", path: ["startDate"], message: "This is not a semi-monthly period (the 1st to the 15th, or the 16th to the end of the month, B.9). To use it anyway, tick \"Non-standard period\" and say why." });
  if (p.nonStandard && (p.reason ?? "").length < 5) ctx.addIssue({ code: "custom", path: ["reason"], message: "Say why this period is not the usual semi-monthly one" });
});
export type NewPeriodInput = z.output<typeof NewPeriodSchema>;

export const AdjustmentSchema = z.object({
  employeeNumber: safeString().trim().min(1, "Give the TTOC's employee number"),
  date: isoDateSchema({ error: "Give the date of the original line (YYYY-MM-DD)" }),
  reason: safeString().trim().min(3, "Say why the approved line is corrected").max(200, "At most 200 characters"),
});

const CATEGORY_VALUES = ["4", "5", "5+", "6"] as const;
/** A dated placement: certificated at a category and step (B.2.6, Appendix A), or a non-certificated substitute (B.2.8). */
export const PlacementSchema = z.object({
  effectiveDate: isoDateSchema({ error: "Give the date the placement takes effect (YYYY-MM-DD)" }),
  certificated: z.enum(["yes", "no"], { error: "Say whether the TTOC is certificated" }),
  category: z.preprocess(blank, z.enum(CATEGORY_VALUES, { error: "Choose category 4, 5, 5+ or 6" }).optional()),
  step: z.preprocess(blank, z.coerce.number({ error: "Step must be a whole number" }).int("Step must be a whole number").min(0, "Step must be 0 to 10").max(10, "Step must be 0 to 10").optional()),
  bankDays: z.preprocess(blank, z.coerce.number({ error: "The bank must be a number of days" }).int("Whole days").min(0, "0 to 169 days").max(169, "0 to 169 days (170 days is an increment, C.4)").optional()),
  note: z.preprocess(blank, safeString().max(200, "At most 200 characters").optional()),
}).superRefine((p, ctx) => {
  if (p.certificated === "yes" && p.category === undefined) ctx.addIssue({ code: "custom", path: ["category"], message: "A certificated TTOC needs a category (B.2.6)" });
  if (p.certificated === "yes" && p.step === undefined) ctx.addIssue({ code: "custom", path: ["step"], message: "A certificated TTOC needs a step (B.2.6)" });
});
export type PlacementInput = z.output<typeof PlacementSchema>;

const hhmm = safeString().trim().regex(/^([01]\d|2[0-3]):[0-5]\d$/, "must be a time HH:MM (24-hour)");
/** A school's day and the start of its lunch break, which decides a TTOC half day (B.2.9.e). */
export const SchoolHoursSchema = z.object({ dayStart: hhmm, lunchStart: hhmm, dayEnd: hhmm })
  .refine((s) => s.dayStart < s.lunchStart, { path: ["lunchStart"], message: "Lunch must start after the school day starts" })
  .refine((s) => s.lunchStart < s.dayEnd, { path: ["dayEnd"], message: "The school day must end after lunch starts" });
