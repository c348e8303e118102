/**
 * Grievance workflows as data: each agreement lists its event types (with their place in
 * the procedure) and the deadline rules that events open and close. `nextDeadlines`
 * (next-deadlines.ts) reads only this data and the agreement's time-limit function.
 */
import type { IsoDate } from "@/lib/rules/core";

export type GrievanceAgreement = "sd73-teachers" | "sd71-cupe439";
export type GrievanceStatus = "OPEN" | "RESOLVED" | "WITHDRAWN" | "ABANDONED" | "AT_ARBITRATION" | "DECIDED";

/** The grievance facts the deadlines depend on. */
export interface GrievanceFacts {
  agreement: GrievanceAgreement;
  /** SD73: LOCAL_MATTER | PROVINCIAL_MATTER; SD71: INDIVIDUAL | POLICY. */
  type: string;
  /** A group or policy (general application) grievance: no individual grievor is required. */
  policy: boolean;
  violationDate: IsoDate;
  awarenessDate: IsoDate | null;
  /** Working-day profile (SD73 AMB-01); the agreement's default when null. */
  profile?: string | null;
}

/** One recorded event. Nothing is deleted: a correction is a new event naming the one it corrects. */
export interface GrievanceEventInput {
  id: string;
  type: string;
  date: IsoDate;
  /** EXTENSION_AGREED: the new due date agreed in writing. */
  newDue?: IsoDate | null;
  /** EXTENSION_AGREED: the deadline rule extended (defaults to the earliest open one). */
  ruleId?: string | null;
  /** A correction replaces the event with this id (which then no longer counts). */
  correctsId?: string | null;
}

export interface EventTypeDef {
  label: string;
  /** Place in the procedure: a later event closes every deadline of a lower rank. 0 = a side event. */
  rank: number;
  /** The status the grievance takes after this event. */
  status?: GrievanceStatus;
  /** Who normally records it. */
  by?: "union" | "employer" | "either";
  /** Only for these grievance types (default: all). */
  types?: string[];
}

/** The start of a deadline: an event type, or the grievance's own dates. */
export type Trigger = { event: string } | { facts: "violation-or-awareness" | "awareness" };

export interface DeadlineRule {
  id: string;
  /** What is due, in a steward's words. */
  action: string;
  trigger: Trigger;
  /** The time-limit id in the agreement module (sd73TimeLimit rule / sd71TimeLimit limit). */
  limit: string | { byType: Record<string, string> };
  /** Event types that meet the deadline. */
  closedBy: string[];
  /** Events of a rank above this also close it (default: the highest rank in closedBy). 0 = only closedBy. */
  rank?: number;
  /** Only for these grievance types / only for policy or individual grievances. */
  types?: string[];
  policy?: boolean;
  /** Only when an event of this type exists (e.g. expedited arbitration), or when none does. */
  requires?: string;
  excludes?: string;
  party: "union" | "employer" | "either" | "arbitrator";
  /** The article shown when it is not the time limit's own (e.g. 12.02(b) for a policy grievance). */
  article?: string;
  /** The date marks the end of a period, not a limit on the party (e.g. A.6.3.a: no outer limit). */
  note?: string;
}

export interface Workflow {
  agreement: GrievanceAgreement;
  title: string;
  types: Record<string, { label: string; article: string }>;
  events: Record<string, EventTypeDef>;
  rules: DeadlineRule[];
  /** Event types that stop time from running: PAUSE_STARTED…PAUSE_ENDED, or a fixed number of days. */
  pause?: { start: string; end?: string; fixedDays?: number; article: string; label: string };
  /** The article that allows written extensions. */
  extensionArticle: string;
}
