/**
 * Salary (spec §2): Appendix A cells, placement floors (B.1.8, B.25), part-time proration
 * (C.13.5), deductions (B.26.1.a, LOU 42), part months (B.26.1.e), summer school (B.28).
 * Grids are transcribed data; they are never recomputed from percentages (spec §2.1).
 */
import { z } from "zod";
import { fte as fteSchema } from "./schemas";
import {
  Q, type Explanation, type IsoDate, type ParameterSet, InputError, Trace, civilFromDay, dayFromCivil, exactDollars, formatCents, formatIsoDate, isoDay,
  parseInput,
} from "@/lib/rules/core";
import { CATEGORIES, GRID_REGIONS, cellDollars, gridOn, maxStep, minStep, type Category, type GridRegion } from "./parameters/salary-grids";

const cellInput = { date: isoDay, category: z.enum(CATEGORIES), step: z.number().int().min(0).max(10), grid: z.enum(GRID_REGIONS).optional() };

/** `params`: the district's parameter set (entered grids over the built-in ones); built-in data without it. */
function lookup(t: Trace, date: number, category: Category, step: number, grid: GridRegion | undefined, params?: ParameterSet) {
  const g = gridOn(grid ?? "kamloops", date, "date", params);
  const annual = cellDollars(g.value, category, step, "step");
  t.cite(g.cite);
  t.step(`${g.value.key}: Category ${category} Step ${step} = ${formatCents(annual * 100)} a year (${g.cite}).`);
  if (g.continued) t.cite("A.1.2").step(`${formatIsoDate(date)} is after June 30, 2025: the 2024-25 grid continues under A.1.2.`);
  return { g, annual };
}

export interface Sd73AnnualSalaryResult extends Explanation {
  annualSalaryCents: number;
  /** C.13.5: the portion of the scale placement for the appointment's FTE. */
  proratedCents: number;
  gridUsed: string;
  continued: boolean;
}

/** Appendix A annual salary for a placement, prorated by FTE for part-time appointments (C.13.5). */
export function sd73AnnualSalary(input: { date: IsoDate; category: Category; step: number; grid?: GridRegion; fte?: number }, params?: ParameterSet): Sd73AnnualSalaryResult {
  const p = parseInput(z.strictObject({ ...cellInput, fte: fteSchema.optional() }), input, "Appendix A");
  const t = new Trace().cite("Appendix A");
  const { g, annual } = lookup(t, p.date, p.category, p.step, p.grid, params);
  const fte = Q.fromDecimal(p.fte ?? 1) as Q.Rational;
  const prorated = Number(Q.roundHalfUp(Q.mul(Q.rat(annual * 100), fte)));
  if (p.fte !== undefined && p.fte !== 1) {
    t.cite("C.13.5").step(`Part-time (C.13.5): ${formatCents(annual * 100)} × ${p.fte} FTE = ${formatCents(prorated)}.`);
  }
  return t.done({ annualSalaryCents: annual * 100, proratedCents: prorated, gridUsed: g.value.key, continued: g.continued });
}

export interface Sd73PlacementResult extends Explanation {
  step: number;
  category: Category;
  annualSalaryCents: number;
  gridUsed: string;
  adjustments: string[];
}

/**
 * Placement on the grid (B.22, AMB-05): the HR-assigned step is authoritative; B.1.8 puts
 * contract teachers at Step 2 or higher; B.25 puts Letter of Permission holders on the first
 * step of Category 4; steps never exceed the column's maximum.
 */
