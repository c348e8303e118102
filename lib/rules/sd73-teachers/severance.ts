/**
 * C.12.4 Severance.
 * C.12.4.a: "An employee who has one or more years of continuous employment and who is laid
 * off, save and except an employee who is terminated or dismissed for just and reasonable
 * cause" may elect severance "within three (3) years following the date of layoff".
 * C.12.4.b: "five (5%) percent of one year's full-time salary for each full-time equivalent
 * year of continuous service, to a maximum of one year's salary", at "the employee's scale
 * placement at the time of their last period of employment". C.12.4.c: after a rehire, years
 * for C.12.4.b count from the rehire; severance already paid is retained.
 */
import { z } from "zod";
import { nonNegative as nonNeg } from "./schemas";
import { Q, type Explanation, type IsoDate, type ParameterSet, type Rational, InputError, Trace, addYears, formatCents, formatIsoDate, isoDay, parseInput } from "@/lib/rules/core";
import { CATEGORIES, GRID_REGIONS, cellDollars, gridOn } from "./parameters/salary-grids";
import { sd73Policies, type Sd73Policies } from "./policies";


export interface Sd73SeveranceInput {
  laidOff: boolean;
  dismissedForCause?: boolean;
  /** Years of continuous employment (eligibility: one or more). */
  continuousEmploymentYears: number;
  /** Full-time-equivalent years of continuous service (amount). */
  fteYearsOfContinuousService: number;
  /** Full-time salary at the last scale placement, or the placement to look it up. */
  fullTimeSalaryCents?: number;
  lastPlacement?: { date: IsoDate; category: (typeof CATEGORIES)[number]; step: number; grid?: (typeof GRID_REGIONS)[number] };
  /** C.12.4.c: severance was paid before a rehire; then fteYearsSinceRehire governs. */
  priorSeverancePaid?: boolean;
  fteYearsSinceRehire?: number;
  /** Date of layoff (effective), for the election window. */
  layoffEffectiveDate?: IsoDate;
  policies?: Sd73Policies;
}

export interface Sd73SeveranceResult extends Explanation {
  eligible: boolean;
  fteYearsCounted: number;
  /** Percentage of one year's salary, e.g. "15" or "100". */
  percent: string;
  amountCents: number;
  priorPaymentRetained: boolean;
  electionDeadline: IsoDate | null;
}

const schema = z.strictObject({
  laidOff: z.boolean(),
  dismissedForCause: z.boolean().optional(),
  continuousEmploymentYears: nonNeg,
  fteYearsOfContinuousService: nonNeg,
  fullTimeSalaryCents: z.number().int().positive().optional(),
  lastPlacement: z.strictObject({ date: isoDay, category: z.enum(CATEGORIES), step: z.number().int().min(0).max(10), grid: z.enum(GRID_REGIONS).optional() }).optional(),
  priorSeverancePaid: z.boolean().optional(),
  fteYearsSinceRehire: nonNeg.optional(),
  layoffEffectiveDate: isoDay.optional(),
  policies: sd73Policies.schema,
});

/** Severance pay on layoff (C.12.4), named for the agreement because severance differs by agreement. */
/** `params`: the district's parameter set for the scale placement (entered grids); built-in data without it. */
export function sd73Severance(input: Sd73SeveranceInput, params?: ParameterSet): Sd73SeveranceResult {
  const p = parseInput(schema, input, "C.12.4");
  const pol = sd73Policies.resolve(p.policies);
  const t = new Trace().cite("C.12.4.a").interpret("AMB-11");
  const electionDeadline = p.layoffEffectiveDate !== undefined ? formatIsoDate(addYears(p.layoffEffectiveDate, 3, true)) : null;
  const eligible = p.laidOff && !p.dismissedForCause && p.continuousEmploymentYears >= 1;
  t.step(
    eligible
      ? `Laid off with ${p.continuousEmploymentYears} year(s) of continuous employment (one or more): eligible.`
      : `Not eligible: ${!p.laidOff ? "not laid off" : p.dismissedForCause ? "terminated or dismissed for just and reasonable cause" : `${p.continuousEmploymentYears} year(s) of continuous employment is less than one`} (C.12.4.a).`,
  );
  const nothing = { fteYearsCounted: 0, percent: "0", amountCents: 0, priorPaymentRetained: !!p.priorSeverancePaid, electionDeadline };
  if (!eligible) return t.done({ eligible, ...nothing });
  if (electionDeadline) t.step(`Election within three years of the date of layoff: by ${electionDeadline}; paid automatically then; reset by a recall to a continuing contract (AMB-11).`);

  let salaryCents: number;
  if (p.fullTimeSalaryCents !== undefined) salaryCents = p.fullTimeSalaryCents;
  else if (p.lastPlacement) {
    const g = gridOn(p.lastPlacement.grid ?? "kamloops", p.lastPlacement.date, "lastPlacement.date", params);
    salaryCents = cellDollars(g.value, p.lastPlacement.category, p.lastPlacement.step, "lastPlacement.step") * 100;
    t.cite(g.cite).step(`Scale placement at the last period of employment: ${g.value.key} Category ${p.lastPlacement.category} Step ${p.lastPlacement.step} = ${formatCents(salaryCents)}.`);
  } else throw new InputError("fullTimeSalaryCents or lastPlacement is required", "fullTimeSalaryCents", "C.12.4.b");

  let years = p.fteYearsOfContinuousService;
  if (p.priorSeverancePaid) {
    if (p.fteYearsSinceRehire === undefined) throw new InputError("fteYearsSinceRehire is required after a prior severance", "fteYearsSinceRehire", "C.12.4.c");
    years = p.fteYearsSinceRehire;
    t.cite("C.12.4.c").step(`Severance was paid before the rehire and is retained; years count from the rehire: ${years}.`);
  }
  let yrs = Q.fromDecimal(years) as Rational;
  if (pol["AMB-11"] === "whole-years") yrs = Q.rat(Q.floor(yrs));
  t.step(sd73Policies.describe("AMB-11", pol["AMB-11"]) + ".");
  const fraction = Q.min(Q.mul(yrs, Q.rat(5, 100)), Q.ONE);
  const amountCents = Number(Q.roundHalfUp(Q.mul(fraction, Q.rat(salaryCents))));
  const percent = Q.toFixed(Q.mul(fraction, Q.rat(100)), 4).replace(/\.?0+$/, "");
  t.cite("C.12.4.b").step(`5% × ${Q.toNumber(yrs)} FTE year(s) = ${percent}% of one year's salary${Q.cmp(fraction, Q.ONE) === 0 ? " (at most one year's salary)" : ""}: ${percent}% × ${formatCents(salaryCents)} = ${formatCents(amountCents)}.`);
  return t.done({ eligible, fteYearsCounted: Q.toNumber(yrs), percent, amountCents, priorPaymentRetained: !!p.priorSeverancePaid, electionDeadline });
}
