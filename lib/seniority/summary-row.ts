/** The SenioritySummary columns for one employee (shared by the DAL refresh and the seed). */
import { computeSummary, type AgreementRules } from "./summary";
import { encodeSd73 } from "./sd73-encoded";
import type { LedgerEmployee, LedgerRecord } from "./types";

const date = (iso: string | null) => (iso ? new Date(iso + "T00:00:00Z") : null);

export function summaryRow(rules: AgreementRules, e: LedgerEmployee, records: LedgerRecord[], horizon: string) {
  const s = computeSummary(rules, e, records, horizon);
  return {
    list: s.list,
    years: s.years ? encodeSd73(s.years) : null,
    boardAggregateDays: 0,
    otherAuthorityYears: s.otherAuthorityYears,
    seniorityDate: date(s.seniorityDate), ctStatusDate: date(s.ctStatusDate), probationEnds: date(s.probationEnds),
    startDate: date(s.startDate)!, stableFrom: date(s.stableFrom)!, computedThrough: date(s.computedThrough)!,
    layoffs: JSON.stringify(s.layoffs),
    citations: s.citations, steps: s.steps, interpretations: s.interpretations, computedAt: new Date(),
  };
}
