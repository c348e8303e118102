/**
 * Time limits a steward tracks (spec §6–7), as data: each with its article, the kind of
 * count and the number. Working-day counts use the agreement's calendar profile (AMB-01);
 * unqualified "days" are calendar days (spec §6.1); "N days prior to X" is X minus N
 * days (AMB-21, AMB-22); months use the month-end convention unless AMB-21 is overridden.
 */
import { z } from "zod";

export type LimitKind =
  | "working-days-after"
  | "working-days-before"
  | "calendar-days-after"
  | "calendar-days-before"
  | "months-after"
  /** The last day of N months of service beginning on the trigger day (E.12.2.a "completes"). */
  | "months-completed"
  | "years-after";

export interface TimeLimit {
  article: string;
  /** What is due, in a steward's words. */
  due: string;
  /** What starts the count. */
  trigger: string;
  kind: LimitKind;
  n: number;
  /** Working days after which the window opens (e.g. Step Two may be referred after 10 WD). */
  opensAfter?: number;
  /** Interpretation ids the limit rests on. */
  interpretations?: string[];
  note?: string;
}

const limitSchema = z.strictObject({
  article: z.string().min(1),
  due: z.string().min(1),
  trigger: z.string().min(1),
  kind: z.enum(["working-days-after", "working-days-before", "calendar-days-after", "calendar-days-before", "months-after", "months-completed", "years-after"]),
  n: z.number().int().positive(),
  opensAfter: z.number().int().positive().optional(),
  interpretations: z.array(z.string()).optional(),
  note: z.string().optional(),
});

const WD = "working-days-after" as const;
const CD = "calendar-days-after" as const;

