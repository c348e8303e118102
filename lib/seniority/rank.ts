/**
 * List order with the tie-breaks applied. SD73: C.2.7.c through sd73SeniorityList. SD71: the
 * earliest seniority date first; the agreement has no tie-break (spec §4.2 step 7), so equal
 * dates are flagged UNRESOLVED_TIE for the parties and shown in employee-number order.
 */
import { sd73SeniorityList } from "@/lib/rules";

export interface Ranked { id: string; rank: number; decidedBy: string }
export interface RankResult { rows: Ranked[]; summary: string[]; citations: string[] }

export interface Sd73Candidate { id: string; seniorityDays: number; boardAggregateEmploymentDays: number; otherAuthorityServiceYears: number; applicationDate: string }

export function rankSd73(c: Sd73Candidate[]): RankResult {
  const r = sd73SeniorityList({ teachers: c });
  return { rows: r.rows.map((x) => ({ id: x.id, rank: x.rank, decidedBy: x.decidedBy })), summary: r.steps, citations: r.citations };
}

export interface Sd71Candidate { id: string; seniorityDate: string; employeeNumber: string }

export function rankSd71(c: Sd71Candidate[], list: "REGULAR" | "CONTINUING_TEMPORARY"): RankResult {
  const sorted = [...c].sort((a, b) => a.seniorityDate.localeCompare(b.seniorityDate) || a.employeeNumber.localeCompare(b.employeeNumber));
  let ties = 0;
  const rows = sorted.map((x, i) => {
    const tied = sorted[i + 1]?.seniorityDate === x.seniorityDate;
    if (tied) ties++;
    return { id: x.id, rank: i + 1, decidedBy: tied ? "UNRESOLVED_TIE" : "seniority date" };
  });
  const art = list === "REGULAR" ? "15.01" : "15.03(e)";
  const summary = [
    `${c.length} employee(s) ordered by ${list === "REGULAR" ? "seniority date" : "continuing temporary seniority date"}, earliest first (${art}).`,
    ties ? `${ties} pair(s) with equal dates: the agreement has no tie-break, so they are flagged for the parties (shown by employee number).` : "No equal seniority dates.",
  ];
  return { rows, summary, citations: [art, "15.02"] };
}
