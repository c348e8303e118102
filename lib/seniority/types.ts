/** Plain-data view of the service ledger (dates as ISO strings), shared by the summary computations. */
export const LEDGER_KINDS = [
  "APPOINTMENT", "TEMPORARY_CONTRACT", "TTOC_DAYS", "LEAVE", "LAYOFF", "RECALL", "PORTED_SENIORITY", "UNPAID_BREAK", "HOURS_WORKED", "STEP_CHANGE",
] as const;
export type LedgerKind = (typeof LEDGER_KINDS)[number];

export interface LedgerRecord {
  kind: LedgerKind;
  startDate: string;
  endDate: string | null;
  fteMilli: number | null;
  /** TTOC_DAYS: half days; HOURS_WORKED: hundredths of an hour; PORTED_SENIORITY: days (189 a year) */
  quantity: number | null;
  reason: string | null;
}

export interface LedgerEmployee {
  employmentType: string;
  classification: string | null;
  hireDate: string;
  applicationDate: string | null;
}

export type ListKind = "REGULAR" | "CONTINUING_TEMPORARY";

/** A span of layoff from the ledger: LAYOFF start to the day before the next RECALL (or the LAYOFF's end). */
export interface LayoffSpan { from: string; to: string | null }

export interface Explained { citations: string[]; steps: string[]; interpretations: string[] }
