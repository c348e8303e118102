// The status of a LIF genuine consultation (LIF notice 2024-25): not started → meeting scheduled → consulting →
// ready to sign → signed by district → signed by local (complete) → submitted; or declined by the local;
// overdue once the deadline passes before the form is complete.
import { z } from "zod";
import { diffDays, formatIsoDate, isoDay, parseInput, Trace, type Explanation } from "../core";
import { LIF_CITE, LIF_CONFIRMATIONS, LIF_CRITERIA } from "./criteria";

export const LIF_STATUSES = [
  "not-started", "meeting-scheduled", "consulting", "ready-to-sign", "signed-by-district",
  "signed-by-local", "submitted", "declined-by-local", "overdue",
] as const;
export type LifStatus = (typeof LIF_STATUSES)[number];

const Mark = z.strictObject({ district: z.boolean(), local: z.boolean() });
const Input = z.strictObject({
  today: isoDay,
  deadline: isoDay,
  meetings: z.array(isoDay),
  criteria: z.record(z.string(), Mark),
  confirmations: z.record(z.string(), z.boolean()),
  districtSignedOn: isoDay.nullable(),
  localSignedOn: isoDay.nullable(),
  declinedOn: isoDay.nullable(),
  submittedOn: isoDay.nullable(),
});
export type LifStatusInput = z.input<typeof Input>;

export interface LifStatusResult extends Explanation {
  status: LifStatus;
  /** The status the consultation would have without the deadline ("overdue" hides it). */
  progress: LifStatus;
  daysToDeadline: number;
  overdue: boolean;
  /** What is still needed before the district may sign, in words. */
  missingForSignature: string[];
  complete: boolean;
}

/** What the criteria checklist still lacks: each criterion marked by both parties, and the district's confirmations. */
export function lifMissing(criteria: LifStatusInput["criteria"], confirmations: LifStatusInput["confirmations"], heldMeetings: number): string[] {
  const missing: string[] = [];
  if (heldMeetings === 0) missing.push("No consultation meeting has been held yet.");
  for (const c of LIF_CRITERIA) {
    const m = criteria[c.key];
    const who = [!m?.district && "the district", !m?.local && "the local"].filter(Boolean);
    if (who.length) missing.push(`"${c.text}" is not yet marked met by ${who.join(" and ")}.`);
  }
  for (const c of LIF_CONFIRMATIONS) if (!confirmations[c.key]) missing.push(`The district has not confirmed "${c.text}".`);
  return missing;
}

export function lifConsultationStatus(input: LifStatusInput): LifStatusResult {
  const i = parseInput(Input, input, LIF_CITE);
  const t = new Trace().cite(LIF_CITE);
  const days = diffDays(i.deadline, i.today);
  const held = i.meetings.filter((d) => d <= i.today).length;
  const scheduled = i.meetings.length - held;
  const missing = lifMissing(i.criteria, i.confirmations, held);
  t.step(`Deadline ${formatIsoDate(i.deadline)}; today ${formatIsoDate(i.today)}: ${days >= 0 ? `${days} day${days === 1 ? "" : "s"} to the deadline` : `${-days} day${days === -1 ? "" : "s"} past the deadline`}.`);
  t.step(`${held} meeting${held === 1 ? "" : "s"} held, ${scheduled} scheduled.`);

  let progress: LifStatus;
  if (i.submittedOn !== null) progress = "submitted";
  else if (i.declinedOn !== null) progress = "declined-by-local";
  else if (i.localSignedOn !== null) progress = "signed-by-local";
  else if (i.districtSignedOn !== null) progress = "signed-by-district";
  else if (held > 0 && missing.length === 0) progress = "ready-to-sign";
  else if (held > 0) progress = "consulting";
  else if (scheduled > 0) progress = "meeting-scheduled";
  else progress = "not-started";

  const complete = progress === "signed-by-local" || progress === "submitted";
  if (complete) t.step("The form is complete: signed by a representative of the union local.");
  else if (progress === "declined-by-local") t.step("The local declined to sign; the form cannot be complete without its signature.");
  else if (missing.length) t.step(`Before the district can sign: ${missing.length} item${missing.length === 1 ? "" : "s"} outstanding.`);
  const overdue = !complete && progress !== "declined-by-local" && days < 0;
  if (overdue) t.step(`Overdue: the form was due to the recipient by ${formatIsoDate(i.deadline)} and is not complete (${progress}).`);

  return t.done({ status: overdue ? "overdue" : progress, progress, daysToDeadline: days, overdue, missingForSignature: missing, complete });
}
