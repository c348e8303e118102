/** One employee's figure on a list date, explained by the rules' own citations and steps. */
import { sd73SeniorityTotal } from "@/lib/rules";
import { day } from "./days";
import { sd71Figures } from "./sd71-ledger";
import { sd73Ledger, yearCredit } from "./sd73-ledger";
import type { AgreementRules } from "./summary";
import type { Explained, LedgerEmployee, LedgerRecord } from "./types";

export interface Explanation extends Explained {
  seniorityDays: number | null;
  seniorityDate: string | null;
}

export function explainSeniority(rules: AgreementRules, e: LedgerEmployee, records: LedgerRecord[], asOf: string): Explanation {
  if (rules === "sd71-cupe439") {
    const f = sd71Figures(e, records, asOf);
    return { seniorityDays: null, seniorityDate: f.seniorityDate, citations: f.citations, steps: f.steps, interpretations: f.interpretations };
  }
  const x = day(asOf);
  const l = sd73Ledger(e, records.filter((r) => r.startDate <= asOf), x);
  const years = l.years
    .filter((y) => y.first <= x)
    .map((y) => {
      const c = yearCredit(y, x);
      return {
        schoolYear: y.sy,
        ...(c.ttocHalfDays ? { creditedDays: c.ttocHalfDays / 2 } : {}),
        ...(c.contractDays ? { contractDaysOfService: c.contractDays, daysInSession: y.daysInSession } : {}),
      };
    });
  const portedYears = l.ported ? l.ported.days / 189 : undefined;
  const r = sd73SeniorityTotal({ years, ...(portedYears ? { portedYears } : {}) });
  const steps = [...l.steps, ...(r.steps.length ? r.steps : [])];
  if (l.years.some((y) => y.pieces.some((p) => p[0] === "T"))) steps.unshift("TTOC days are credited in half days (C.2.3.b.i) as recorded in the ledger.");
  return { seniorityDays: r.totalDays, seniorityDate: null, citations: r.citations, steps, interpretations: r.interpretations };
}
