import { z } from "zod";
import { isoDateSchema, safeString } from "./common";
import type { ScenarioInput } from "@/lib/layoffs/types";

const blank = (v: unknown) => (v === null || v === undefined || (typeof v === "string" && v.trim() === "") ? undefined : typeof v === "string" ? v.trim() : v);

/** The what-if form: one schema for both agreements; the agreement decides which cut fields apply. */
export const ScenarioFormSchema = z.object({
  name: safeString().trim().min(1, "Name the scenario, e.g. “Two Grade 4 positions”").max(100, "At most 100 characters"),
  agreement: z.enum(["sd73-teachers", "sd71-cupe439"], { error: "Choose an agreement" }),
  effectiveDate: isoDateSchema({ error: "Enter the effective date of the layoff (YYYY-MM-DD)" }),
  noticeDate: z.preprocess(blank, isoDateSchema({ error: "Enter the notice date as YYYY-MM-DD, or leave it empty" }).optional()),
  kind: z.preprocess(blank, z.enum(["positions", "fte"]).optional()),
  count: z.preprocess(blank, z.coerce.number({ error: "Enter a whole number" }).int("Enter a whole number").min(1, "Cut at least 1 position").max(100_000).optional()),
  fte: z.preprocess(blank, safeString().regex(/^\d{1,5}(\.\d{1,3})?$/, "Enter the FTE as a number, e.g. 2.5").optional()),
  qualification: z.preprocess(blank, safeString().max(100).optional()),
  eliminate: z.array(safeString().min(1)).max(1000).default([]),
  qualificationBasis: z.enum(["classification", "pay-grade"]).default("classification"),
}).superRefine((v, ctx) => {
  if (v.agreement === "sd73-teachers") {
    // C.12.1.b.ii: notice is "prior to the end of the school term (December 31st - June 30th)"; the layoff takes effect then.
    if (!/-(06-30|12-31)$/.test(v.effectiveDate)) ctx.addIssue({ code: "custom", path: ["effectiveDate"], message: "An SD73 layoff takes effect at the end of a term: June 30 or December 31 (C.12.1.b.ii)" });
    if (v.kind === "fte" && !v.fte) ctx.addIssue({ code: "custom", path: ["fte"], message: "Enter the FTE to cut, e.g. 2.5" });
    if (v.kind !== "fte" && !v.count) ctx.addIssue({ code: "custom", path: ["count"], message: "Enter the number of positions to cut" });
  } else if (!v.eliminate.length) ctx.addIssue({ code: "custom", path: ["eliminate"], message: "Choose at least one position to eliminate" });
  if (v.noticeDate && v.noticeDate > v.effectiveDate) ctx.addIssue({ code: "custom", path: ["noticeDate"], message: "Notice must be given before the layoff takes effect" });
});
export type ScenarioForm = z.output<typeof ScenarioFormSchema>;

export function scenarioInput(v: ScenarioForm): ScenarioInput {
  const cut: ScenarioInput["cut"] = v.agreement === "sd73-teachers"
    ? { agreement: "sd73-teachers", kind: v.kind ?? "positions", ...(v.kind === "fte" ? { fteMilli: Math.round(Number(v.fte) * 1000) } : { count: v.count }), ...(v.qualification ? { qualification: v.qualification } : {}) }
    : { agreement: "sd71-cupe439", eliminate: v.eliminate, qualificationBasis: v.qualificationBasis };
  return { cut, effectiveDate: v.effectiveDate, ...(v.noticeDate ? { noticeDate: v.noticeDate } : {}) };
}

export function scenarioFormData(fd: FormData) {
  return {
    name: fd.get("name"), agreement: fd.get("agreement"), effectiveDate: fd.get("effectiveDate"), noticeDate: fd.get("noticeDate"),
    kind: fd.get("kind"), count: fd.get("count"), fte: fd.get("fte"), qualification: fd.get("qualification"),
    eliminate: fd.getAll("eliminate").map(String).filter(Boolean), qualificationBasis: fd.get("qualificationBasis") ?? undefined,
  };
}

/** Recording a recall offer: the response is due 24 hours after the offer is received (C.12.1.c.xi). */
export const OfferFormSchema = z.object({
  positionTitle: safeString().trim().min(1, "Describe the position offered").max(120),
  fte: safeString().trim().regex(/^(0(\.\d{1,3})?|1(\.0{1,3})?)$/, "Enter the FTE between 0 and 1, e.g. 0.8").refine((s) => Number(s) > 0, "The FTE must be more than 0"),
  offeredAt: safeString().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/, "Enter when the offer was received (date and time)"),
  equalOrGreaterTime: z.boolean(),
  changeOfCommunity: z.boolean(),
  qualified: z.boolean(),
});

export const ResponseFormSchema = z.object({
  response: z.enum(["ACCEPTED", "DECLINED"], { error: "Choose accepted or declined" }),
  respondedAt: safeString().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/, "Enter when the answer was received (date and time)"),
  recordLate: z.boolean(),
});
