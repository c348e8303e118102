import { z } from "zod";

/** Columns of the dispatch system's CSV of TTOC callouts (one row per callout). */
export const TTOC_CSV_COLUMNS = ["employeeNumber", "date", "school", "replacedTeacher", "start", "end", "fraction"] as const;
export const TTOC_CSV_REQUIRED = ["employeeNumber", "date", "school"] as const;

const blank = (v: unknown) => (v === null || v === undefined || (typeof v === "string" && v.trim() === "") ? undefined : typeof v === "string" ? v.trim() : v);
const time = z.preprocess(blank, z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, "must be a time HH:MM (24-hour)").optional());

export const TtocRowSchema = z.object({
  employeeNumber: z.string().trim().min(1, "is required"),
  date: z.iso.date({ error: "must be a date YYYY-MM-DD" }),
  school: z.string().trim().min(1, "is required"),
  replacedTeacher: z.preprocess(blank, z.string().max(120).optional()),
  start: time,
  end: time,
  fraction: z.preprocess(blank, z.string().regex(/^(0(\.\d{1,3})?|1(\.0{1,3})?)$/, "must be a fraction of a day between 0 and 1, e.g. 0.5").optional()),
}).superRefine((r, ctx) => {
  if ((r.start === undefined) !== (r.end === undefined)) ctx.addIssue({ code: "custom", path: [r.start ? "end" : "start"], message: "give both the start and end times, or neither" });
  if (r.start === undefined && r.fraction === undefined) ctx.addIssue({ code: "custom", path: ["fraction"], message: "give the start and end times or the worked fraction (B.2.9.g)" });
  if (r.fraction !== undefined && Number(r.fraction) === 0) ctx.addIssue({ code: "custom", path: ["fraction"], message: "must be more than 0" });
});
export type TtocRow = z.output<typeof TtocRowSchema>;

export const NewPeriodSchema = z.object({
  startDate: z.iso.date({ error: "Start must be a date (YYYY-MM-DD)" }),
  endDate: z.iso.date({ error: "End must be a date (YYYY-MM-DD)" }),
}).refine((p) => p.startDate <= p.endDate, { path: ["endDate"], message: "The period must end on or after its start" })
  .refine((p) => (Date.parse(p.endDate) - Date.parse(p.startDate)) / 86400000 <= 31, { path: ["endDate"], message: "A pay period is at most a month (semi-monthly, B.9)" });
