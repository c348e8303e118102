/**
 * B.2 TTOC pay — one day's pay for a Teacher Teaching on Call or a substitute.
 *
 * B.2.6: "An Employee who is employed as a TTOC shall be paid 1/189 of their category
 * classification and experience, to a maximum of the rate at Category 5 Step 8, for each
 * full day worked."
 * B.2.5: "$11 over daily rate in lieu of benefits … prorated for part days worked but in no
 * case will be less than $5.50."
 * B.2.8: non-certificated substitutes are paid a daily rate by date.
 * B.2.9.d: "a minimum of one-half day's pay per call out"; B.2.9.e: the lunch break decides
 * a half day (the dispatch fraction, B.2.9.g, carries it).
 * LOU 42: four-day-week positions at 125% and $13.75 in lieu. LOU 37: 125% for prep-block
 * coverage; +25% per block off timetable.
 */
import { Q, type Rational, type ParameterSet, NotCoveredError, Trace, formatCents, parseInput, exactDollars } from "@/lib/rules/core";
import { cellDollars, gridOn, type Category, type Grid, type GridRegion } from "./parameters/salary-grids";
import { TTOC_RATE_SERIES_ID as RID, inLieuFourDayWeek, inLieuOfBenefits, noncertDailyRate } from "./parameters/ttoc-rates";
import { sd73Policies, type Sd73PolicyChoices } from "./policies";
import { articleFor, schema, simpleParse, type Parsed, type TtocDailyPayInput, type TtocDailyPayResult } from "./ttoc-pay-input";

export type { TtocDailyPayInput, TtocDailyPayResult };

const HALF: Rational = Q.rat(1, 2);
const R189: Rational = Q.rat(189);
const R125: Rational = Q.rat(5, 4);
const R025: Rational = Q.rat(1, 4);
const fractions = new Map<number, Rational>();
/** The exact decimal value of a callout fraction (memoized: dispatch uses a handful of values). */
function fraction(f: number): Rational {
  let r = fractions.get(f);
  if (!r) {
    r = Q.fromDecimal(f) as Rational;
    if (fractions.size < 1000) fractions.set(f, r);
  }
  return r;
}
const fmtFraction = (r: Rational) => String(Q.toNumber(r));

interface RateBlock {
  base: Rational;
  baseStr: string;
  annualCents: number;
  capApplied: boolean;
  lines: string[];
}
/** Per grid cell, the B.2.6 daily rate and its explanation, derived once from the parameter data. */
const rateBlocks = new Map<string, RateBlock>();
function rateBlock(grid: Grid, gridCite: string, category: Category, step: number, rev: string): RateBlock {
  const key = `${rev}|${grid.key}|${gridCite}|${category}|${step}`;
  let rb = rateBlocks.get(key);
  if (rb) return rb;
  const annual = cellDollars(grid, category, step, "step");
  const cap = cellDollars(grid, "5", 8, "step");
  const capApplied = annual > cap;
  const capped = Math.min(annual, cap);
  const base = Q.div(Q.rat(capped * 100), R189);
  rb = {
    base,
    baseStr: exactDollars(base),
    annualCents: annual * 100,
    capApplied,
    lines: [
      `${grid.key} (${gridCite}): Category ${category} Step ${step} = ${formatCents(annual * 100)} a year.`,
      capApplied
        ? `B.2.6 caps TTOC pay at Category 5 Step 8 = ${formatCents(cap * 100)}; that cap applies.`
        : `Below the B.2.6 cap of Category 5 Step 8 (${formatCents(cap * 100)}).`,
      `Daily rate = ${formatCents(capped * 100)} ÷ 189 = $${exactDollars(base)} (B.2.6).`,
    ],
  };
  rateBlocks.set(key, rb);
  return rb;
}

const pct = (r: Rational) => `${Q.toNumber(Q.mul(r, Q.rat(100)))}%`;

/**
 * One day's TTOC or substitute pay (B.2.5, B.2.6, B.2.8, B.2.9.d; LOU 37, LOU 42). `params` adds the
 * district-entered grids and rates over the built-in ones; the result names the value used.
 */