export function sd73Placement(input: {
  date: IsoDate; category: Category; step: number; track: "ttoc" | "contract"; letterOfPermission?: boolean; grid?: GridRegion;
}, params?: ParameterSet): Sd73PlacementResult {
  const p = parseInput(
    z.strictObject({ ...cellInput, track: z.enum(["ttoc", "contract"]), letterOfPermission: z.boolean().optional() }),
    input,
    (f) => (f === "track" ? "B.1.8" : "B.22"),
  );
  const t = new Trace().cite("B.22.1").interpret("AMB-05");
  const adjustments: string[] = [];
  let category = p.category, step = p.step;
  const g = gridOn(p.grid ?? "kamloops", p.date, "date", params);
  if (p.letterOfPermission) {
    t.cite("B.25");
    if (category !== "4" || step !== minStep(g.value, "4")) adjustments.push("B.25: Letter of Permission → first step of Category 4");
    category = "4";
    step = minStep(g.value, "4");
  }
  const lo = Math.max(minStep(g.value, category), p.track === "contract" ? 2 : 1);
  if (step < lo) {
    t.cite("B.1.8");
    adjustments.push(`B.1.8: ${p.track === "contract" ? "a contract is paid at the second step or higher" : "lowest step"} → Step ${lo}`);
    step = lo;
  }
  const hi = maxStep(g.value, category);
  if (step > hi) {
    adjustments.push(`Category ${category} maximum is Step ${hi}`);
    step = hi;
  }
  for (const a of adjustments) t.step(a + ".");
  t.step(`Placement: Category ${category} Step ${step} (step labels as printed in Appendix A, AMB-05).`);
  const { annual } = lookup(t, p.date, category, step, p.grid, params);
  return t.done({ step, category, annualSalaryCents: annual * 100, gridUsed: g.value.key, adjustments });
}

export interface Sd73DeductionResult extends Explanation {
  deductionCents: number;
  perDayExact: string;
  divisor: number;
}

/** B.26.1.a: a day without pay is deducted at 1/195 of current salary (1/156 in LOU 42 four-day-week positions). */
export function sd73UnpaidDayDeduction(input: {
  date: IsoDate; category: Category; step: number; grid?: GridRegion; fte?: number; days: number; fourDayWeek?: boolean;
}, params?: ParameterSet): Sd73DeductionResult {
  const p = parseInput(
    z.strictObject({ ...cellInput, fte: fteSchema.optional(), days: z.number().refine((d) => Number.isFinite(d) && d > 0 && d <= 195 && Number.isInteger(d * 2), { message: "days must be a positive number of half days" }), fourDayWeek: z.boolean().optional() }),
    input,
    "B.26.1.a",
  );
  const t = new Trace().cite("B.26.1.a");
  const { annual } = lookup(t, p.date, p.category, p.step, p.grid, params);
  const divisor = p.fourDayWeek ? 156 : 195;
  if (p.fourDayWeek) t.cite("LOU 42").step("LOU 42 four-day-week position: 1/156 (= 195 ÷ 1.25).");
  const salary = Q.mul(Q.rat(annual * 100), Q.fromDecimal(p.fte ?? 1) as Q.Rational);
  const perDay = Q.div(salary, Q.rat(divisor));
  const total = Q.mul(perDay, Q.fromDecimal(p.days) as Q.Rational);
  const deductionCents = Number(Q.roundHalfUp(total));
  t.step(`Per day: ${exactDollars(salary, 2)} ÷ ${divisor} = $${exactDollars(perDay)}; × ${p.days} day(s) = ${formatCents(deductionCents)} (rounded half up once).`);
  return t.done({ deductionCents, perDayExact: exactDollars(perDay), divisor });
}

export interface Sd73PartMonthResult extends Explanation {
  amountCents: number;
}

/** B.26.1.e: starting after a month's first prescribed day, pay = annual/10 × days worked ÷ total working days (AMB-15). */
export function sd73PartMonthSalary(input: { annualSalaryCents: number; daysWorked: number; workingDaysInMonth: number }): Sd73PartMonthResult {
  const p = parseInput(
    z.strictObject({ annualSalaryCents: z.number().int().positive(), daysWorked: z.number().int().min(0), workingDaysInMonth: z.number().int().min(1).max(23) })
      .refine((v) => v.daysWorked <= v.workingDaysInMonth, { message: "daysWorked cannot exceed workingDaysInMonth", path: ["daysWorked"] }),
    input,
    "B.26.1.e",
  );
  const t = new Trace().cite("B.26.1.e", "B.26.1.c").interpret("AMB-15");
  const amt = Q.div(Q.mul(Q.rat(p.annualSalaryCents, 10), Q.rat(p.daysWorked)), Q.rat(p.workingDaysInMonth));
  const amountCents = Number(Q.roundHalfUp(amt));
  t.step(`${formatCents(p.annualSalaryCents)} ÷ 10 × ${p.daysWorked} ÷ ${p.workingDaysInMonth} prescribed school days = ${formatCents(amountCents)}.`);
  return t.done({ amountCents });
}

