/**
 * SD73 (BCPSEA–BCTF, KTTA) grievance procedure, A.6 and A.7, as data (spec §6.2–6.4).
 * Time limits come from sd73TimeLimit (sd73-teachers/parameters/time-limits.ts).
 * A.6.9.b: time limits may be altered by mutual written consent (extensions, abeyance).
 */
import type { Workflow } from "./types";

export const sd73Workflow: Workflow = {
  agreement: "sd73-teachers",
  title: "A.6 grievance procedure and A.7 expedited arbitration",
  types: {
    LOCAL_MATTER: { label: "Local Matters grievance", article: "A.6.6" },
    PROVINCIAL_MATTER: { label: "Provincial Matters grievance", article: "A.6.7" },
  },
  events: {
    STEP1_MEETING_REQUESTED: { label: "Step One meeting requested (grievance raised)", rank: 10, by: "union" },
    STEP1_MEETING_HELD: { label: "Step One meeting held", rank: 11, by: "either" },
    STEP2_REFERRED: { label: "Referred to Step Two by letter", rank: 20, by: "union" },
    STEP2_MEETING_HELD: { label: "Step Two meeting held", rank: 21, by: "either" },
    STEP3_REFERRED: { label: "Referred to Step Three by letter", rank: 30, by: "union" },
    STEP3_MEETING_HELD: { label: "Step Three meeting held", rank: 31, by: "either" },
    ARBITRATION_REFERRED: { label: "Referred to arbitration", rank: 40, status: "AT_ARBITRATION", by: "either" },
    EXPEDITED_REFERRED: { label: "Referred to expedited arbitration (A.7)", rank: 40, status: "AT_ARBITRATION", by: "either" },
    ARBITRATOR_AGREED: { label: "Arbitrator agreed", rank: 41, by: "either" },
    REVIEW_MEETING_REQUESTED: { label: "Review meeting requested in writing (A.6.7.c)", rank: 0, by: "either", types: ["PROVINCIAL_MATTER"] },
    REVIEW_MEETING_HELD: { label: "Review meeting held", rank: 0, by: "either", types: ["PROVINCIAL_MATTER"] },
    CASE_MANAGEMENT_CALL_HELD: { label: "Case management call held (A.7)", rank: 0, by: "either" },
    INFORMATION_EXCHANGED: { label: "Information exchanged (A.7)", rank: 0, by: "either" },
    HEARING_CONCLUDED: { label: "Arbitration hearing concluded", rank: 45, by: "either" },
    DECISION_RECEIVED: { label: "Arbitrator's decision received", rank: 50, status: "DECIDED", by: "either" },
    EXTENSION_AGREED: { label: "Time limit extended by mutual written consent", rank: 0, by: "either" },
    PAUSE_STARTED: { label: "Held in abeyance by mutual written consent (time stops)", rank: 0, by: "either" },
    PAUSE_ENDED: { label: "Abeyance ended (time runs again)", rank: 0, by: "either" },
    SETTLED: { label: "Settled", rank: 100, status: "RESOLVED", by: "either" },
    WITHDRAWN: { label: "Withdrawn", rank: 100, status: "WITHDRAWN", by: "union" },
    ABANDONED: { label: "Abandoned (not progressed)", rank: 100, status: "ABANDONED", by: "union" },
  },
  rules: [
    {
      id: "raise-step1", action: "Raise the grievance at Step One (request the meeting)", policy: false,
      trigger: { facts: "violation-or-awareness" }, limit: "grievance-step1", closedBy: ["STEP1_MEETING_REQUESTED"], party: "union",
    },
    {
      id: "raise-general", action: "Raise the grievance: at Step One, or directly at Step Three as a grievance of general application (A.6.5)", policy: true,
      trigger: { facts: "violation-or-awareness" }, limit: "grievance-step1", closedBy: ["STEP1_MEETING_REQUESTED", "STEP3_REFERRED"], party: "union",
    },
    {
      id: "step2-referral", action: "Step One period ends: if not resolved, refer to Step Two by letter",
      trigger: { event: "STEP1_MEETING_REQUESTED" }, limit: "grievance-step2-referral", closedBy: ["STEP2_REFERRED"], party: "union",
      note: "A.6.3.a states no outer limit for the Step Two referral: the date is when the referral becomes possible.",
    },
    {
      id: "step3-referral", action: "Refer the grievance to Step Three by letter",
      trigger: { event: "STEP2_REFERRED" }, limit: "grievance-step3-referral", closedBy: ["STEP3_REFERRED"], party: "union",
    },
    {
      id: "step3-meeting", action: "Hold the Step Three meeting",
      trigger: { event: "STEP3_REFERRED" }, limit: "grievance-step3-meeting", closedBy: ["STEP3_MEETING_HELD"], party: "either",
    },
    {
      id: "arbitration-referral", action: "Refer the grievance to arbitration",
      trigger: { event: "STEP3_MEETING_HELD" },
      limit: { byType: { LOCAL_MATTER: "arbitration-referral-local", PROVINCIAL_MATTER: "arbitration-referral-provincial" } },
      closedBy: ["ARBITRATION_REFERRED", "EXPEDITED_REFERRED"], party: "either",
    },
    {
      id: "arbitrator-selection", action: "Agree on an arbitrator",
      trigger: { event: "ARBITRATION_REFERRED" },
      limit: { byType: { LOCAL_MATTER: "arbitrator-selection-local", PROVINCIAL_MATTER: "arbitrator-selection-provincial" } },
      closedBy: ["ARBITRATOR_AGREED"], party: "either",
    },
    {
      id: "review-meeting", action: "Hold the review meeting (before the hearing; timelines unchanged)", types: ["PROVINCIAL_MATTER"],
      trigger: { event: "REVIEW_MEETING_REQUESTED" }, limit: "review-meeting", closedBy: ["REVIEW_MEETING_HELD"], rank: 44, party: "either",
    },
    {
      id: "expedited-call", action: "Hold the case management call",
      trigger: { event: "EXPEDITED_REFERRED" }, limit: "expedited-case-management-call", closedBy: ["CASE_MANAGEMENT_CALL_HELD"], rank: 44, party: "either",
    },
    {
      id: "expedited-information", action: "Exchange information (the parties will endeavour to)",
      trigger: { event: "EXPEDITED_REFERRED" }, limit: "expedited-information-exchange", closedBy: ["INFORMATION_EXCHANGED"], rank: 44, party: "either",
    },
    {
      id: "expedited-hearing", action: "Hold the oral hearing, if one is scheduled",
      trigger: { event: "EXPEDITED_REFERRED" }, limit: "expedited-hearing", closedBy: ["HEARING_CONCLUDED"], party: "either",
    },
    {
      id: "arbitration-decision", action: "The arbitrator's decision is due", excludes: "EXPEDITED_REFERRED",
      trigger: { event: "HEARING_CONCLUDED" }, limit: "arbitration-decision", closedBy: ["DECISION_RECEIVED"], party: "arbitrator",
    },
    {
      id: "expedited-decision", action: "The arbitrator's decision is due (expedited)", requires: "EXPEDITED_REFERRED",
      trigger: { event: "HEARING_CONCLUDED" }, limit: "expedited-decision", closedBy: ["DECISION_RECEIVED"], party: "arbitrator",
    },
  ],
  pause: { start: "PAUSE_STARTED", end: "PAUSE_ENDED", article: "A.6.9.b", label: "held in abeyance by mutual written consent (A.6.9.b)" },
  extensionArticle: "A.6.9.b",
};
