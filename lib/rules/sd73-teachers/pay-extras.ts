/**
 * B.6.1 Salary Indemnity Plan allowance, and the LOU 33 "flat rate" a leave "at the cost of
 * a TTOC" is reimbursed at (the LOU's December 15, 1992 worksheet: category averages ÷ 189,
 * averaged, plus the B.2.5 $11, plus the employer's CPP, EI, pension and health tax).
 */
import { z } from "zod";
import { Q, type Explanation, type Rational, Trace, formatCents, isoDay, parseInput } from "@/lib/rules/core";
import { siaAllowancePercent } from "./parameters/sia";
import { inLieuOfBenefits } from "./parameters/ttoc-rates";

const cents = z.number().int().nonnegative().max(100_000_000);
const percent = z.string().regex(/^\d+(\.\d+)?$/, "a percentage as a decimal string, e.g. \"5.25\"");
const pct = (s: string) => Q.div(Q.fromDecimal(s) as Rational, Q.rat(100));
const round = (r: Rational) => Number(Q.roundHalfUp(r));

export interface Sd73SiaAllowanceResult extends Explanation { allowanceCents: number; percent: string; continued: boolean }

/** B.6.1: 2.0% of the salary earned in the month, paid monthly to SIP-eligible employees. */
export function sd73SalaryIndemnityAllowance(input: { month: string; salaryEarnedCents: number; sipEligible: boolean }): Sd73SiaAllowanceResult {
  const p = parseInput(z.strictObject({ month: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, "a month YYYY-MM"), salaryEarnedCents: cents, sipEligible: z.boolean() }), input, "B.6.1");
  const t = new Trace().cite("B.6.1");
  const day = parseInput(isoDay, `${p.month}-01`, "B.6.1");
  const rate = siaAllowancePercent.on(day, "month");
  if (rate.continued) t.cite("A.1.2");
  if (!p.sipEligible) {
    t.step("Not eligible to participate in the BCTF Salary Indemnity Plan: no allowance (B.6.1).");
    return t.done({ allowanceCents: 0, percent: rate.value, continued: rate.continued });
  }
  const c = round(Q.mul(Q.rat(p.salaryEarnedCents), pct(rate.value)));
  t.step(`${rate.value}% × ${formatCents(p.salaryEarnedCents)} earned in ${p.month} = ${formatCents(c)} (rounded half up to the cent)${rate.continued ? "; the rate continues under A.1.2" : ""}.`);
  return t.done({ allowanceCents: c, percent: rate.value, continued: rate.continued });
}

export interface Sd73Lou33Result extends Explanation {
  categoryDailyCents: number[];
  averageDailyCents: number;
  grossCents: number;
  /** The worksheet's "KTTA/BCTF Letter of Understanding" line: gross + CPP + EI. */
  lou33RateCents: number;
  /** Gross plus all employer costs (the "Discretionary Day + SD73 other charge Rate"). */
  fullRateCents: number;
  roundedDollars: number;
}

/** LOU 33: the TTOC reimbursement flat rate from grid minima and maxima and the employer's rates for the year. */
export function sd73Lou33FlatRate(input: {
  date: string;
  categories: { category: string; minCents: number; maxCents: number }[];
  rates: { cppPercent: string; eiPercent: string; eiMultiplier: string; pensionPercent: string; employerHealthTaxPercent: string };
}): Sd73Lou33Result {
  const p = parseInput(
    z.strictObject({
      date: isoDay,
      categories: z.array(z.strictObject({ category: z.string().min(1), minCents: cents, maxCents: cents })).min(1).max(6),
      rates: z.strictObject({ cppPercent: percent, eiPercent: percent, eiMultiplier: percent, pensionPercent: percent, employerHealthTaxPercent: percent }),
    }),
    input,
    "LOU 33",
  );
  const t = new Trace().cite("LOU 33", "B.2.5");
  const daily = p.categories.map((c) => {
    const avg = Q.div(Q.rat(c.minCents + c.maxCents), Q.rat(2));
    const d = round(Q.div(avg, Q.rat(189)));
    t.step(`Category ${c.category}: (${formatCents(c.minCents)} + ${formatCents(c.maxCents)}) ÷ 2 = ${formatCents(round(avg))}; ÷ 189 = ${formatCents(d)} a day.`);
    return d;
  });
  const total = daily.reduce((a, b) => a + b, 0);
  const average = round(Q.div(Q.rat(total), Q.rat(daily.length)));
  const lieu = inLieuOfBenefits.on(p.date, "date");
  const gross = average + lieu.value.fullDay;
  t.step(`Average of ${daily.length} categor${daily.length === 1 ? "y" : "ies"}: ${formatCents(total)} ÷ ${daily.length} = ${formatCents(average)}; + ${formatCents(lieu.value.fullDay)} a day in lieu of benefits (B.2.5) = ${formatCents(gross)}.`);
  const part = (s: string) => round(Q.mul(Q.rat(gross), pct(s)));
  const cpp = part(p.rates.cppPercent);
  const ei = round(Q.mul(Q.mul(Q.rat(gross), pct(p.rates.eiPercent)), Q.fromDecimal(p.rates.eiMultiplier) as Rational));
  const pension = part(p.rates.pensionPercent);
  const eht = part(p.rates.employerHealthTaxPercent);
  const lou = gross + cpp + ei;
  const full = lou + pension + eht;
  t.step(`CPP ${p.rates.cppPercent}% = ${formatCents(cpp)}; EI ${p.rates.eiPercent}% × ${p.rates.eiMultiplier} = ${formatCents(ei)}; rate ${formatCents(gross)} + ${formatCents(cpp)} + ${formatCents(ei)} = ${formatCents(lou)}.`);
  t.step(`Pension ${p.rates.pensionPercent}% = ${formatCents(pension)}; employer health tax ${p.rates.employerHealthTaxPercent}% = ${formatCents(eht)}; full rate ${formatCents(full)}, rounded to $${Math.round(full / 100)}.`);
  t.step("The employer's CPP, EI, pension and health-tax rates are not in the agreement: they are the year's statutory rates, given as inputs (LOU 33: reviewed annually).");
  return t.done({ categoryDailyCents: daily, averageDailyCents: average, grossCents: gross, lou33RateCents: lou, fullRateCents: full, roundedDollars: Math.round(full / 100) });
}
