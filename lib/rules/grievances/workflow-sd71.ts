/**
 * SD71 – CUPE 439 grievance procedure, Articles 12–13, as data (spec §7.1–7.4).
 * Time limits come from sd71TimeLimit (sd71-cupe439/data/time-limits.data.ts).
 * 12.02(b): a policy grievance commences at Step 2. 12.02(d): limits may be extended by
 * mutual agreement. 12.04(a)(3): for 30 days from receipt of a request, time does not run.
 */
import type { Workflow } from "./types";

const UNION_STEPS = ["STEP1_NOTICE_GIVEN", "STEP2_APPLIED", "STEP3_REQUESTED", "ARBITRATION_NOTICE_GIVEN", "RESPONSE_SENT"];

export const sd71Workflow: Workflow = {
  agreement: "sd71-cupe439",
  title: "Articles 12–13 grievance procedure and arbitration",
  types: {
    INDIVIDUAL: { label: "Individual or group grievance", article: "12.02(a)" },
    POLICY: { label: "General policy grievance (starts at Step 2)", article: "12.02(b)" },
  },
  events: {
    INFORMAL_MEETING_HELD: { label: "Discussion of differences held (12.01)", rank: 5, by: "either", types: ["INDIVIDUAL"] },
    STEP1_NOTICE_GIVEN: { label: "Step 1 written notice given to the supervisor", rank: 10, by: "union", types: ["INDIVIDUAL"] },
    STEP1_DECISION_RECEIVED: { label: "Step 1 decision received", rank: 11, by: "employer", types: ["INDIVIDUAL"] },
    STEP2_APPLIED: { label: "Step 2 written application to the Secretary-Treasurer", rank: 20, by: "union" },
    STEP2_DECISION_RECEIVED: { label: "Step 2 decision received", rank: 21, by: "employer" },
    STEP3_REQUESTED: { label: "Step 3 hearing requested", rank: 30, by: "union" },
    STEP3_HEARING_HELD: { label: "Step 3 hearing held", rank: 31, by: "employer" },
    STEP3_DECISION_RECEIVED: { label: "Step 3 decision received", rank: 32, by: "employer" },
    ARBITRATION_NOTICE_GIVEN: { label: "Notice of referral to arbitration given", rank: 40, status: "AT_ARBITRATION", by: "either" },
    ARBITRATION_REFERRED: { label: "Referral to arbitration in effect", rank: 41, by: "either" },
    ARBITRATOR_AGREED: { label: "Arbitrator agreed", rank: 42, by: "either" },
    CAAB_REQUESTED: { label: "CAAB asked to appoint an arbitrator (13.01)", rank: 42, by: "either" },
    AWARD_RECEIVED: { label: "Arbitration award received", rank: 50, status: "DECIDED", by: "either" },
    CORRESPONDENCE_RECEIVED: { label: "Correspondence received from the other party", rank: 0, by: "either" },
    RESPONSE_SENT: { label: "Written response sent", rank: 0, by: "either" },
    RECOMMENDATIONS_REQUESTED: { label: "12.04 recommendations requested (time stops 30 days)", rank: 0, by: "either" },
    RECOMMENDATIONS_RECEIVED: { label: "12.04 recommendations received", rank: 0, by: "either" },
    EXTENSION_AGREED: { label: "Time limit extended by mutual agreement", rank: 0, by: "either" },
    SETTLED: { label: "Settled", rank: 100, status: "RESOLVED", by: "either" },
    WITHDRAWN: { label: "Withdrawn", rank: 100, status: "WITHDRAWN", by: "union" },
    ABANDONED: { label: "Abandoned (12.02(d))", rank: 100, status: "ABANDONED", by: "either" },
  },
  rules: [
    {
      id: "discussion-to-step1", action: "Proceed to Step 1 after the discussion of differences", policy: false,
      trigger: { event: "INFORMAL_MEETING_HELD" }, limit: "discussion-to-step1", closedBy: ["STEP1_NOTICE_GIVEN"], party: "union",
    },
    {
      id: "step1-notice", action: "Initiate: give the Step 1 written notice with particulars", policy: false,
      trigger: { facts: "awareness" }, limit: "step1-notice", closedBy: ["STEP1_NOTICE_GIVEN"], party: "union",
    },
    {
      id: "policy-step2", action: "Commence the policy grievance at Step 2: written application to the Secretary-Treasurer (12.02(b))", policy: true,
      trigger: { facts: "awareness" }, limit: "initiate", closedBy: ["STEP2_APPLIED"], party: "union", article: "12.02(b)",
      note: "12.02(b) states no limit of its own: the 15 working days of 12.02(a) from becoming aware are applied.",
    },
    {
      id: "step1-decision", action: "The supervisor's Step 1 decision is due",
      trigger: { event: "STEP1_NOTICE_GIVEN" }, limit: "step1-decision", closedBy: ["STEP1_DECISION_RECEIVED"], party: "employer",
    },
    {
      id: "step2-application", action: "Apply at Step 2 in writing (no stated limit; abandonment risk under 12.02(d))",
      trigger: { event: "STEP1_DECISION_RECEIVED" }, limit: "deemed-abandonment", closedBy: ["STEP2_APPLIED"], party: "union",
      note: "12.02(a) states no limit for the Step 2 application; without a written response within 60 working days (exclusive of July and August) the grievance is deemed abandoned (12.02(d)).",
    },
    {
      id: "step2-decision", action: "The Secretary-Treasurer's Step 2 decision is due",
      trigger: { event: "STEP2_APPLIED" }, limit: "step2-decision", closedBy: ["STEP2_DECISION_RECEIVED"], party: "employer",
    },
    {
      id: "step3-request", action: "Request the Step 3 hearing",
      trigger: { event: "STEP2_DECISION_RECEIVED" }, limit: "step3-request", closedBy: ["STEP3_REQUESTED"], party: "union",
    },
    {
      id: "step3-hearing", action: "The Board's Step 3 hearing is due",
      trigger: { event: "STEP3_REQUESTED" }, limit: "step3-hearing", closedBy: ["STEP3_HEARING_HELD"], party: "employer",
    },
    {
      id: "step3-decision", action: "The Board's Step 3 decision is due",
      trigger: { event: "STEP3_HEARING_HELD" }, limit: "step3-decision", closedBy: ["STEP3_DECISION_RECEIVED"], party: "employer",
    },
    {
      id: "arbitration-notice", action: "Give notice referring the grievance to arbitration",
      trigger: { event: "STEP3_DECISION_RECEIVED" }, limit: "arbitration-notice", closedBy: ["ARBITRATION_NOTICE_GIVEN"], party: "either",
    },
    {
      id: "arbitration-effective", action: "The referral to arbitration takes effect (ten days' notice)",
      trigger: { event: "ARBITRATION_NOTICE_GIVEN" }, limit: "arbitration-referral", closedBy: ["ARBITRATION_REFERRED"], party: "either",
      note: "The date is when the referral takes effect, not a limit on either party.",
    },
    {
      id: "caab-request", action: "Agree on an arbitrator; failing agreement, ask CAAB to appoint one",
      trigger: { event: "ARBITRATION_REFERRED" }, limit: "caab-request", closedBy: ["ARBITRATOR_AGREED", "CAAB_REQUESTED"], party: "either",
    },
    {
      id: "deemed-abandonment", action: "Respond in writing to the other party's correspondence, or the grievance is deemed abandoned",
      trigger: { event: "CORRESPONDENCE_RECEIVED" }, limit: "deemed-abandonment", closedBy: UNION_STEPS, rank: 0, party: "union",
    },
    {
      id: "recommendations", action: "The arbitrator's 12.04 recommendations are due",
      trigger: { event: "RECOMMENDATIONS_REQUESTED" }, limit: "recommendations", closedBy: ["RECOMMENDATIONS_RECEIVED"], rank: 0, party: "arbitrator",
    },
  ],
  pause: { start: "RECOMMENDATIONS_REQUESTED", fixedDays: 30, article: "12.04(a)(3)", label: "12.04 pause" },
  extensionArticle: "12.02(d)",
};
