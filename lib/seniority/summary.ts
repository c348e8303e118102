/**
 * The stored seniority summary of one employee, computed from the ledger (and recomputed in
 * the same transaction as each ledger write). SD73 keeps its credit pieces per school year so
 * that a list as of any date sums them without reading the ledger; SD71 keeps its dates.
 */
import { sd73FirstYearProbationWindow } from "@/lib/rules";
import { day, iso } from "./days";
import { layoffSpans } from "./layoffs";
import { sd71Figures } from "./sd71-ledger";
import { sd73Ledger, type Sd73Year } from "./sd73-ledger";
import type { LayoffSpan, LedgerEmployee, LedgerRecord, ListKind } from "./types";

export type AgreementRules = "sd73-teachers" | "sd71-cupe439";

export interface SummaryData {
  list: ListKind | null;
  years: { years: Sd73Year[]; ported: { from: number; days: number } | null } | null;
  otherAuthorityYears: number;
  seniorityDate: string | null;
  ctStatusDate: string | null;
  probationEnds: string | null;
  startDate: string;
  stableFrom: string;
  computedThrough: string;
  layoffs: LayoffSpan[];
  citations: string[];
  steps: string[];
  interpretations: string[];
}

/** The end of the school year after the one containing `today`: how far SD73 credit is stored. */
export function summaryHorizon(today: string): string {
  const y = Number(today.slice(0, 4)) + (today.slice(5) >= "07-01" ? 1 : 0);
  return `${y + 1}-06-30`;
}

export function computeSummary(rules: AgreementRules, e: LedgerEmployee, records: LedgerRecord[], horizon: string): SummaryData {
  const layoffs = layoffSpans(records);
  const starts = records.map((r) => r.startDate).sort();
  if (rules === "sd71-cupe439") {
    const f = sd71Figures(e, records, horizon);
    return { ...f, years: null, otherAuthorityYears: 0, computedThrough: horizon, layoffs };
  }
  const l = sd73Ledger(e, records, day(horizon));
  const startDate = starts[0] && starts[0] < e.hireDate ? starts[0] : e.hireDate;
  const continuing = records.filter((r) => r.kind === "APPOINTMENT").map((r) => r.startDate).sort()[0];
  const steps = [...l.steps];
  const citations = ["C.2.3.b", "C.2.5", "C.2.7.a"];
  let probationEnds: string | null = null;
  if (continuing) {
    const w = sd73FirstYearProbationWindow({ appointmentStart: continuing });
    probationEnds = w.windowEnds;
    steps.push(...w.steps);
    citations.push(...w.citations);
  }
  return {
    list: "REGULAR",
    years: { years: l.years, ported: l.ported },
    otherAuthorityYears: l.ported ? Math.min(l.ported.days / 189, 20) : 0,
    seniorityDate: null, ctStatusDate: null, probationEnds, startDate,
    stableFrom: startDate, computedThrough: horizon, layoffs,
    citations, steps, interpretations: ["AMB-08", "AMB-09"],
  };
}

export const isoOf = iso;