const table = {
  // A.6 grievance procedure
  "grievance-step1": { article: "A.6.2.b", due: "raise the grievance at Step One", trigger: "the alleged violation, or becoming reasonably aware of it (the later)", kind: WD, n: 30 },
  "grievance-step2-referral": { article: "A.6.3.a", due: "Step One period ends; the grievance may then be referred to Step Two by letter", trigger: "the request for the Step One meeting", kind: WD, n: 10, interpretations: ["AMB-12"], note: "No outer limit for the Step Two referral is stated (A.6.3.a is silent): track it as 'no stated limit'." },
  "grievance-step3-referral": { article: "A.6.4.a", due: "refer the grievance to Step Three by letter", trigger: "the referral to Step Two", kind: WD, n: 20, opensAfter: 10 },
  "grievance-step3-meeting": { article: "A.6.4.a", due: "hold the Step Three meeting", trigger: "the referral to Step Three", kind: WD, n: 10, interpretations: ["AMB-12"] },
  "arbitration-referral-local": { article: "A.6.6.a", due: "refer a Local Matters grievance to arbitration (the local or the employer)", trigger: "the Step Three meeting", kind: WD, n: 25, opensAfter: 10 },
  "arbitration-referral-provincial": { article: "A.6.7.a", due: "refer a Provincial Matters grievance to arbitration (the BCTF or BCPSEA)", trigger: "the Step Three meeting", kind: WD, n: 25, opensAfter: 10 },
  "arbitrator-selection-local": { article: "A.6.6.b", due: "agree on an arbitrator", trigger: "the notice of referral to arbitration", kind: WD, n: 10 },
  "arbitrator-selection-provincial": { article: "A.6.7.b", due: "agree on an arbitrator", trigger: "the notice of referral to arbitration", kind: WD, n: 10 },
  "review-meeting": { article: "A.6.7.c.ii", due: "hold the agreed review meeting (before the hearing; timelines unchanged)", trigger: "the written request", kind: WD, n: 10 },
  "arbitration-decision": { article: "A.6.8.b", due: "the arbitrator's decision", trigger: "the conclusion of the hearing", kind: CD, n: 60 },
  "dismissal-direct-arbitration": { article: "C.15.1.f", due: "refer a dismissal grievance directly to arbitration", trigger: "the dismissal", kind: WD, n: 30, interpretations: ["AMB-12"], note: "No limit is stated; the A.6.2.b 30 working days are applied as the conservative limit." },
  "harassment-step3": { article: "E.2.16", due: "initiate a harassment grievance at Step Three", trigger: "the written outcome (E.2.14)", kind: WD, n: 30, interpretations: ["AMB-12"], note: "No limit is stated; the A.6.2.b 30 working days are applied as the conservative limit." },
  // A.7 expedited arbitration (by mutual agreement)
  "expedited-case-management-call": { article: "A.7.2.c", due: "the case management call", trigger: "the referral to the arbitrator", kind: CD, n: 3 },
  "expedited-information-exchange": { article: "A.7.2.c", due: "endeavour to exchange information", trigger: "the referral to the arbitrator", kind: CD, n: 7 },
  "expedited-hearing": { article: "A.7.2.d", due: "the oral hearing, if scheduled (concluded within one day)", trigger: "the referral to the arbitrator", kind: CD, n: 14 },
  "expedited-decision": { article: "A.7.2.h", due: "the arbitrator's decision", trigger: "the conclusion of the arbitration or submission process", kind: CD, n: 5 },
  // Other dispute timelines (spec §6.5)
  "middle-school-meeting": { article: "D.5.2", due: "the parties meet", trigger: "the employer's decision", kind: WD, n: 10 },
  "middle-school-arbitration": { article: "D.5.5.c", due: "arbitration convenes", trigger: "the referral", kind: WD, n: 30 },
  "alternate-calendar-notice": { article: "D.6.2", due: "latest written notice of an alternate school calendar", trigger: "its implementation", kind: "working-days-before", n: 40 },
  "alternate-calendar-meeting": { article: "D.6.2", due: "the parties meet", trigger: "the notice", kind: WD, n: 5 },
  "harassment-investigation": { article: "E.2.11.e", due: "complete the investigation (unless otherwise agreed)", trigger: "the start of the investigation", kind: WD, n: 20 },
  "technological-change-notice": { article: "D.21.2", due: "latest written notice of technological change", trigger: "its introduction", kind: "calendar-days-before", n: 90 },
  "legislative-change-arbitration": { article: "A.9.3", due: "either party may refer to arbitration if no agreement", trigger: "the request to meet", kind: CD, n: 30 },
  // Spec §7
  "evaluation-report": { article: "C.3.2.e.iii", due: "the evaluation report", trigger: "the final observation", kind: "months-after", n: 3, interpretations: ["AMB-21"] },
  "evaluation-draft-meeting": { article: "C.3.2.e.v", due: "the evaluator meets the teacher on the draft", trigger: "the initial meeting", kind: CD, n: 5 },
  "suspension-decision": { article: "C.15.1.d", due: "the Board's written decision", trigger: "the hearing", kind: CD, n: 7 },
  "probation-earliest-termination-notice": { article: "C.3.4.d", due: "earliest termination notice (not during the first 60 days; day 1 is the placement)", trigger: "placement on probation", kind: CD, n: 60 },
  "probation-rescind": { article: "C.3.4.c", due: "probation rescinded unless terminated (extended for leave, July/August, grievance time)", trigger: "placement on probation", kind: "months-after", n: 3, interpretations: ["AMB-21"] },
  "probation-termination-notice": { article: "C.3.4.d", due: "termination takes effect after 30 days' written notice", trigger: "the notice", kind: CD, n: 30 },
  "personnel-file-reprimand-removal": { article: "E.21.7", due: "earliest request to remove a minor reprimand (no further reprimand filed)", trigger: "the filing", kind: "years-after", n: 5 },
  "appointment-confirmation": { article: "E.13.2", due: "the Board confirms the offer in writing (48 hours)", trigger: "the offer", kind: CD, n: 2 },
  "temporary-appointment": { article: "E.12.2.a", due: "a temporary appointment is made, retroactive to the start", trigger: "the first day of the assignment (continuous service)", kind: "months-completed", n: 2, interpretations: ["AMB-06"], note: "Two months of service are completed on the day before the same date two months later (from February 3, on April 2), as the C.3.4.a period ends; from a date the second month lacks (December 31 → February 31), on that month's last day (February 28 or 29)." },
  "resignation-notice": { article: "C.1.1", due: "latest written notice of resignation", trigger: "the intended last day", kind: "calendar-days-before", n: 30 },
  "layoff-notice": { article: "C.12.1.b.ii", due: "latest written layoff notice", trigger: "the end of the school term (December 31 or June 30)", kind: "calendar-days-before", n: 30, interpretations: ["AMB-22"] },
  "seniority-porting-verification": { article: "C.2.2.b.ii", due: "initiate seniority verification and forward the forms", trigger: "receiving a continuing appointment", kind: CD, n: 120 },
  "sick-leave-porting-verification": { article: "G.1.3.b", due: "initiate sick-leave verification", trigger: "commencing employment", kind: CD, n: 120 },
  "scale-documentation": { article: "B.22.3", due: "submit placement documentation (extensions not refused, B.22.4)", trigger: "commencement of employment or change in category", kind: "months-after", n: 6 },
  "retraining-notice": { article: "C.12.2", due: "written notice to extend recall provisions for retraining", trigger: "receipt of the layoff notice", kind: "months-after", n: 12, interpretations: ["AMB-21"] },
  "severance-election": { article: "C.12.4.a", due: "elect severance (paid automatically at the end of the period; reset by a recall to a continuing contract)", trigger: "the date of layoff (effective date)", kind: "years-after", n: 3, interpretations: ["AMB-11"] },
  "recall-response": { article: "C.12.1.c.xi", due: "accept or decline the recall offer (24 hours from receipt)", trigger: "receipt of the offer", kind: CD, n: 1 },
  "recall-commence-duties": { article: "C.12.1.c.xii", due: "commence duties during the school term (unless a longer period is agreed)", trigger: "the acceptance", kind: WD, n: 3 },
  "recall-appeal": { article: "C.12.1.c.x", due: "a more senior recall-list employee appeals", trigger: "being notified of the position filled", kind: CD, n: 5, interpretations: ["AMB-10"] },
  "parenthood-early-return-notice": { article: "G.22.2", due: "latest notice of an early return from parenthood leave", trigger: "the revised return date", kind: "working-days-before", n: 20 },
  "long-term-leave-early-return-notice": { article: "G.32.2.c", due: "latest notice of an early return from long-term leave", trigger: "the revised return date", kind: "working-days-before", n: 20 },
  "long-term-leave-request": { article: "G.32.2", due: "latest request for a long-term leave", trigger: "the leave's start", kind: "calendar-days-before", n: 30 },
  "secondment-notice": { article: "G.30", due: "latest notice of a secondment", trigger: "the secondment's start", kind: "calendar-days-before", n: 30 },
  "association-leave-notice": { article: "G.6.12", due: "latest notice of an Association leave", trigger: "the leave's start", kind: "calendar-days-before", n: 30 },
  "cultural-leave-notice": { article: "G.11", due: "latest written notice of cultural leave", trigger: "the leave", kind: "calendar-days-before", n: 7 },
  "negotiating-extra-days-notice": { article: "A.20", due: "latest notice of extra negotiating days", trigger: "the extra day", kind: "calendar-days-before", n: 3 },
  "lou42-cancellation-notice": { article: "LOU 42", due: "latest notice cancelling a four-day week", trigger: "the Board's approval of the calendar", kind: "calendar-days-before", n: 90 },
  "class-reorganization-cutoff": { article: "LOU 12 ¶16.A", due: "no further class changes required (classes starting after September)", trigger: "the start of the class (day 0)", kind: CD, n: 21, interpretations: ["AMB-26"] },
  "class-remedy-eligible": { article: "LOU 12 ¶16.B", due: "remedy eligibility begins (classes starting after September)", trigger: "the start of the class (day 0)", kind: CD, n: 22, interpretations: ["AMB-26"] },
} satisfies Record<string, TimeLimit>;

export type TimeLimitId = keyof typeof table;
export const TIME_LIMIT_IDS = Object.keys(table) as [TimeLimitId, ...TimeLimitId[]];

/** The table, validated strictly at load. */
export const timeLimits: Record<TimeLimitId, TimeLimit> = z.record(z.string(), limitSchema).parse(table) as Record<TimeLimitId, TimeLimit>;
