import { z } from "zod";
import { isoDateSchema, safeString, safeText } from "./common";

const blank = (v: unknown) => (v === null || (typeof v === "string" && v.trim() === "") ? undefined : typeof v === "string" ? v.trim() : v);
const isoDate = (label: string) => isoDateSchema({ error: `${label} must be a date (YYYY-MM-DD)` });
const list = (v: unknown) => (typeof v === "string" ? v.split(/[,;\s]+/).map((s) => s.trim()).filter(Boolean) : v);

/** An article id as the agreements print them: A.6.2.b, C.2.1, 12.02(a), LOU 12. */
export const ARTICLE_ID = /^(LOU \d+|[A-Z]\.\d+(\.[0-9a-z]+)*|\d{1,2}\.\d{2}(\([a-z0-9]+\))*)$/;

/**
 * A new grievance as typed in the form. `today` is the local date in the district
 * (a violation or awareness date cannot be in the future).
 */
export function newGrievanceSchema(today: string) {
  return z
    .object({
      agreementId: safeString({ error: "Choose the agreement" }).min(1, "Choose the agreement"),
      type: safeString({ error: "Choose the type of grievance" }).min(1, "Choose the type of grievance"),
      policy: z.preprocess((v) => v === "on" || v === "true" || v === true, z.boolean()),
      grievors: z.preprocess(list, z.array(safeString().regex(/^[A-Za-z0-9-]{1,20}$/, "Grievors: employee numbers separated by commas")).max(200)),
      articles: z.preprocess(
        (v) => (typeof v === "string" ? v.split(/[,;]+/).map((s) => s.trim()).filter(Boolean) : v),
        z.array(safeString().regex(ARTICLE_ID, "Articles: ids such as A.6.2.b, C.2.1 or 12.02(a), separated by commas")).min(1, "Name at least one article alleged violated").max(30),
      ),
      summary: safeText({ error: "Summarize the grievance" }).trim().min(10, "Summarize the grievance (at least 10 characters)").max(4000),
      remedy: safeText({ error: "State the remedy sought" }).trim().min(3, "State the remedy sought").max(4000),
      violationDate: isoDate("Date of violation").refine((d) => d <= today, `The date of violation cannot be in the future (today is ${today})`),
      calendarProfile: z.preprocess(blank, safeString().max(40).optional()),
      awarenessDate: z.preprocess(blank, isoDate("Date became aware").refine((d) => d <= today, `The date became aware cannot be in the future (today is ${today})`).optional()),
      /** The form's one-time key (a random UUID rendered with the form): a double submit saves one record. */
      idempotencyKey: z.preprocess(blank, z.uuid().optional()).catch(undefined),
    })
    .superRefine((g, ctx) => {
      if (g.awarenessDate && g.awarenessDate < g.violationDate)
        ctx.addIssue({ code: "custom", path: ["awarenessDate"], message: `The date became aware cannot be before the date of violation (${g.violationDate})` });
      if (!g.policy && g.grievors.length === 0)
        ctx.addIssue({ code: "custom", path: ["grievors"], message: "Name at least one grievor, or mark it a group or policy grievance" });
    });
}
export type NewGrievance = z.output<ReturnType<typeof newGrievanceSchema>>;

/** A new event as typed in the event form. */
export const grievanceEventSchema = z.object({
  type: safeString({ error: "Choose what happened" }).min(1, "Choose what happened"),
  date: isoDate("Date"),
  newDue: z.preprocess(blank, isoDate("New due date").optional()),
  ruleId: z.preprocess(blank, safeString().max(60).optional()),
  correctsId: z.preprocess(blank, safeString().max(40).optional()),
  note: z.preprocess(blank, safeText().max(2000).optional()),
  /** The form's one-time key (a random UUID rendered with the form): a double submit saves one record. */
  idempotencyKey: z.preprocess(blank, z.uuid().optional()).catch(undefined),
});
export type NewGrievanceEvent = z.output<typeof grievanceEventSchema>;

export const GRIEVANCE_STATUS_LABELS = {
  OPEN: "Open", RESOLVED: "Resolved", WITHDRAWN: "Withdrawn", ABANDONED: "Abandoned", AT_ARBITRATION: "At arbitration", DECIDED: "Decided",
} as const;

export const grievanceFilterSchema = z.object({
  status: z.enum(["open", "closed", "all"]).catch("open"),
  due: z.enum(["all", "week", "soon", "overdue"]).catch("all"),
  q: z.preprocess(blank, safeString().max(80).optional()).catch(undefined),
  page: z.coerce.number().int().min(1).max(10_000).catch(1),
  /** Column header sorting (?sort=col&dir=asc); the default is the soonest deadline first. */
  sort: z.enum(["due", "number", "article", "status"]).catch("due"),
  dir: z.enum(["asc", "desc"]).catch("asc"),
});
export const GRIEVANCE_SORT_COLUMNS = ["due", "number", "article", "status"] as const;
export type GrievanceFilter = z.output<typeof grievanceFilterSchema>;
