// 28.01 benefit coverage start dates, the 28.02(a) premium shares (90/10; EFAP 75% to
// its yearly cap, plus taxes) and the 28.03 conversion of a WCB top-up into sick days.
import { z } from "zod";
import { firstOfNextMonth, formatIsoDate } from "../core/date";
import { Trace, type Explanation } from "../core/explain";
import { formatCents } from "../core/money";
import { divRoundHalfUp } from "../core/int-round";
import { isoDay, parseInput, cents, positiveCents, pct } from "./input";
import { ALLOWANCES } from "./allowances";
import { mul, rat, roundHalfUp } from "../core/rational";

const coverageInput = z.strictObject({
  status: z.enum(["regular", "probationary", "continuing_temporary"]),
  weeklyHours: z.number().nonnegative().max(60),
  /** The day the employee received their first pay. */
  firstPayDate: isoDay,
  /** The day probation was completed (16.04); null while it is not. */
  probationCompletedOn: isoDay.nullable(),
});
export interface Sd71BenefitPlanStart { plan: string; article: string; effective: string | null; basis: string }
export interface Sd71BenefitCoverageResult extends Explanation { eligible: boolean; plans: Sd71BenefitPlanStart[] }

/** 28.01 (28.04 for CT employees): when each plan's coverage starts. */
export function sd71BenefitCoverageDates(raw: z.input<typeof coverageInput>): Sd71BenefitCoverageResult {
  const i = parseInput(coverageInput, raw, "28.01");
  const t = new Trace().cite("28.01");
  if (i.status === "continuing_temporary") t.cite("28.04");
  if (i.weeklyHours < 15) {
    t.step(`Appointed for ${i.weeklyHours} h a week: the plans are for employees appointed for fifteen (15) hours per week or more (28.01).`);
    return t.done({ eligible: false, plans: [] });
  }
  const afterPay = formatIsoDate(firstOfNextMonth(i.firstPayDate));
  const probation = i.probationCompletedOn;
  const afterProbation = probation === null ? null : formatIsoDate(firstOfNextMonth(probation));
  const pension = probation === null ? null : formatIsoDate(probation + 1);
  const plans: Sd71BenefitPlanStart[] = [
    { plan: "Municipal Pension Plan", article: "28.01(a)", effective: pension, basis: "immediately following completion of probation" },
    { plan: "Medical Services Plan", article: "28.01(b)", effective: afterPay, basis: "first day of the month following receipt of the first pay" },
    { plan: "Extended health", article: "28.01(c)", effective: afterPay, basis: "first day of the month following receipt of the first pay (must be insured under MSP)" },
    { plan: "Group life insurance", article: "28.01(d)", effective: afterProbation, basis: "first day of the month following completion of probation" },
    { plan: "Dental", article: "28.01(e)", effective: afterProbation, basis: "first day of the month following completion of probation" },
    { plan: "Employee and family assistance program (compulsory)", article: "28.01(g)", effective: afterPay, basis: "first day of the month following receipt of the first pay" },
  ];
  t.step(`First pay received ${formatIsoDate(i.firstPayDate)} → MSP, extended health and EFAP from ${afterPay}.`);
  if (probation === null) t.step("Probation not yet completed: pension, group life and dental have no start date yet.");
  else t.step(`Probation completed ${formatIsoDate(probation)} → pension from ${pension} (the next day); group life and dental from ${afterProbation}.`);
  for (const p of plans) t.cite(p.article);
  return t.done({ eligible: true, plans });
}

const premiumInput = z.strictObject({
  date: isoDay,
  plan: z.enum(["medical", "extended-health", "group-life", "dental", "efap"]),
  /** The plan's cost for the employee over the period (EFAP: the year's cost before taxes). */
  premiumCents: cents,
  /** EFAP only: tax rate on the plan cost, e.g. "7" for 7%. */
  taxPercent: z.union([z.string().regex(/^\d+(\.\d+)?$/), z.number().nonnegative().max(100)]).optional(),
});
export interface Sd71PremiumShareResult extends Explanation { boardCents: number; employeeCents: number; boardTaxCents: number; capApplied: boolean; parameter: string }