export function ttocDailyPay(input: TtocDailyPayInput, params?: ParameterSet): TtocDailyPayResult {
  const p = simpleParse(input) ?? parseInput(schema, input, articleFor);
  const pol = sd73Policies.resolve(p.policies);
  // The result depends on the date only through the rate period it falls in, so it is
  // memoized per rate period and inputs (payrolls repeat the same few shapes); callers get copies.
  let period: string;
  try {
    const r = rates(params);
    period = p.certificated ? gridPeriodKey(p.grid, pol, p.date, params) : r.noncert.on(p.date, "date").from;
  } catch (e) {
    // Name the pay article as well as the table the date falls outside of.
    if (e instanceof NotCoveredError) throw new NotCoveredError(`${e.message.replace(/ \[field:.*$/, "")}: no TTOC rate`, "date", p.certificated ? "B.2.6, Appendix A" : "B.2.8");
    throw e;
  }
  const key = `${params?.revision ?? ""}|${period}|${p.certificated ? `${p.category}|${p.step}` : "sub"}|${p.callouts.join(",")}|${p.fourDayWeek ? 1 : 0}${p.prepCoverage ? 1 : 0}${p.offTimetableBlocks ?? 0}|${pol["AMB-02"]}|${pol["AMB-03"]}|${pol["AMB-04"]}|${pol["AMB-28"]}`;
  let r = memo.get(key);
  if (!r) {
    r = compute(p, pol, params);
    if (memo.size >= MEMO_LIMIT) memo.delete(memo.keys().next().value as string);
    memo.set(key, r);
  }
  return {
    ...r,
    warnings: r.warnings.slice(),
    citations: r.citations.slice(),
    steps: r.steps.slice(),
    interpretations: r.interpretations.slice(),
  };
}

const memo = new Map<string, TtocDailyPayResult>();
const MEMO_LIMIT = 4096;

/** Which grid (and continuation) applies: the part of the date the result depends on. */
function gridPeriodKey(grid: GridRegion | undefined, pol: Sd73PolicyChoices, day: number, params?: ParameterSet): string {
  const region: GridRegion = pol["AMB-04"] === "kamloops-for-all" ? "kamloops" : (grid ?? "kamloops");
  const g = gridOn(region, day, "date", params);
  return `${grid ?? "kamloops"}:${g.value.key}:${g.continued ? "A.1.2" : ""}`;
}

/** The B.2 rate series, with the district's overlays when given. */
function rates(params?: ParameterSet) {
  if (!params) return { noncert: noncertDailyRate, inLieu: inLieuOfBenefits, inLieuFourDay: inLieuFourDayWeek };
  return {
    noncert: params.series(RID.noncert, noncertDailyRate),
    inLieu: params.series(RID.inLieu, inLieuOfBenefits),
    inLieuFourDay: params.series(RID.inLieuFourDay, inLieuFourDayWeek),
  };
}

