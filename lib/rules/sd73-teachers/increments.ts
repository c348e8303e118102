/**
 * Contract increments. B.23: "Increments shall be applied on the first month following the
 * month in which the teacher gains the equivalent of ten (10) months in full-time employment."
 * LOU 32: "part-time teachers will earn an increment per year but shall be paid the percentage
 * of the increment equal to the percentage of time worked", a partial increase on each
 * anniversary of hiring until a full increment is reached.
 * How LOU 32 sits with B.23's ten full-time months is not reconciled in the text (spec §2.5):
 * both are offered; the district chooses which applies to a teacher.
 */
import { z } from "zod";
import { fte } from "./schemas";
import {
  Q, type Explanation, type IsoDate, type Rational, InputError, Trace, dayFromCivil, firstOfNextMonth, formatCents, formatIsoDate,
  isoDay, parseInput,
} from "@/lib/rules/core";
import { CATEGORIES, GRID_REGIONS, cellDollars, gridOn, maxStep, type Category, type GridRegion } from "./parameters/salary-grids";
import type { Sd73Increment } from "./experience";


export interface Sd73ContractIncrementsResult extends Explanation {
  increments: Sd73Increment[];
  step: number;
  /** Full-time-equivalent months banked toward the next increment. */
  bankMonths: number;
}

/** B.23: increments from months of employment, each counted at its FTE; July and August are not teaching months. */
export function sd73ContractIncrements(input: {
  category: Category; step: number; grid?: GridRegion; openingBankMonths: number; months: { month: string; fte: number }[];
}): Sd73ContractIncrementsResult {
  const p = parseInput(
    z.strictObject({
      category: z.enum(CATEGORIES), step: z.number().int().min(1).max(10), grid: z.enum(GRID_REGIONS).optional(),
      openingBankMonths: z.number().refine((m) => Number.isFinite(m) && m >= 0 && m < 10, { message: "opening bank must be 0 to under 10 months" }),
      months: z.array(z.strictObject({ month: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, { message: "month must be YYYY-MM" }), fte })),
    }),
    input,
    "B.23",
  );
  const t = new Trace().cite("B.23", "B.23.1", "B.23.4");
  let bank: Rational = Q.fromDecimal(p.openingBankMonths) as Rational;
  let step = p.step;
  const increments: Sd73Increment[] = [];
  const months = [...p.months].sort((a, b) => (a.month < b.month ? -1 : a.month > b.month ? 1 : 0));
  for (let i = 1; i < months.length; i++)
    if (months[i].month === months[i - 1].month) throw new InputError(`month ${months[i].month} appears twice`, `months.${i}.month`, "B.23");
  for (const m of months) {
    const y = +m.month.slice(0, 4), mo = +m.month.slice(5, 7);
    if (mo === 7 || mo === 8) {
      t.step(`${m.month}: July and August are outside the ten-month work year; not counted.`);
      continue;
    }
    bank = Q.add(bank, Q.fromDecimal(m.fte) as Rational);
    if (Q.cmp(bank, Q.rat(10)) >= 0) {
      bank = Q.sub(bank, Q.rat(10));
      const lastDay = firstOfNextMonth(dayFromCivil(y, mo, 1)) - 1;
      const effective = lastDay + 1;
      const grid = gridOn(p.grid ?? "kamloops", effective, "months.month").value;
      const top = maxStep(grid, p.category);
      if (step >= top) {
        t.step(`Ten months reached in ${m.month}; Category ${p.category} is at its maximum Step ${top} (no increment past maximum salary, B.23).`);
        continue;
      }
      increments.push({ reachedOn: formatIsoDate(lastDay), effective: formatIsoDate(effective), fromStep: step, toStep: step + 1 });
      t.step(`Ten full-time-equivalent months reached in ${m.month}: Step ${step} → ${step + 1} effective ${formatIsoDate(effective)}, the first of the following month.`);
      step++;
    }
  }
  t.step(`${Q.toNumber(bank)} month(s) banked toward the next increment.`);
  return t.done({ increments, step, bankMonths: Q.toNumber(bank) });
}

export interface Sd73PartTimeIncrementResult extends Explanation {
  stepSalaryCents: number;
  nextStepSalaryCents: number | null;
  cumulativeFraction: string;
  salaryBaseCents: number;
  payCents: number;
  fullIncrementReached: boolean;
}

/**
 * LOU 32: salary base = step salary + (sum of FTEs at each anniversary since the last full
 * increment) × (next step − step), until that sum reaches 1; pay = base × current FTE.
 * (The LOU's own example misprints $33,352 for $33,452, AMB-19; the rule is applied as stated.)
 */