/** 28.02(a): the Board's and the employee's share of a premium. */
export function sd71PremiumShare(raw: z.input<typeof premiumInput>): Sd71PremiumShareResult {
  const i = parseInput(premiumInput, raw, "28.02(a)");
  const t = new Trace().cite("28.02(a)");
  if (i.plan !== "efap") {
    const p = ALLOWANCES.premiumBoardPercent.on(i.date, "date");
    if (p.continued) t.cite("38.01");
    const board = Number(roundHalfUp(mul(rat(i.premiumCents), mul(pct(p.value), rat(1, 100)))));
    t.step(`${i.plan} premium ${formatCents(i.premiumCents)}: Board ${p.value}% = ${formatCents(board)} (rounded half up); employee by payroll deduction ${formatCents(i.premiumCents)} − ${formatCents(board)} = ${formatCents(i.premiumCents - board)} (${p.cite}).`);
    return t.done({ boardCents: board, employeeCents: i.premiumCents - board, boardTaxCents: 0, capApplied: false, parameter: p.cite });
  }
  const p = ALLOWANCES.efapBoardPercent.on(i.date, "date");
  const cap = ALLOWANCES.efapBoardCapCentsPerYear.on(i.date, "date");
  if (p.continued) t.cite("38.01");
  const share = Number(roundHalfUp(mul(rat(i.premiumCents), mul(pct(p.value), rat(1, 100)))));
  const board = Math.min(share, cap.value);
  t.step(`EFAP cost ${formatCents(i.premiumCents)} a year: Board ${p.value}% = ${formatCents(share)}${share > cap.value ? `, capped at ${formatCents(cap.value)} a year` : ` (within the ${formatCents(cap.value)} yearly maximum)`}; employee ${formatCents(i.premiumCents - board)}.`);
  let tax = 0;
  if (i.taxPercent !== undefined) {
    tax = Number(roundHalfUp(mul(rat(board), mul(pct(i.taxPercent), rat(1, 100)))));
    t.step(`"plus taxes": the Board also pays ${i.taxPercent}% tax on its share, ${formatCents(tax)}.`);
  }
  return t.done({ boardCents: board, employeeCents: i.premiumCents - board, boardTaxCents: tax, capApplied: share > cap.value, parameter: `${p.cite}; ${cap.cite}` });
}

const wcbInput = z.strictObject({
  normalPayCents: cents,
  wcbPaymentCents: cents,
  dailyRegularPayCents: positiveCents,
  accumulatedSickDays: z.number().nonnegative().max(1000),
  /** Lump-sum settlements and disability pensions are not turned over (28.03). */
  lumpSumOrPension: z.boolean().optional(),
});
export interface Sd71WcbConversionResult extends Explanation { differenceCents: number; daysDeducted: number; remainingSickDays: number; shortfallDays: number }

/** 28.03: WCB money turned over, normal pay paid, and the difference deducted from sick leave in days (2 decimals). */
export function sd71WcbSickLeaveConversion(raw: z.input<typeof wcbInput>): Sd71WcbConversionResult {
  const i = parseInput(wcbInput, raw, "28.03");
  const t = new Trace().cite("28.03");
  if (i.lumpSumOrPension) {
    t.step("A lump-sum settlement or disability pension is not turned over to the Board: no sick leave is deducted (28.03).");
    return t.done({ differenceCents: 0, daysDeducted: 0, remainingSickDays: i.accumulatedSickDays, shortfallDays: 0 });
  }
  const diff = Math.max(0, i.normalPayCents - i.wcbPaymentCents);
  const hundredths = divRoundHalfUp(diff * 100, i.dailyRegularPayCents);
  const days = hundredths / 100;
  const balance = Math.round(i.accumulatedSickDays * 100);
  const used = Math.min(hundredths, balance);
  t.step(`Normal pay ${formatCents(i.normalPayCents)} − WCB cheque ${formatCents(i.wcbPaymentCents)} = ${formatCents(diff)}; ÷ daily regular pay ${formatCents(i.dailyRegularPayCents)} = ${days.toFixed(2)} sick day(s) (to 2 decimals).`);
  t.step(`Sick-leave credits ${i.accumulatedSickDays} − ${(used / 100).toFixed(2)} = ${((balance - used) / 100).toFixed(2)}${hundredths > balance ? `; ${((hundredths - balance) / 100).toFixed(2)} day(s) could not be deducted (credits exhausted)` : ""}.`);
  return t.done({ differenceCents: diff, daysDeducted: days, remainingSickDays: (balance - used) / 100, shortfallDays: (hundredths - used) / 100 });
}