function compute(p: Parsed, pol: Sd73PolicyChoices, params?: ParameterSet): TtocDailyPayResult {
  const rs = rates(params);
  const t = new Trace();
  const warnings: string[] = [];
  const day = p.date;
  let continued = false;

  // Base daily rate in exact cents.
  let base: Rational;
  let baseStr: string;
  let annualSalaryCents: number | null = null;
  let capApplied = false;
  let gridUsed: string;
  if (p.certificated) {
    const category = p.category as Category, step = p.step as number;
    const requested: GridRegion = p.grid ?? "kamloops";
    const region: GridRegion = pol["AMB-04"] === "kamloops-for-all" ? "kamloops" : requested;
    if (requested !== "kamloops") {
      t.interpret("AMB-04");
      t.step(sd73Policies.describe("AMB-04", pol["AMB-04"]) + ".");
    }
    const g = gridOn(region, day, "date", params);
    continued = g.continued;
    gridUsed = g.value.key;
    const rb = rateBlock(g.value, g.cite, category, step, params?.revision ?? "");
    base = rb.base;
    baseStr = rb.baseStr;
    annualSalaryCents = rb.annualCents;
    capApplied = rb.capApplied;
    t.cite("B.2.6", g.cite);
    for (const line of rb.lines) t.step(line);
  } else {
    const r = rs.noncert.on(day, "date");
    continued = r.continued;
    gridUsed = `B.2.8-${r.from.slice(0, 4)}`;
    base = Q.rat(r.value);
    baseStr = exactDollars(base);
    t.cite("B.2.8");
    t.step(`Non-certificated substitute daily rate ${r.cite} = ${formatCents(r.value)}.`);
  }
  if (continued) {
    t.cite("A.1.2");
    t.step("The date is after the term (June 30, 2025); A.1.2 keeps the 2024-25 rates in effect until a new agreement is concluded.");
  }

  // Paid fraction: at least half a day per callout (B.2.9.d).
  let paid: Rational = Q.ZERO;
  const parts: string[] = [];
  for (const f of p.callouts) {
    const worked = fraction(f);
    const counted = Q.max(worked, HALF);
    paid = Q.add(paid, counted);
    parts.push(Q.cmp(worked, HALF) < 0 ? `${f} worked → 0.5 paid` : `${f}`);
  }
  t.cite("B.2.9.d");
  t.step(`Paid fraction (at least one half day per callout, B.2.9.d): ${parts.join(" + ")} = ${fmtFraction(paid)} day.`);
  if (Q.cmp(paid, Q.ONE) > 0) warnings.push("paid fraction exceeds one day: check the dispatch record (no daily maximum is stated)");

  // Multipliers (LOU 42, LOU 37).
  let mult: Rational = Q.ONE;
  if (p.fourDayWeek) {
    mult = R125;
    t.cite("LOU 42");
    t.step("LOU 42 four-day-week position: 125% of the daily rate.");
  }
  if (p.prepCoverage) {
    t.cite("LOU 37");
    if (p.fourDayWeek) {
      t.interpret("AMB-28");
      t.step(sd73Policies.describe("AMB-28", pol["AMB-28"]) + ".");
      if (pol["AMB-28"] === "multiply") mult = Q.mul(mult, R125);
    } else mult = R125;
    t.step("LOU 37 (a) preparation-block coverage: 125% of the normal daily rate.");
  }
  if (p.offTimetableBlocks) {
    mult = Q.add(mult, Q.mul(R025, Q.rat(p.offTimetableBlocks)));
    t.cite("LOU 37");
    t.step(`LOU 37 (b): 25% for each of ${p.offTimetableBlocks} block(s) off the timetable.`);
  }
  const wageExact = Q.mul(Q.mul(base, mult), paid);
  t.step(`Wage = $${baseStr} × ${mult === Q.ONE ? "100%" : pct(mult)} × ${fmtFraction(paid)} = $${exactDollars(wageExact)}.`);

  // In lieu of benefits (B.2.5; LOU 42 $13.75), outside the cap and not multiplied (AMB-03).
  let inLieuExact: Rational = Q.ZERO;
  const inLieuApplies = p.certificated || pol["AMB-03"] === "applies-to-substitutes";
  t.interpret("AMB-03");
  if (!p.certificated) t.step(sd73Policies.describe("AMB-03", pol["AMB-03"]) + ".");
  if (inLieuApplies) {
    const r = (p.fourDayWeek ? rs.inLieuFourDay : rs.inLieu).on(day, "date");
    const prorated = Q.mul(Q.rat(r.value.fullDay), paid);
    inLieuExact = Q.max(prorated, Q.rat(r.value.minimum));
    t.cite(r.cite);
    t.step(
      `In lieu of benefits (${r.cite}): ${formatCents(r.value.fullDay)} × ${fmtFraction(paid)}, at least ${formatCents(r.value.minimum)} = $${exactDollars(inLieuExact)}; paid over the daily rate, outside the cap.`,
    );
  }

  // Rounding (AMB-02).
  t.interpret("AMB-02");
  let totalExact = Q.add(wageExact, inLieuExact);
  if (pol["AMB-02"] === "round-rate-first") {
    const rateCents = Q.rat(Q.roundHalfUp(base));
    totalExact = Q.add(Q.mul(Q.mul(rateCents, mult), paid), inLieuExact);
  }
  const totalCents = Number(Q.roundHalfUp(totalExact));
  const inLieuCents = Number(Q.roundHalfUp(inLieuExact));
  t.step(`${sd73Policies.describe("AMB-02", pol["AMB-02"])}: total ${formatCents(totalCents)}.`);

  return t.done({
    totalCents,
    wageCents: totalCents - inLieuCents,
    inLieuCents,
    annualSalaryCents,
    capApplied,
    paidFraction: Q.toNumber(paid),
    multiplier: Q.toNumber(mult),
    dailyRateExact: exactDollars(base),
    totalExact: exactDollars(totalExact),
    gridUsed,
    continued,
    warnings,
  });
}

/** A.5.4: a TTOC at a committee meeting is paid half a day, or a full day if it runs past a half day. */
export function committeeMeetingFraction(pastHalfDay: boolean): number {
  return pastHalfDay ? 1 : 0.5;
}

