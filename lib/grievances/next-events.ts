/**
 * Which events may come next on a grievance, and why no time limit runs when none does. Pure (workflow data and
 * the recorded events only), so the event form can offer the likely next steps first and the deadline panel can
 * say what to record instead of a bare "No time limit is running".
 */
import { effectiveEvents, type GrievanceEventInput, type Workflow } from "@/lib/rules/grievances";

export interface NextEvents {
  /** Event types that may come next, in procedure order. */
  likely: string[];
  /** Every other event type (side events, corrections of course, later steps). */
  other: string[];
  /** Events that start a time limit but were never recorded although a later step was (a skipped step). */
  skipped: string[];
  /** The highest-ranked event recorded, if any. */
  last: { type: string; date: string } | null;
}

export function nextEvents(w: Workflow, events: GrievanceEventInput[], grievanceType: string, policy: boolean): NextEvents {
  const done = effectiveEvents(events);
  const types = Object.entries(w.events).filter(([, d]) => !d.types || d.types.includes(grievanceType));
  let top = 0;
  let last: NextEvents["last"] = null;
  for (const e of done) {
    const r = w.events[e.type]?.rank ?? 0;
    if (r > 0 && r >= top) { top = r; last = { type: e.type, date: e.date }; }
  }
  const recorded = new Set(done.map((e) => e.type));
  const rules = w.rules.filter((r) => (!r.types || r.types.includes(grievanceType)) && (r.policy === undefined || r.policy === policy));
  // A rule's closing events whose rule has started (its trigger happened, or it runs from the grievance's own dates).
  const started = rules.filter((r) => ("facts" in r.trigger ? true : recorded.has(r.trigger.event)) && !r.closedBy.some((c) => recorded.has(c)));
  const closing = new Set(started.flatMap((r) => r.closedBy));
  // The next tier: the first procedure step above the last one (e.g. after rank 10 the meeting 11 and the referral 20).
  const tier = (Math.floor(top / 10) + 1) * 10;
  const likely = types
    .filter(([k, d]) => closing.has(k) || (d.rank > top && d.rank <= tier + 1 && d.rank < 100))
    .sort((a, b) => a[1].rank - b[1].rank)
    .map(([k]) => k);
  const triggers = new Set(rules.flatMap((r) => ("event" in r.trigger ? [r.trigger.event] : [])));
  const skipped = types.filter(([k, d]) => triggers.has(k) && !recorded.has(k) && d.rank > 0 && d.rank < top).map(([k]) => k);
  const other = types.map(([k]) => k).filter((k) => !likely.includes(k));
  return { likely, other, skipped, last };
}
