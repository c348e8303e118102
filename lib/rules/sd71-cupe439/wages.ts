// Hourly Wage Schedule (Schedules "A", "B"), Wage Increases and Trades Adjustment,
// Appendix A (ESD) and 38.01 (continuation). The rate for work on date D comes from the
// latest table whose effective date ≤ D (spec §0.4).
import { z } from "zod";
import { NotCoveredError, InputError } from "../core/errors";
import { rat, mul, add, ONE, type Rational } from "../core/rational";
import { roundCents, formatCents } from "../core/money";
import { Trace, type Explanation } from "../core/explain";
import { GRADE_TABLES, TRADES_TABLES, WAGE_COVERAGE_START, TERM_END, type WageTable } from "./wage-tables";
import { isoDate, parseInput, percent, pct } from "./input";

const ESD_DATES = ["2016-05-01", "2017-05-01", "2018-05-01", "2019-05-01"] as const;
const SCHEDULE_ARTICLE = "Hourly Wage Schedule";

export const payGradeSchema = z.union([
  z.number().int().min(1).max(13),
  z.enum(["B8", "B9", "B10", "B11", "B12", "B13"]),
]);
export type PayGrade = z.infer<typeof payGradeSchema>;

const hourlyRateInput = z.strictObject({
  date: isoDate,
  payGrade: payGradeSchema,
  step: z.number().int().min(1).max(3),
  /** Economic Stability Dividend % per Appendix A date (not printed in the agreement; default none). */
  esdPercent: z.strictObject(Object.fromEntries(ESD_DATES.map((d) => [d, percent.optional()]))).optional(),
});
export type HourlyRateInput = z.input<typeof hourlyRateInput>;

export interface HourlyRateResult extends Explanation {
  cents: number;
  tableEffective: string;
  rateTable: "grade" | "trades";
  /** Set when the date is after 2019-06-30 and 38.01 continues the last table. */
  continuation: { article: "38.01"; termEnd: string } | null;
}

/** Regenerates the chain with ESD (spec §2.4): rate(t) = round(rate(t−1) × (1+gwi) × (1+esd)). */
function tablesWithEsd(printed: readonly WageTable[], esd: Record<string, Rational>): WageTable[] {
  const dates = [...new Set([...printed.map((t) => t.effective), ...Object.keys(esd)])].sort();
  const out: WageTable[] = [printed[0]];
  for (const date of dates.slice(1)) {
    const p = printed.find((t) => t.effective === date);
    const gwi = p ? pct(p.gwiPercent) : rat(0);
    const factor = mul(add(ONE, mul(gwi, rat(1, 100))), add(ONE, mul(esd[date] ?? rat(0), rat(1, 100))));
    const prev = out[out.length - 1];
    const steps: Record<string, number[]> = {};
    for (const [g, cells] of Object.entries(prev.steps)) steps[g] = cells.map((c) => roundCents(mul(rat(c), factor)));
    out.push({ effective: date, gwiPercent: p?.gwiPercent ?? "0.0", esdFootnote: true, cite: `${p?.cite ?? "Appendix A (ESD)"} with ESD`, steps });
  }
  return out;
}

function tableFor(tables: readonly WageTable[], date: string): WageTable | undefined {
  for (let i = tables.length - 1; i >= 0; i--) if (tables[i].effective <= date) return tables[i];
  return undefined;
}

/** Hourly rate in cents for a pay grade (1–13, or a trades code "B8"–"B13") and step on a date. */
export function hourlyRate(input: HourlyRateInput): HourlyRateResult {
  const i = parseInput(hourlyRateInput, input, SCHEDULE_ARTICLE);
  const t = new Trace().cite("25.01");
  const trades = typeof i.payGrade === "string";
  const printed = trades ? TRADES_TABLES : GRADE_TABLES;
  const esdEntries = Object.entries(i.esdPercent ?? {}).filter(([, v]) => v !== undefined && pct(v!).n !== 0n);
  const tables = esdEntries.length ? tablesWithEsd(printed, Object.fromEntries(esdEntries.map(([k, v]) => [k, pct(v!)]))) : printed;
  if (i.date < WAGE_COVERAGE_START)
    throw new NotCoveredError(`no wage table is in effect on ${i.date}; the first printed table is effective ${WAGE_COVERAGE_START}`, "date", SCHEDULE_ARTICLE);
  let continuation: HourlyRateResult["continuation"] = null;
  if (i.date > TERM_END) {
    continuation = { article: "38.01", termEnd: TERM_END };
    t.cite("38.01").step(`${i.date} is after the term ending ${TERM_END}; under 38.01 the Agreement continues from year to year, so the last printed table still applies.`);
  }
  const table = tableFor(tables, i.date)!;
  const key = String(i.payGrade);
  const cells = table.steps[key];
  const cell = cells?.[i.step - 1];
  if (cell === undefined)
    throw new InputError(`pay grade ${key} has no step ${i.step} (steps 1–${cells.length})`, "step", SCHEDULE_ARTICLE);
  t.cite(table.cite);
  if (trades) t.cite("Wage Increases and Trades Adjustment");
  t.step(`Work on ${i.date}: the latest table with effective date on or before it is ${table.cite} (effective ${table.effective}).`);
  t.step(`${trades ? "Trades code" : "Pay grade"} ${key}, step ${i.step}: ${formatCents(cell)} per hour.`);
  t.interpret("A10");
  t.step(esdEntries.length
    ? `Economic Stability Dividend applied as configured (${esdEntries.map(([k, v]) => `${k}: ${v}%`).join(", ")}), compounded table by table (Appendix A; A10).`
    : "The printed tables exclude any Economic Stability Dividend (Appendix A); none is configured (A10).");
  return t.done({ cents: cell, tableEffective: table.effective, rateTable: trades ? "trades" : "grade", continuation });
}

/** Every table (effective date) in force for a rate table kind, for coverage checks and lists. */
export function sd71WageTableDates(kind: "grade" | "trades"): string[] {
  return (kind === "grade" ? GRADE_TABLES : TRADES_TABLES).map((t) => t.effective);
}
