// 17.08: severance at 5% of one year's salary per completed year of service (from the
// seniority date), on the highest twelve months of regular salary in the preceding 48
// (A6: consecutive by default), at most two years' salary; elected within six months
// of the effective date of layoff; accepting it ends all rights under the Agreement.
import { z } from "zod";
import { addMonths, civilFromDay, dayFromCivil, formatIsoDate } from "../core/date";
import { Trace, type Explanation } from "../core/explain";
import { InputError } from "../core/errors";
import { formatCents } from "../core/money";
import { divRoundHalfUp } from "../core/int-round";
import { isoDay, parseInput, cents } from "./input";
import { SD71_POLICIES } from "./interpretations";
import { completedMonths } from "./months";

const input = z.strictObject({
  seniorityDate: isoDay,
  layoffEffectiveDate: isoDay,
  /**
   * Regular salary by calendar month ("YYYY-MM"). Only the 48 months before the layoff month
   * count; other months (e.g. the layoff month itself) are listed as ignored. A month of the
   * window not listed earned nothing.
   */
  monthlyRegularSalary: z.array(z.strictObject({ month: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/), cents })).max(600),
  policies: SD71_POLICIES.schema.optional(),
});
export type Sd71SeveranceInput = z.input<typeof input>;
export interface Sd71SeveranceResult extends Explanation {
  completedYears: number;
  annualBasisCents: number;
  basisMonths: string[];
  /** The window: the 48 calendar months before the layoff month (first and last). */
  window: { from: string; to: string };
  /** Months given that fall outside the window and were not used. */
  ignoredMonths: string[];
  uncappedCents: number;
  severanceCents: number;
  capped: boolean;
  electByDate: string;
}

export function sd71Severance(raw: Sd71SeveranceInput): Sd71SeveranceResult {
  const i = parseInput(input, raw, (f) => (f.startsWith("policies") ? "register §14" : "17.08"));
  const pol = SD71_POLICIES.resolve(i.policies);
  const t = new Trace().cite("17.08(a)", "17.08(b)").interpret("A6");
  const { y, m } = civilFromDay(i.layoffEffectiveDate);
  const months: string[] = [];
  for (let k = 48; k >= 1; k--) {
    const d = addMonths(dayFromCivil(y, m, 1), -k);
    const c = civilFromDay(d);
    months.push(`${c.y}-${String(c.m).padStart(2, "0")}`);
  }
  const amount = new Map<string, number>();
  const given = new Set<string>();
  const inWindow = new Set(months);
  const ignoredMonths: string[] = [];
  i.monthlyRegularSalary.forEach((e, k) => {
    if (given.has(e.month)) throw new InputError(`${e.month} appears twice`, `monthlyRegularSalary.${k}.month`, "17.08(b)");
    given.add(e.month);
    if (inWindow.has(e.month)) amount.set(e.month, e.cents);
    else ignoredMonths.push(e.month);
  });
  ignoredMonths.sort();
  // "during the preceding forty-eight (48) months": the window is used, the rest ignored.
  t.step(`The preceding 48 months are ${months[0]} to ${months[47]}: ${amount.size} month(s) of the payroll history fall in them${ignoredMonths.length ? `; ignored as outside them: ${ignoredMonths.join(", ")}` : ""}.`);
  const series = months.map((mo) => amount.get(mo) ?? 0);
  let basis = 0, basisMonths: string[] = [];
  if (pol.A6 === "best12Consecutive") {
    for (let s = 0; s + 12 <= 48; s++) {
      const sum = series.slice(s, s + 12).reduce((a, b) => a + b, 0);
      if (sum > basis || basisMonths.length === 0) { basis = sum; basisMonths = months.slice(s, s + 12); }
    }
    t.step(`Highest 12 consecutive months of regular salary in ${months[0]} to ${months[47]}: ${basisMonths[0]} to ${basisMonths[11]} = ${formatCents(basis)} (A6 = best12Consecutive; months not listed earned nothing).`);
  } else {
    const idx = series.map((v, k) => [v, k] as const).sort((a, b) => b[0] - a[0] || a[1] - b[1]).slice(0, 12);
    basis = idx.reduce((a, [v]) => a + v, 0);
    basisMonths = idx.map(([, k]) => months[k]).sort();
    t.step(`Highest 12 months (any order) of regular salary in ${months[0]} to ${months[47]} = ${formatCents(basis)} (A6 = bestNonConsecutive12).`);
  }
  const years = Math.floor(completedMonths(i.seniorityDate, i.layoffEffectiveDate) / 12);
  const uncapped = divRoundHalfUp(basis * years * 5, 100);
  const cap = 2 * basis;
  const severance = Math.min(uncapped, cap);
  t.step(`Completed years from the seniority date ${formatIsoDate(i.seniorityDate)} to the layoff ${formatIsoDate(i.layoffEffectiveDate)}: ${years}. 5% × ${years} × ${formatCents(basis)} = ${formatCents(uncapped)}.`);
  if (uncapped > cap) t.step(`Capped at two years' salary: ${formatCents(cap)}.`);
  const elect = formatIsoDate(addMonths(i.layoffEffectiveDate, 6));
  t.step(`May be elected until ${elect} (six months from the effective date of layoff); on acceptance all rights under the Agreement end (17.08(a)).`);
  return t.done({ completedYears: years, annualBasisCents: basis, basisMonths, window: { from: months[0], to: months[47] }, ignoredMonths, uncappedCents: uncapped, severanceCents: severance, capped: uncapped > cap, electByDate: elect });
}
