/**
 * Leaves of absence (spec §8) as data: length, pay, notice and seniority effect, each with
 * its article. Day counts are working days of absence unless stated.
 */
import { z } from "zod";

export interface LeaveEntitlement {
  article: string;
  length: string;
  paid: string;
  notice: string | null;
  seniority: string | null;
}

const rows = {
  "sick-leave": { article: "G.18", length: "2 days credited per full month of service (pro-rated part months); first-year continuing teachers 8 days in September and 12 in January; deducted at most 120 days a school year", paid: "yes, regular rate", notice: "medical certificate may be required", seniority: "no credit accrues during unpaid leave or layoff; restored on recall (C.12.1.c.iv)" },
  "sick-leave-portability": { article: "G.1", length: "up to 60 accumulated days from other BC districts", paid: "—", notice: "verification initiated within 120 days of commencing employment", seniority: null },
  "compassionate-care": { article: "G.2", length: "up to 8 weeks (or as the ESA provides), in units of one week or more", paid: "SEB if EI-eligible: 100% week 1, then 100% less EI for 8 weeks (1/40 or 1/52 of annual)", notice: "on request", seniority: "seniority continues to accrue (G.2.7)" },
  "esa-leaves": { article: "G.3", length: "ESA s.52 family responsibility, s.52.11 critical illness, s.52.5 domestic or sexual violence: as the ESA provides", paid: "per the ESA", notice: "per the ESA", seniority: null },
  bereavement: { article: "G.4", length: "5 days per death in the immediate family (4 in LOU 42 positions); up to 2 more for travel; half a day for a funeral", paid: "5 + 2 paid; further leave unpaid", notice: null, seniority: null },
  "unpaid-discretionary": { article: "G.5", length: "at least 3 days a year", paid: "no", notice: "request; not unreasonably denied", seniority: null },
  "cultural-leave": { article: "G.11", length: "5 days a year (Aboriginal employees)", paid: "yes", notice: "7 days' written notice", seniority: null },
  "maternity-seb": { article: "G.12", length: "EI-eligible: 100% week 1, 100% less EI for 15 weeks in session; otherwise 95% for 2 weeks in session", paid: "partly", notice: null, seniority: null },
  "maternity-parental": { article: "G.21", length: "per ESA Part 6; 2 paid days on receiving an adopted child; extension to the end of the school year with seniority, up to 20 more months without", paid: "unpaid except SEB (75% for 2 weeks, 75% less EI for 10 weeks in session)", notice: "extension requests in writing 1 month in advance", seniority: "extension to year end with seniority; further extension without (G.21.4.a)" },
  paternity: { article: "G.23", length: "up to 2 days", paid: "yes", notice: "notification to the Superintendent's office", seniority: null },
  parenthood: { article: "G.22", length: "up to 1 year", paid: "no", notice: "early return: at least 20 working days' notice (G.22.2)", seniority: "without seniority or benefits (G.22.1)" },
  "jury-witness": { article: "G.24", length: "duration of service", paid: "pay maintained; fees remitted to the Board", notice: null, seniority: null },
  "family-illness": { article: "G.25", length: "from sick leave: at most 3 days per illness, 5 per year", paid: "from sick leave", notice: "after notifying the school administrator", seniority: null },
  "compassionate-short": { article: "G.26", length: "from sick leave: 1 day in town, 3 out of town, per year", paid: "from sick leave", notice: "after notifying the Administrative Officer", seniority: null },
  discretionary: { article: "G.27", length: "2 days any purpose; +2 for a non-Christian religious holiday; +2 for an ill parent", paid: "personal days at the cost of a TTOC", notice: "personal days: upon notification", seniority: null },
  "elective-office": { article: "G.28", length: "campaign; MP/MLA 4 years; municipal office time off", paid: "no; municipal days deducted at 1/195", notice: null, seniority: "MP/MLA: without seniority (G.28.2)" },
  "exam-convocation": { article: "G.29", length: "up to 2 days", paid: "yes (may)", notice: null, seniority: null },
  secondment: { article: "G.30", length: "up to 2 years", paid: "no", notice: "30 days' notice", seniority: "not stated" },
  educational: { article: "G.31", length: "Association sabbatical; district committees; up to 3 speaker days a year", paid: "sabbatical Association-funded; committees and speaker days with pay", notice: "prior approval for speaker days", seniority: "sabbatical earns experience and seniority; committees no loss" },
  "general-short-term": { article: "G.32.1", length: "under 2 months", paid: "no; benefits and 1/195 a day deducted (1/156 LOU 42)", notice: "request", seniority: "without loss of seniority (G.32.1.a)" },
  "general-long-term": { article: "G.32.2", length: "2 months up to 2 years; 3 years' continuous service; starts at a term or semester", paid: "no", notice: "30 days in advance; early return 20 working days' notice", seniority: "not counted (C.2.7.e)" },
  "temporary-principal": { article: "G.9", length: "up to 1 year; posting extendable 12 months", paid: "P/VP pay", notice: "upon request", seniority: null },
  "association-president": { article: "G.6.11", length: "100% release", paid: "Board pays; Association reimburses", notice: null, seniority: "full employ for pension, experience, sick leave and seniority" },
  "association-official": { article: "G.6.12.a", length: "full or part time", paid: "Board fully reimbursed", notice: "30 days' notice", seniority: "treated as a full-time employee for seniority" },
  "association-business": { article: "G.6.12.b", length: "up to 15 days a school year wherever possible", paid: "without loss of pay; Board reimbursed the TTOC cost", notice: null, seniority: null },
  "association-term-appointment": { article: "G.6.12.c", length: "one leave, up to 4 years", paid: "no", notice: "30 days' notice", seniority: "not stated; prior entitlements retained" },
  "ttoc-union-business": { article: "G.7", length: "as needed", paid: "paid; union reimburses", notice: null, seniority: "seniority and experience up to 40 days a school year (G.7.4)" },
  "nt-personal-leave": { article: "MOA 10 Att. B G.14.4", length: "2 days a year, unused accumulate to 5; pro-rated for part-time", paid: "yes", notice: "granted without explanation", seniority: null },
} satisfies Record<string, LeaveEntitlement>;

export type LeaveId = keyof typeof rows;
export const LEAVE_IDS = Object.keys(rows) as [LeaveId, ...LeaveId[]];
const rowSchema = z.strictObject({ article: z.string().min(1), length: z.string().min(1), paid: z.string().min(1), notice: z.string().nullable(), seniority: z.string().nullable() });
export const leaveTable: Record<LeaveId, LeaveEntitlement> = z.record(z.string(), rowSchema).parse(rows) as Record<LeaveId, LeaveEntitlement>;
