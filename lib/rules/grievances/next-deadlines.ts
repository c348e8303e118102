/**
 * nextDeadlines(grievance, events): every open deadline of a grievance, recomputed from
 * its recorded events on the agreement's workflow (workflow-sd73.ts, workflow-sd71.ts).
 * Pure: the date "today" (asOf) is an argument, used only for working days left.
 */
import { type IsoDate, Trace, type Explanation, formatIsoDate, parseIsoDate } from "@/lib/rules/core";
import { calendarFor, closuresCount, computeLimit, type Range } from "./limits";
import { effectiveEvents } from "./events";
import { workflowFor } from "./workflows";
import type { DeadlineRule, GrievanceEventInput, GrievanceFacts, GrievanceStatus, Workflow } from "./types";

export interface Deadline {
  ruleId: string;
  action: string;
  party: DeadlineRule["party"];
  article: string;
  /** The due date; null while time is stopped (an open abeyance). */
  due: IsoDate | null;
  /** The date the agreement gives before any written extension. */
  computedDue: IsoDate | null;
  extended: boolean;
  paused: boolean;
  trigger: { label: string; date: IsoDate };
  /** Working days from asOf to the due date (negative when overdue); null without asOf or due. */
  workingDaysLeft: number | null;
  overdue: boolean;
  note: string | null;
  explanation: {
    steps: string[];
    skipped: { date: IsoDate; reason: string }[];
    profile: { id: string; label: string };
    /** District closures skipped in this count, and why closures did or did not count. */
    closures: { from: IsoDate; to: IsoDate; name?: string }[];
    closureNote: string;
    citations: string[];
    interpretations: string[];
    warnings: string[];
  };
}

export interface NextDeadlinesResult extends Explanation {
  status: GrievanceStatus;
  /** The latest step reached, in words. */
  stage: string;
  /** Open deadlines, soonest first (stopped ones last). */
  deadlines: Deadline[];
}

export interface NextDeadlinesOptions {
  asOf?: IsoDate;
  /** District closures (CalendarClosure), used on a school-days profile. */
  closures?: Range[];
}

const ruleApplies = (w: Workflow, r: DeadlineRule, g: GrievanceFacts, types: Set<string>) =>
  (!r.types || r.types.includes(g.type)) &&
  (r.policy === undefined || r.policy === g.policy) &&
  (!r.requires || types.has(r.requires)) &&
  (!r.excludes || !types.has(r.excludes)) &&
  (typeof r.limit === "string" || g.type in r.limit.byType) &&
  w.types[g.type] !== undefined;

function pausesOf(w: Workflow, events: GrievanceEventInput[]) {
  const ranges: Range[] = [];
  const receipts: IsoDate[] = [];
  let openSince: IsoDate | null = null;
  if (!w.pause) return { ranges, receipts, openSince };
  for (const e of events) {
    if (e.type === w.pause.start) {
      if (w.pause.fixedDays) receipts.push(e.date);
      else if (openSince === null) openSince = e.date;
    } else if (w.pause.end && e.type === w.pause.end && openSince !== null) {
      ranges.push({ from: openSince, to: e.date, name: w.pause.label });
      openSince = null;
    }
  }
  return { ranges, receipts, openSince };
}

export function nextDeadlines(g: GrievanceFacts, rawEvents: GrievanceEventInput[], opts: NextDeadlinesOptions = {}): NextDeadlinesResult {
  const w = workflowFor(g.agreement);
  const events = effectiveEvents(rawEvents);
  const t = new Trace().cite(w.types[g.type]?.article ?? w.extensionArticle);
  let status: GrievanceStatus = "OPEN";
  let stage = "Not yet raised";
  let top = 0;
  for (const e of events) {
    const def = w.events[e.type];
    if (def?.status) status = def.status;
    if (def && def.rank >= top && def.rank > 0) { top = def.rank; stage = def.label; }
  }
  t.step(`${events.length} event(s) recorded; stage: ${stage}; status: ${status}.`);
  if (status !== "OPEN" && status !== "AT_ARBITRATION") {
    t.step("The grievance is closed: no time limit runs.");
    return t.done({ status, stage, deadlines: [] });
  }
  const present = new Set(events.map((e) => e.type));
  const pauses = pausesOf(w, events);
  const deadlines: Deadline[] = [];
  for (const rule of w.rules) {
    if (!ruleApplies(w, rule, g, present)) continue;
    const d = openDeadline(w, rule, g, events, pauses, opts);
    if (d) { deadlines.push(d); t.cite(d.article); }
  }
  deadlines.sort((a, b) => (a.due === b.due ? 0 : a.due === null ? 1 : b.due === null ? -1 : a.due < b.due ? -1 : 1));
  return t.done({ status, stage, deadlines });
}

