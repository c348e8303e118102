/**
 * B.2 TTOC pay: the input and result shapes and their validation (zod, with a hand-checked
 * fast path for the common call that defers to zod on any doubt).
 */
import { z } from "zod";
import { type Explanation, type IsoDate, finite, isoDay, tryParseIsoDate } from "@/lib/rules/core";
import { CATEGORIES, GRID_REGIONS, type Category, type GridRegion } from "./parameters/salary-grids";
import { sd73Policies, type Sd73Policies } from "./policies";

export interface TtocDailyPayInput {
  /** Date worked (the grid is chosen by date worked, July 1 – June 30). */
  date: IsoDate;
  /** false for a non-certificated substitute (B.2.8), who has no category or step. */
  certificated: boolean;
  category?: Category;
  step?: number;
  /** Worked fraction of a full day for each callout on that date (dispatch, B.2.9.g). */
  callouts: number[];
  /** Grid of the TTOC's region; TTOC pay uses Kamloops unless AMB-04 says otherwise. */
  grid?: GridRegion;
  /** LOU 42 four-day-week position. */
  fourDayWeek?: boolean;
  /** LOU 37 (a): covering a scheduled preparation block with no other TTOC available. */
  prepCoverage?: boolean;
  /** LOU 37 (b): blocks worked off the timetable, 25% each. */
  offTimetableBlocks?: number;
  policies?: Sd73Policies;
}

export interface TtocDailyPayResult extends Explanation {
  totalCents: number;
  /** totalCents − inLieuCents, so the two lines always add up to the total. */
  wageCents: number;
  inLieuCents: number;
  /** The uncapped grid cell (certificated) or null (substitute). */
  annualSalaryCents: number | null;
  capApplied: boolean;
  /** Sum over callouts of max(worked, 1/2). */
  paidFraction: number;
  multiplier: number;
  /** Daily rate before fraction and multiplier, exact to 6 decimals (dollars). */
  dailyRateExact: string;
  /** Exact unrounded total in dollars (6 decimals), for pay-period rounding. */
  totalExact: string;
  gridUsed: string;
  /** True when the date is after June 30, 2025 and A.1.2 continuation applied. */
  continued: boolean;
  warnings: string[];
}

export const schema = z
  .strictObject({
    date: isoDay,
    certificated: z.boolean(),
    category: z.enum(CATEGORIES).optional(),
    step: z.number().int().min(0).max(10).optional(),
    callouts: z.array(finite.refine((f) => f > 0 && f <= 1, { message: "a callout's worked fraction must be more than 0 and at most 1" })).min(1),
    grid: z.enum(GRID_REGIONS).optional(),
    fourDayWeek: z.boolean().optional(),
    prepCoverage: z.boolean().optional(),
    offTimetableBlocks: z.number().int().min(0).max(10).optional(),
    policies: sd73Policies.schema,
  })
  .superRefine((v, ctx) => {
    if (v.certificated) {
      if (v.category === undefined) ctx.addIssue({ code: "custom", path: ["category"], message: "category is required for a certificated TTOC" });
      if (v.step === undefined) ctx.addIssue({ code: "custom", path: ["step"], message: "step is required for a certificated TTOC" });
    } else {
      if (v.category !== undefined) ctx.addIssue({ code: "custom", path: ["category"], message: "a non-certificated substitute has no category (B.2.8)" });
      if (v.step !== undefined) ctx.addIssue({ code: "custom", path: ["step"], message: "a non-certificated substitute has no step (B.2.8)" });
      if (v.grid !== undefined) ctx.addIssue({ code: "custom", path: ["grid"], message: "a non-certificated substitute is not paid on a grid (B.2.8)" });
    }
  });

export type Parsed = z.output<typeof schema>;
const SIMPLE_KEYS = new Set(["date", "certificated", "category", "step", "callouts", "grid"]);
/**
 * The common call checked by hand with exactly the schema's rules so the hot path
 * skips zod's machinery; anything unusual (or invalid) goes to zod, which words the error.
 */
export function simpleParse(input: unknown): Parsed | null {
  if (typeof input !== "object" || input === null) return null;
  const o = input as Record<string, unknown>;
  for (const k in o) if (!SIMPLE_KEYS.has(k)) return null;
  const { certificated, category, step, callouts, grid } = o;
  if (certificated !== true || typeof category !== "string" || !(CATEGORIES as readonly string[]).includes(category)) return null;
  if (typeof step !== "number" || !Number.isInteger(step) || step < 0 || step > 10) return null;
  if (grid !== undefined && grid !== "kamloops" && grid !== "north-thompson") return null;
  if (!Array.isArray(callouts) || callouts.length === 0) return null;
  for (const f of callouts) if (typeof f !== "number" || !(f > 0 && f <= 1)) return null;
  const date = tryParseIsoDate(o.date);
  if (date === null) return null;
  return { date, certificated, category: category as Category, step, callouts: callouts as number[], grid: grid as GridRegion | undefined, policies: undefined };
}

const ARTICLE_OF: Record<string, string> = {
  date: "B.2.6, Appendix A", certificated: "C.14.1, B.2.8", category: "B.2.6", step: "B.2.6, C.4", grid: "MOA 10, AMB-04",
  callouts: "B.2.9.d, B.2.9.g", fourDayWeek: "LOU 42", prepCoverage: "LOU 37", offTimetableBlocks: "LOU 37",
};
export const articleFor = (field: string) => ARTICLE_OF[field.split(".")[0]] ?? "B.2";
