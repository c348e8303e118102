/**
 * Demo grievances per local, dated relative to the day the seed runs so that the module
 * shows live deadlines on first start (some due soon, one overdue, one settled).
 */
import { addDays, formatIsoDate, parseIsoDate } from "@/lib/rules/core";

export interface DemoGrievance {
  type: string;
  policy: boolean;
  grievors: number; // how many of the first employees grieve
  articles: string[];
  summary: string;
  remedy: string;
  violation: number; // days before today
  awareness?: number;
  events: Array<{ type: string; daysAgo: number; newDueIn?: number; ruleId?: string }>;
}

export const DEMO_GRIEVANCES: Record<"KTTA" | "CUPE439", DemoGrievance[]> = {
  KTTA: [
    { type: "LOCAL_MATTER", policy: false, grievors: 1, articles: ["C.2.1"], summary: "Seniority on the recall list was miscounted after a leave.", remedy: "Correct the seniority and place the grievor on the recall list in order.", violation: 20, events: [] },
    { type: "LOCAL_MATTER", policy: false, grievors: 2, articles: ["D.4.1", "A.6.2.b"], summary: "Preparation time was not scheduled for two teachers this term.", remedy: "Schedule the preparation time owed.", violation: 40, awareness: 30, events: [{ type: "STEP1_MEETING_REQUESTED", daysAgo: 12 }, { type: "STEP1_MEETING_HELD", daysAgo: 6 }] },
    { type: "PROVINCIAL_MATTER", policy: true, grievors: 0, articles: ["B.2.6"], summary: "TTOC daily rate applied below the B.2.6 grid placement district-wide.", remedy: "Pay the difference to every TTOC affected.", violation: 70, events: [{ type: "STEP1_MEETING_REQUESTED", daysAgo: 60 }, { type: "STEP2_REFERRED", daysAgo: 30 }] },
    { type: "LOCAL_MATTER", policy: false, grievors: 1, articles: ["G.11"], summary: "Cultural leave was refused without reasons.", remedy: "Grant the leave.", violation: 90, events: [{ type: "STEP1_MEETING_REQUESTED", daysAgo: 80 }, { type: "SETTLED", daysAgo: 75 }] },
  ],
  CUPE439: [
    { type: "INDIVIDUAL", policy: false, grievors: 1, articles: ["19.02"], summary: "Overtime worked on a school event was paid at straight time.", remedy: "Pay the overtime at the 19.02 rate.", violation: 10, events: [{ type: "INFORMAL_MEETING_HELD", daysAgo: 3 }] },
    { type: "POLICY", policy: true, grievors: 0, articles: ["16.01(a)"], summary: "Vacancies filled without posting for the required period.", remedy: "Post every vacancy as 16.01 requires.", violation: 14, events: [{ type: "STEP2_APPLIED", daysAgo: 9 }] },
    { type: "INDIVIDUAL", policy: false, grievors: 1, articles: ["15.04"], summary: "Seniority lost after an approved leave.", remedy: "Restore the seniority.", violation: 45, events: [{ type: "STEP1_NOTICE_GIVEN", daysAgo: 35 }, { type: "STEP1_DECISION_RECEIVED", daysAgo: 30 }, { type: "STEP2_APPLIED", daysAgo: 25 }, { type: "STEP2_DECISION_RECEIVED", daysAgo: 8 }, { type: "EXTENSION_AGREED", daysAgo: 4, newDueIn: 20, ruleId: "step3-request" }] },
  ],
};

export const daysBefore = (today: string, n: number) => formatIsoDate(addDays(parseIsoDate(today, "today", "seed"), -n));
