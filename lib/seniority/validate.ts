/**
 * Checks ledger entries against the employee's existing ledger before anything is saved:
 * a span ending before it starts, contracts that overlap, and TTOC days or hours on a day
 * with no employment (before the hire date, or outside every appointment and contract of an
 * employee who is not on call). Errors name the entry and the field.
 */
import type { LedgerRecord } from "./types";

export interface EntryError { index: number; field: string; message: string }
export interface EmployeeLedger { hireDate: string; employmentType: string; records: LedgerRecord[] }

const CONTRACTS = new Set(["APPOINTMENT", "TEMPORARY_CONTRACT"]);
const ON_CALL = new Set(["TTOC", "TEMPORARY", "CONTINUING_TEMPORARY"]);
const END = "9999-12-31";
const LABEL: Record<string, string> = { APPOINTMENT: "appointment", TEMPORARY_CONTRACT: "temporary contract" };

export function validateEntries(ledgers: Array<EmployeeLedger & { entries: Array<{ index: number; record: LedgerRecord }> }>): EntryError[] {
  const errors: EntryError[] = [];
  for (const l of ledgers) {
    const contracts = l.records.filter((r) => CONTRACTS.has(r.kind)).map((r) => ({ r, where: "the ledger" }));
    for (const { index, record: r } of l.entries) {
      if (r.endDate && r.endDate < r.startDate) {
        errors.push({ index, field: "endDate", message: `ends (${r.endDate}) before it starts (${r.startDate})` });
        continue;
      }
      if (CONTRACTS.has(r.kind)) {
        const clash = contracts.find(({ r: c }) => c.startDate <= (r.endDate ?? END) && r.startDate <= (c.endDate ?? END));
        if (clash) {
          errors.push({ index, field: "startDate", message: `overlaps the ${LABEL[clash.r.kind]} from ${clash.r.startDate} to ${clash.r.endDate ?? "open"} in ${clash.where}` });
          continue;
        }
        contracts.push({ r, where: `entry ${index}` });
      }
    }
    for (const { index, record: r } of l.entries) {
      if ((r.kind !== "HOURS_WORKED" && r.kind !== "TTOC_DAYS") || (r.endDate && r.endDate < r.startDate)) continue;
      const end = r.endDate ?? r.startDate;
      if (r.startDate < l.hireDate) {
        errors.push({ index, field: "startDate", message: `no employment on ${r.startDate}: before the hire date ${l.hireDate}` });
        continue;
      }
      if (ON_CALL.has(l.employmentType)) continue;
      const gap = firstUncovered(r.startDate, end, contracts.map((c) => c.r));
      if (gap) errors.push({ index, field: "startDate", message: `no employment on ${gap}: outside every appointment and contract` });
    }
  }
  return errors;
}

/** The first day of [from, to] not inside any contract, or null. */
function firstUncovered(from: string, to: string, contracts: LedgerRecord[]): string | null {
  let d = from;
  const sorted = [...contracts].sort((a, b) => a.startDate.localeCompare(b.startDate));
  for (const c of sorted) {
    if (c.startDate > d) break;
    const cEnd = c.endDate ?? END;
    if (cEnd >= d) {
      if (cEnd >= to) return null;
      d = next(cEnd);
    }
  }
  return d <= to ? d : null;
}

function next(iso: string): string {
  const x = new Date(iso + "T00:00:00Z");
  x.setUTCDate(x.getUTCDate() + 1);
  return x.toISOString().slice(0, 10);
}