export function sd73PartTimeIncrement(input: {
  date: IsoDate; category: Category; step: number; grid?: GridRegion; fte: number; anniversaryFtes: number[];
}): Sd73PartTimeIncrementResult {
  const p = parseInput(
    z.strictObject({ date: isoDay, category: z.enum(CATEGORIES), step: z.number().int().min(1).max(10), grid: z.enum(GRID_REGIONS).optional(), fte, anniversaryFtes: z.array(fte) }),
    input,
    "LOU 32",
  );
  const t = new Trace().cite("LOU 32").interpret("AMB-19");
  const g = gridOn(p.grid ?? "kamloops", p.date, "date");
  const cur = cellDollars(g.value, p.category, p.step, "step") * 100;
  const top = maxStep(g.value, p.category);
  const next = p.step < top ? cellDollars(g.value, p.category, p.step + 1, "step") * 100 : null;
  t.cite(g.cite).step(`${g.value.key} Category ${p.category} Step ${p.step} = ${formatCents(cur)}${next === null ? " (maximum: no further increment)" : `; next step ${formatCents(next)}`}.`);
  const { frac, full, salaryBaseCents, payCents } = partialIncrement(t, cur, next, p.anniversaryFtes, p.fte);
  return t.done({
    stepSalaryCents: cur, nextStepSalaryCents: next, cumulativeFraction: Q.toFixed(frac, 4), salaryBaseCents, payCents, fullIncrementReached: full && next !== null,
  });
}

/** LOU 32 arithmetic shared by the grid and any-salary forms: base = salary + (Σ anniversary FTEs, at most 1) × (next − salary). */
function partialIncrement(t: Trace, cur: number, next: number | null, anniversaryFtes: number[], fte: number) {
  let sum: Rational = Q.ZERO;
  for (const f of anniversaryFtes) sum = Q.add(sum, Q.fromDecimal(f) as Rational);
  const full = Q.cmp(sum, Q.ONE) >= 0;
  const frac = full ? Q.ONE : sum;
  const base = next === null ? Q.rat(cur) : Q.add(Q.rat(cur), Q.mul(frac, Q.rat(next - cur)));
  const salaryBaseCents = Number(Q.roundHalfUp(base));
  const payCents = Number(Q.roundHalfUp(Q.mul(base, Q.fromDecimal(fte) as Rational)));
  if (next !== null)
    t.step(`Anniversaries since the last full increment at FTE ${anniversaryFtes.join(" + ") || "none"} = ${Q.toNumber(sum)}${full ? " ≥ 1: a full increment, and that date becomes the new anniversary" : ""}; base = ${formatCents(cur)} + ${Q.toNumber(frac)} × ${formatCents(next - cur)} = ${formatCents(salaryBaseCents)}.`);
  t.step(`Pay = ${formatCents(salaryBaseCents)} × ${fte} FTE = ${formatCents(payCents)} a year.`);
  return { frac, full, salaryBaseCents, payCents };
}

/**
 * LOU 32 from any salary (not only a grid cell): e.g. a red-circled, B.24 or LOU 11 salary.
 * `salaryCents` is the current annual salary; `nextIncrementSalaryCents` the salary at the
 * next increment (null at maximum).
 */
export function sd73PartialIncrementFromSalary(input: { salaryCents: number; nextIncrementSalaryCents: number | null; fte: number; anniversaryFtes: number[] }): Sd73PartTimeIncrementResult {
  const cents = z.number().int().positive().max(100_000_000);
  const p = parseInput(
    z.strictObject({ salaryCents: cents, nextIncrementSalaryCents: cents.nullable(), fte, anniversaryFtes: z.array(fte) })
      .refine((v) => v.nextIncrementSalaryCents === null || v.nextIncrementSalaryCents > v.salaryCents, { message: "the next increment's salary must be higher than the salary", path: ["nextIncrementSalaryCents"] }),
    input,
    "LOU 32",
  );
  const t = new Trace().cite("LOU 32").interpret("AMB-19");
  const next = p.nextIncrementSalaryCents;
  t.step(`Salary ${formatCents(p.salaryCents)}${next === null ? " (no further increment)" : `; at the next increment ${formatCents(next)}, an increment of ${formatCents(next - p.salaryCents)}`}.`);
  const { frac, full, salaryBaseCents, payCents } = partialIncrement(t, p.salaryCents, next, p.anniversaryFtes, p.fte);
  return t.done({
    stepSalaryCents: p.salaryCents, nextStepSalaryCents: next, cumulativeFraction: Q.toFixed(frac, 4), salaryBaseCents, payCents, fullIncrementReached: full && next !== null,
  });
}
