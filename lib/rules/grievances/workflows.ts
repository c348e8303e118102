/** The grievance workflow of each agreement, validated at load. */
import { z } from "zod";
import { InputError, ParameterError } from "@/lib/rules/core";
import { sd73Workflow } from "./workflow-sd73";
import { sd71Workflow } from "./workflow-sd71";
import { TIME_LIMIT_IDS } from "@/lib/rules/sd73-teachers/parameters/time-limits";
import { SD71_TIME_LIMITS } from "@/lib/rules/sd71-cupe439/time-limits";
import type { GrievanceAgreement, Workflow } from "./types";

const LIMITS: Record<GrievanceAgreement, Set<string>> = {
  "sd73-teachers": new Set<string>(TIME_LIMIT_IDS),
  "sd71-cupe439": new Set(SD71_TIME_LIMITS.map((l) => l.id)),
};

const ruleSchema = z.strictObject({
  id: z.string().min(1), action: z.string().min(1),
  trigger: z.union([z.strictObject({ event: z.string() }), z.strictObject({ facts: z.enum(["violation-or-awareness", "awareness"]) })]),
  limit: z.union([z.string(), z.strictObject({ byType: z.record(z.string(), z.string()) })]),
  closedBy: z.array(z.string()).min(1), rank: z.number().int().min(0).optional(),
  types: z.array(z.string()).optional(), policy: z.boolean().optional(), requires: z.string().optional(), excludes: z.string().optional(),
  party: z.enum(["union", "employer", "either", "arbitrator"]), article: z.string().optional(), note: z.string().optional(),
});

/** Every event, limit and type a workflow names must exist: a typo fails at load, not in a steward's hands. */
function validate(w: Workflow): Workflow {
  const fail = (m: string) => { throw new ParameterError(`${w.agreement} grievance workflow: ${m}`, "workflow", w.extensionArticle); };
  for (const r of w.rules) {
    const p = ruleSchema.safeParse(r);
    if (!p.success) fail(`rule ${r.id}: ${p.error.issues[0].message}`);
    const names = [...r.closedBy, ...("event" in r.trigger ? [r.trigger.event] : []), ...(r.requires ? [r.requires] : []), ...(r.excludes ? [r.excludes] : [])];
    for (const n of names) if (!w.events[n]) fail(`rule ${r.id} names unknown event ${n}`);
    const limits = typeof r.limit === "string" ? [r.limit] : Object.values(r.limit.byType);
    for (const l of limits) if (!LIMITS[w.agreement].has(l)) fail(`rule ${r.id} names unknown time limit ${l}`);
    for (const t of [...(r.types ?? []), ...(typeof r.limit === "string" ? [] : Object.keys(r.limit.byType))]) if (!w.types[t]) fail(`rule ${r.id} names unknown type ${t}`);
  }
  if (w.pause && (!w.events[w.pause.start] || (w.pause.end && !w.events[w.pause.end]))) fail("pause names unknown events");
  if (!w.events.EXTENSION_AGREED) fail("EXTENSION_AGREED is required");
  return w;
}

export const WORKFLOWS: Record<GrievanceAgreement, Workflow> = {
  "sd73-teachers": validate(sd73Workflow),
  "sd71-cupe439": validate(sd71Workflow),
};

export const GRIEVANCE_AGREEMENTS = Object.keys(WORKFLOWS) as GrievanceAgreement[];

export function workflowFor(agreement: string): Workflow {
  const w = WORKFLOWS[agreement as GrievanceAgreement];
  if (!w) throw new InputError(`no grievance workflow for agreement "${agreement}"`, "agreement", "A.6 / 12.02");
  return w;
}