export interface Sd73SummerSchoolResult extends Explanation {
  payCents: number;
  cat5Step7Cents: number;
}

/** B.28: summer school pay per course = Category 5 Step 7 × hours of instruction ÷ 1200 (grid on the date worked). */
export function sd73SummerSchoolPay(input: { date: IsoDate; hours: number }): Sd73SummerSchoolResult {
  const p = parseInput(z.strictObject({ date: isoDay, hours: z.number().refine((h) => Number.isFinite(h) && h > 0 && h <= 1200, { message: "hours must be more than 0" }) }), input, "B.28");
  const t = new Trace().cite("B.28");
  const { annual } = lookup(t, p.date, "5", 7, "kamloops");
  const pay = Q.div(Q.mul(Q.rat(annual * 100), Q.fromDecimal(p.hours) as Q.Rational), Q.rat(1200));
  const payCents = Number(Q.roundHalfUp(pay));
  t.step(`${formatCents(annual * 100)} × ${p.hours} hours ÷ 1200 = ${formatCents(payCents)} per course.`);
  return t.done({ payCents, cat5Step7Cents: annual * 100 });
}

export interface Sd73GridChangeResult extends Explanation {
  fromCents: number;
  toCents: number;
  /** Percentage change to two decimals, e.g. "7.05". */
  percent: string;
}

/** The change of one grid cell between two dates (B.1.1, B.1.6–B.1.7): inferred from the grid, never used to compute it. */
export function sd73GridChange(input: { from: IsoDate; to: IsoDate; category: Category; step: number; grid?: GridRegion }): Sd73GridChangeResult {
  const p = parseInput(z.strictObject({ from: isoDay, to: isoDay, category: z.enum(CATEGORIES), step: z.number().int().min(0).max(10), grid: z.enum(GRID_REGIONS).optional() }), input, "Appendix A");
  const t = new Trace().cite("B.1.1", "Appendix A");
  const a = lookup(t, p.from, p.category, p.step, p.grid).annual;
  const b = lookup(t, p.to, p.category, p.step, p.grid).annual;
  const percent = Q.toFixed(Q.div(Q.rat((b - a) * 100), Q.rat(a)), 2);
  t.step(`(${formatCents(b * 100)} − ${formatCents(a * 100)}) ÷ ${formatCents(a * 100)} = ${percent}% (inferred; B.1.6/B.1.7 add 0.3% and 0.11% to top steps).`);
  return t.done({ fromCents: a * 100, toCents: b * 100, percent });
}

export { InputError };

export interface Sd73CategoryChangeResult extends Explanation {
  salaryAdjustmentEffective: IsoDate;
}

/**
 * B.22.6: a category change is effective "retroactive to the beginning of the school term in
 * which application was made". Terms read as September–December and January–June (C.12.1.b.ii
 * names term ends December 31 and June 30); an application in July or August falls in the
 * September term.
 */
export function sd73CategoryChangeEffective(input: { applicationDate: IsoDate }): Sd73CategoryChangeResult {
  const p = parseInput(z.strictObject({ applicationDate: isoDay }), input, "B.22.6");
  const t = new Trace().cite("B.22.6", "C.12.1.b.ii");
  const { y, m } = civilFromDay(p.applicationDate);
  const start = m <= 6 ? dayFromCivil(y, 1, 1) : dayFromCivil(y, 9, 1);
  t.step(`Application on ${formatIsoDate(p.applicationDate)} falls in the ${m <= 6 ? "January–June" : "September–December"} term: the salary adjustment is retroactive to ${formatIsoDate(start)}.`);
  return t.done({ salaryAdjustmentEffective: formatIsoDate(start) });
}
