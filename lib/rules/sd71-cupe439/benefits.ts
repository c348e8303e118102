// Article 28 benefits: group life amount (28.01(d)), 15.5% in lieu for temporaries and
// CT employees who waive (28.05, 28.04), and the 90/10 premium share (28.02(a)).
import { z } from "zod";
import { Trace, type Explanation } from "../core/explain";
import { formatCents } from "../core/money";
import { rat, mul } from "../core/rational";
import { roundCents } from "../core/money";
import { isoDay, parseInput, cents, pct } from "./input";
import { ALLOWANCES } from "./allowances";

const lifeInput = z.strictObject({ annualEarningsCents: cents });
/** 1.5 × annual earnings rounded up to the next $1,000, at least $15,000 and at most $150,000. */
export function sd71GroupLifeCoverage(raw: z.input<typeof lifeInput>): Explanation & { coverageCents: number } {
  const i = parseInput(lifeInput, raw, "28.01(d)");
  const t = new Trace().cite("28.01(d)");
  const x3 = i.annualEarningsCents * 3; // 1.5 × earnings, in half-cents
  const unit = 100_000 * 2; // $1,000 in half-cents
  const up = Math.ceil(x3 / unit) * 100_000;
  const cov = Math.min(15_000_000, Math.max(1_500_000, up));
  t.step(`1.5 × ${formatCents(i.annualEarningsCents)} rounded up to the next $1,000 = ${formatCents(up)}; within $15,000–$150,000 → ${formatCents(cov)}.`);
  return t.done({ coverageCents: cov });
}

const lieuInput = z.strictObject({ date: isoDay, grossSalaryCents: cents, status: z.enum(["temporary", "continuing_temporary_waived"]) });
/** 28.05 (and 28.04 for CT employees who waive): 15.5% of salary in lieu of benefits, vacation pay, holiday pay and leaves. */
export function sd71InLieuOfBenefits(raw: z.input<typeof lieuInput>): Explanation & { inLieuCents: number } {
  const i = parseInput(lieuInput, raw, "28.05");
  const p = ALLOWANCES.inLieuOfBenefitsPercent.on(i.date, "date");
  const c = roundCents(mul(rat(i.grossSalaryCents), mul(pct(p.value), rat(1, 100))));
  const t = new Trace().cite(i.status === "temporary" ? "28.05" : "28.04");
  if (p.continued) t.cite("38.01");
  t.step(`${p.value}% × ${formatCents(i.grossSalaryCents)} = ${formatCents(c)} in lieu of benefits, vacation pay, statutory holiday pay and leaves.`);
  return t.done({ inLieuCents: c });
}