function openDeadline(
  w: Workflow, rule: DeadlineRule, g: GrievanceFacts, events: GrievanceEventInput[],
  pauses: ReturnType<typeof pausesOf>, opts: NextDeadlinesOptions,
): Deadline | null {
  const closeRank = rule.rank ?? Math.max(...rule.closedBy.map((c) => w.events[c]?.rank ?? 0));
  let from: IsoDate;
  let triggerLabel: string;
  let after: number; // index in events after which a closing event counts
  if ("facts" in rule.trigger) {
    from = g.violationDate;
    if (rule.trigger.facts === "awareness" && g.awarenessDate && g.awarenessDate > from) from = g.awarenessDate;
    triggerLabel = rule.trigger.facts === "awareness" ? "became aware of the event (or the violation)" : "the alleged violation, or becoming reasonably aware of it";
    after = -1;
  } else {
    const type = rule.trigger.event;
    after = events.map((e) => e.type).lastIndexOf(type);
    if (after < 0) return null;
    from = events[after].date;
    triggerLabel = w.events[type].label;
  }
  for (let i = after + 1; i < events.length; i++) {
    const rank = w.events[events[i].type]?.rank ?? 0;
    if (rule.closedBy.includes(events[i].type) || (closeRank > 0 && rank > closeRank)) return null;
  }
  const limit = typeof rule.limit === "string" ? rule.limit : rule.limit.byType[g.type];
  const r = computeLimit({
    agreement: g.agreement, limit, from, profile: g.profile,
    awareness: g.awarenessDate ?? undefined, closures: opts.closures, pauses: pauses.ranges, pauseReceipts: pauses.receipts,
  });
  const steps = r.steps.slice();
  const citations = rule.article && !r.citations.includes(rule.article) ? [rule.article, ...r.citations] : r.citations.slice();
  let due: IsoDate | null = r.due;
  let extended = false;
  // The latest written extension of this deadline made on or after its trigger replaces the date.
  for (let i = Math.max(after, 0); i < events.length; i++) {
    const e = events[i];
    if (e.type === "EXTENSION_AGREED" && e.newDue && e.ruleId === rule.id && e.date >= from) {
      due = e.newDue;
      extended = true;
      steps.push(`Extended on ${e.date} by mutual written agreement (${w.extensionArticle}) to ${e.newDue}.`);
      if (!citations.includes(w.extensionArticle)) citations.push(w.extensionArticle);
    }
  }
  let paused = false;
  if (pauses.openSince !== null && r.unit === "working") {
    paused = true;
    due = null;
    steps.push(`Time has not run since ${pauses.openSince} (${w.pause!.label}); the date is set again when the abeyance ends.`);
    if (!citations.includes(w.pause!.article)) citations.push(w.pause!.article);
  }
  let workingDaysLeft: number | null = null;
  let overdue = false;
  if (opts.asOf && due) {
    const { cal } = calendarFor(g.agreement, r.unit === "working" ? r.profile.id : g.profile, { pauses: pauses.ranges });
    const a = parseIsoDate(opts.asOf, "asOf", w.extensionArticle), b = parseIsoDate(due, "due", r.article);
    workingDaysLeft = b >= a ? cal.countBetween(a, b) : -cal.countBetween(b, a);
    overdue = b < a;
  }
  return {
    ruleId: rule.id, action: rule.action, party: rule.party, article: rule.article ?? r.article, due, computedDue: r.due,
    extended, paused, trigger: { label: triggerLabel, date: from }, workingDaysLeft, overdue, note: rule.note ?? null,
    explanation: { steps, skipped: r.skipped, profile: r.profile, closures: r.closures, closureNote: r.closureNote, citations, interpretations: r.interpretations, warnings: r.warnings },
  };
}

/** Working days from asOf to a due date on a profile (negative when overdue): (asOf, due] counted. */
export function workingDaysUntil(agreement: GrievanceFacts["agreement"], profile: string | null | undefined, asOf: IsoDate, due: IsoDate, closures?: Range[]): number {
  // District closures count only on a school-days profile, as in the deadline itself.
  const { cal } = calendarFor(agreement, profile, closures?.length && closuresCount(agreement, profile) ? { closures } : {});
  const a = parseIsoDate(asOf, "asOf", "A.6"), b = parseIsoDate(due, "due", "A.6");
  return b >= a ? cal.countBetween(a, b) : -cal.countBetween(b, a);
}

/** The last date inside "the next n working days" from asOf (dashboard filter). */
export function workingDaysAhead(agreement: GrievanceFacts["agreement"], asOf: IsoDate, n: number, profile?: string | null): IsoDate {
  const { cal } = calendarFor(agreement, profile);
  return formatIsoDate(cal.add(parseIsoDate(asOf, "asOf", "A.6"), n).due);
}
