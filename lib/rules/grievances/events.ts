/**
 * The event log of a grievance. Nothing is deleted: a correction is a new event that
 * names the event it corrects, which then no longer counts. `checkNewEvent` refuses an
 * event that would make the log inconsistent, with a message for the field at fault.
 */
import type { IsoDate } from "@/lib/rules/core";
import { workflowFor } from "./workflows";
import type { GrievanceEventInput, GrievanceFacts } from "./types";

/** Events that count, in the order they happened (date, then order of recording). */
export function effectiveEvents<E extends GrievanceEventInput>(events: E[]): E[] {
  const corrected = new Set(events.flatMap((e) => (e.correctsId ? [e.correctsId] : [])));
  return events
    .map((e, i) => ({ e, i }))
    .filter(({ e }) => !corrected.has(e.id))
    .sort((a, b) => (a.e.date < b.e.date ? -1 : a.e.date > b.e.date ? 1 : a.i - b.i))
    .map(({ e }) => e);
}

export type EventErrors = Partial<Record<"type" | "date" | "newDue" | "ruleId" | "correctsId", string>>;

/**
 * Checks a new event against the grievance and the events already recorded.
 * `openRules` are the ids of the deadlines open before the event (for extensions).
 */
export function checkNewEvent(
  g: GrievanceFacts, events: GrievanceEventInput[], e: Omit<GrievanceEventInput, "id">, asOf: IsoDate,
  open: { ruleId: string; due: IsoDate | null }[],
): EventErrors {
  const w = workflowFor(g.agreement);
  const errors: EventErrors = {};
  const def = w.events[e.type];
  if (!def) return { type: "Choose an event of this agreement's procedure" };
  if (def.types && !def.types.includes(g.type)) errors.type = `${def.label} does not apply to a ${w.types[g.type]?.label ?? g.type}`;
  if (e.date > asOf) errors.date = `The event date cannot be in the future (today is ${asOf})`;
  else if (e.date < g.violationDate) errors.date = `The event date cannot be before the date of violation (${g.violationDate})`;
  const corrected = e.correctsId ? events.find((x) => x.id === e.correctsId) : undefined;
  if (e.correctsId && !corrected) errors.correctsId = "The event to correct was not found on this grievance";
  const kept = effectiveEvents(events).filter((x) => x.id !== e.correctsId);
  const last = kept.at(-1);
  if (!errors.date && last && e.date < last.date)
    errors.date = `Events are recorded in order: this date is before the last recorded event (${w.events[last.type]?.label ?? last.type}, ${last.date}). To fix an earlier event, record a correction of it`;
  const reached = Math.max(0, ...kept.map((x) => w.events[x.type]?.rank ?? 0));
  if (!errors.type && def.rank > 0 && def.rank < reached && reached < 100) {
    const at = kept.find((x) => (w.events[x.type]?.rank ?? 0) === reached)!;
    errors.type = `Out of order: "${def.label}" comes before "${w.events[at.type].label}", already recorded on ${at.date}`;
  }
  if (!errors.type && reached >= 100) errors.type = "The grievance is closed (settled, withdrawn, abandoned or decided): no further step can be recorded";
  if (e.type === "EXTENSION_AGREED") {
    const target = open.find((o) => o.ruleId === e.ruleId);
    if (!open.length) errors.ruleId = "No time limit is running: there is nothing to extend";
    else if (!target) errors.ruleId = "Choose the time limit that was extended";
    if (!e.newDue) errors.newDue = "An extension needs the new date agreed in writing";
    else if (target?.due && e.newDue <= target.due) errors.newDue = `The new date must be after the current due date (${target.due})`;
    else if (e.newDue <= e.date) errors.newDue = "The new date must be after the date the extension was agreed";
  }
  if (w.pause?.end && (e.type === w.pause.start || e.type === w.pause.end)) {
    let open = false;
    for (const x of kept) if (x.type === w.pause.start) open = true; else if (x.type === w.pause.end) open = false;
    if (e.type === w.pause.start && open) errors.type = "Time is already stopped: record the end of the abeyance first";
    if (e.type === w.pause.end && !open) errors.type = "Time is not stopped: there is no abeyance to end";
  }
  return errors;
}
