import "server-only";
import type { Actor } from "./actor";
import { buildSeniorityList } from "./seniority-list";

export interface SeniorityStanding {
  employeeId: string; employeeNumber: string; name: string;   // "Last, First"
  rank: number;                       // 1 = most senior, list order with tie-breaks applied
  list: "REGULAR" | "CONTINUING_TEMPORARY";   // SD73 always REGULAR
  status: string; employmentType: string; fteMilli: number; qualifications: string[];
  classification: string | null; generalClassification: string | null; // SD71 ("a"|"b"|"c")
  positionId: string | null;          // current Position id, if any
  seniorityDays: number | null;       // SD73 (C.2), null for SD71
  seniorityDate: string | null;       // SD71 ISO date (15.01), null for SD73
  hireDate: string;                   // ISO
  laidOff: boolean;                   // currently on layoff per the ledger
}

/**
 * The seniority standings of an agreement as of a date: read-only, scoped to the actor's districts
 * and locals (NotFoundError otherwise), in rank order, from the maintained SenioritySummary rows.
 * SD73: one REGULAR list (C.2, tie-breaks C.2.7.c). SD71: the regular list (15.01) then the
 * continuing-temporary list (15.03(e)), each ranked from 1.
 */
export async function getSeniorityStandings(actor: Actor, agreementId: "sd73-teachers" | "sd71-cupe439", asOf: string): Promise<SeniorityStanding[]> {
  const lists = agreementId === "sd73-teachers" ? (["REGULAR"] as const) : (["REGULAR", "CONTINUING_TEMPORARY"] as const);
  const out: SeniorityStanding[] = [];
  for (const list of lists) {
    const r = await buildSeniorityList(actor, agreementId, asOf, list);
    for (const row of r.rows) {
      out.push({
        employeeId: row.employeeId, employeeNumber: row.employeeNumber, name: row.name, rank: row.rank, list: row.list,
        status: row.status, employmentType: row.employmentType, fteMilli: row.fteMilli, qualifications: row.qualifications,
        classification: row.classification, generalClassification: row.generalClassification, positionId: row.positionId,
        seniorityDays: row.seniorityDays, seniorityDate: row.seniorityDate, hireDate: row.hireDate, laidOff: row.laidOff,
      });
    }
  }
  return out;
}
