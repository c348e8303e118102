/**
 * C.2 Seniority. C.2.3.b: TTOC service credited "one half (1/2) day for up to one half (1/2)
 * day worked; one (1) day for greater than one half (1/2) day worked up to one (1) day
 * worked"; "Nineteen (19) days worked shall be equivalent to one (1) month"; "One hundred and
 * eighty-nine (189) days shall be equivalent to one (1) year." C.2.5: "No employee shall
 * accumulate more than one (1) year of seniority credit in any school year." C.2.2: up to 20
 * years ported. C.2.7.c (cited internally as C.2.8.c): the tie-break chain.
 * Ledger unit: credited days at half-day resolution (AMB-09).
 */
import { z } from "zod";
import { nonNegative as nonNeg, workedFraction } from "./schemas";
import {
  Q, type Explanation, type IsoDate, type Rational, InputError, Trace, addDays, addMonths, formatIsoDate, isoDay, parseInput,
  parseSchoolYear,
} from "@/lib/rules/core";
import { sd73Policies, type Sd73Policies } from "./policies";

const DAYS_PER_YEAR = 189;

export interface Sd73TtocSeniorityCreditResult extends Explanation {
  credited: number[];
  totalDays: number;
}

/**
 * C.2.3.b.i: seniority credit for each TTOC day worked (paid under B.2.6). `certificated: false`
 * (a B.2.8 substitute, C.14.1) earns none: those days are not paid under B.2.6 (C.2.3.a).
 */
export function sd73TtocSeniorityCredit(input: { fractionsWorked: number[]; certificated?: boolean }): Sd73TtocSeniorityCreditResult {
  const p = parseInput(
    z.strictObject({ fractionsWorked: z.array(workedFraction), certificated: z.boolean().optional() }),
    input,
    "C.2.3.b.i",
  );
  if (p.certificated === false) {
    const t = new Trace().cite("C.2.3.a", "B.2.8", "C.14.1").interpret("AMB-03");
    t.step(`A non-certificated substitute (C.14.1) is paid the B.2.8 daily rate, not under B.2.6: the ${p.fractionsWorked.length} day(s) worked earn no seniority (C.2.3.a).`);
    return t.done({ credited: p.fractionsWorked.map(() => 0), totalDays: 0 });
  }
  const credited = p.fractionsWorked.map((f) => (f <= 0.5 ? 0.5 : 1));
  const totalDays = credited.reduce((a, b) => a + b, 0);
  const t = new Trace().cite("C.2.3.a", "C.2.3.b.i");
  t.step(`Up to one half day worked → ½ day; more than one half day → 1 day: ${p.fractionsWorked.map((f, i) => `${f} → ${credited[i]}`).join(", ")}.`);
  t.step(`Total ${totalDays} day(s). Only days paid under B.2.6 count (C.2.3.a); substitute days under B.2.8 earn none.`);
  return t.done({ credited, totalDays });
}

export interface Sd73SeniorityYear {
  schoolYear: string;
  /** Days already credited (e.g. from a previous ledger), added as given. */
  creditedDays?: number;
  /** TTOC days worked, each credited per C.2.3.b.i. */
  ttocFractionsWorked?: number[];
  /** Days of service on temporary, term, part-time or continuing contracts (credited as full-time, C.2.7.a). */
  contractDaysOfService?: number;
  /** Days in session that school year (D.17), needed with contractDaysOfService (AMB-09). */
  daysInSession?: number;
  /** G.7.4 TTOC union business, recognized up to 40 days per school year. */
  unionBusinessDays?: number;
}

export interface Sd73SeniorityTotalResult extends Explanation {
  cappedDaysPerYear: number[];
  portedDays: number;
  totalDays: number;
  asYMD: { years: number; months: number; days: number };
  decimalYears: string;
}

const yearSchema = z.strictObject({
  schoolYear: z.string().refine((s) => parseSchoolYear(s) !== null, { message: 'not a school year like "2024-25"' }),
  creditedDays: nonNeg.optional(),
  ttocFractionsWorked: z.array(workedFraction).optional(),
  contractDaysOfService: nonNeg.optional(),
  daysInSession: z.number().int().min(150).max(200).optional(),
  unionBusinessDays: nonNeg.optional(),
}).refine((y) => y.contractDaysOfService === undefined || y.daysInSession !== undefined, { message: "daysInSession is required with contractDaysOfService", path: ["daysInSession"] });

/** Seniority from a ledger of school years: each year capped at 189 days (C.2.5), plus ported years (C.2.2, ≤ 20). */
export function sd73SeniorityTotal(input: { years: Sd73SeniorityYear[]; portedYears?: number }): Sd73SeniorityTotalResult {
  const p = parseInput(z.strictObject({ years: z.array(yearSchema), portedYears: nonNeg.optional() }), input, (f) => (f.startsWith("ported") ? "C.2.2" : "C.2.3, C.2.5"));
  const seen = new Set<string>();
  const t = new Trace().cite("C.2.3.b", "C.2.5").interpret("AMB-09");
  let total: Rational = Q.ZERO;
  const capped: number[] = [];
  p.years.forEach((y, i) => {
    if (seen.has(y.schoolYear)) throw new InputError(`school year ${y.schoolYear} appears twice`, `years.${i}.schoolYear`, "C.2.5");
    seen.add(y.schoolYear);
    const parts: string[] = [];
    let sum: Rational = Q.fromDecimal(y.creditedDays ?? 0) as Rational;
    if (y.creditedDays) parts.push(`${y.creditedDays} credited`);
    if (y.ttocFractionsWorked?.length) {
      const d = y.ttocFractionsWorked.reduce((a, f) => a + (f <= 0.5 ? 0.5 : 1), 0);
      sum = Q.add(sum, Q.fromDecimal(d) as Rational);
      parts.push(`${d} TTOC (C.2.3.b.i)`);
      t.cite("C.2.3.b.i");
    }
    if (y.contractDaysOfService) {
      const c = Q.div(Q.mul(Q.rat(DAYS_PER_YEAR), Q.fromDecimal(y.contractDaysOfService) as Rational), Q.rat(y.daysInSession as number));
      sum = Q.add(sum, c);
      parts.push(`${y.contractDaysOfService}/${y.daysInSession} days of contract service × 189 = ${Q.toFixed(c, 2)} (C.2.4, C.2.7.a)`);
      t.cite("C.2.4", "C.2.7.a");
    }
    if (y.unionBusinessDays) {
      const u = Math.min(y.unionBusinessDays, 40);
      sum = Q.add(sum, Q.fromDecimal(u) as Rational);
      parts.push(`${u} union business (G.7.4, at most 40)`);
      t.cite("G.7.4");
    }
    const c = Q.min(sum, Q.rat(DAYS_PER_YEAR));
    capped.push(Q.toNumber(c));
    total = Q.add(total, c);
    t.step(`${y.schoolYear}: ${parts.join(" + ") || "0"} = ${Q.toFixed(sum, 2)}${Q.cmp(sum, Q.rat(DAYS_PER_YEAR)) > 0 ? " → capped at 189 (C.2.5)" : ""}.`);
  });
  let portedDays = 0;
  if (p.portedYears) {
    const yrs = Math.min(p.portedYears, 20);
    portedDays = Q.toNumber(Q.mul(Q.fromDecimal(yrs) as Rational, Q.rat(DAYS_PER_YEAR)));
    total = Q.add(total, Q.fromDecimal(portedDays) as Rational);
    t.cite("C.2.2.a").step(`Ported from other BC districts: ${p.portedYears} year(s)${p.portedYears > 20 ? ", at most 20" : ""} = ${portedDays} days (C.2.2.a).`);
  }
  const totalDays = Q.toNumber(total);
  const years = Number(Q.floor(Q.div(total, Q.rat(DAYS_PER_YEAR))));
  const rem = Q.sub(total, Q.rat(years * DAYS_PER_YEAR));
  const months = Number(Q.floor(Q.div(rem, Q.rat(19))));
  const days = Q.toNumber(Q.sub(rem, Q.rat(months * 19)));
  const decimalYears = Q.toFixed(Q.div(total, Q.rat(DAYS_PER_YEAR)), 4);
  t.cite("C.2.3.b.ii", "C.2.3.b.iii");
  t.step(`Total ${totalDays} days = ${years} year(s) (189 days each), ${months} month(s) (19 days each), ${days} day(s); ${decimalYears} years.`);
  return t.done({ cappedDaysPerYear: capped, portedDays, totalDays, asYMD: { years, months, days }, decimalYears });
}

export interface Sd73PortingResult extends Explanation {
  portableYears: number;
  verificationInitiationDeadline: IsoDate;
}

/** C.2.2: up to 20 years ported on a continuing appointment; verification initiated within 120 days. */
export function sd73SeniorityPorting(input: { seniorityInOtherBCDistrictsYears: number; continuingAppointmentDate: IsoDate }): Sd73PortingResult {
  const p = parseInput(z.strictObject({ seniorityInOtherBCDistrictsYears: nonNeg, continuingAppointmentDate: isoDay }), input, "C.2.2");
  const t = new Trace().cite("C.2.2.a", "C.2.2.b.ii");
  const portableYears = Math.min(p.seniorityInOtherBCDistrictsYears, 20);
  const deadline = formatIsoDate(addDays(p.continuingAppointmentDate, 120));
  t.step(`Up to 20 years of seniority from other BC districts: ${p.seniorityInOtherBCDistrictsYears} → ${portableYears}.`);
  t.step(`Verification must be initiated within 120 days of the continuing appointment (${formatIsoDate(p.continuingAppointmentDate)}): by ${deadline}.`);
  return t.done({ portableYears, verificationInitiationDeadline: deadline });
}

/** Seniority effect of a leave or absence (spec §4.3). */
const LEAVE_EFFECTS = {
  "paid-sick-leave": { effect: "accrues", article: "C.2.7.d", amb: "AMB-08" },
  wcb: { effect: "accrues", article: "C.2.7.d", amb: "AMB-08" },
  layoff: { effect: "retained-not-accrued", article: "C.2.7.d", amb: "AMB-08" },
  "short-term-unpaid": { effect: "accrues", article: "G.32.1.a" },
  "compassionate-care": { effect: "accrues", article: "G.2.7" },
  "maternity-extension-to-year-end": { effect: "accrues", article: "G.21.4.a.i" },
  "esa-maternity-parental": { effect: "accrues", article: "G.21.1", amb: "AMB-08" },
  "association-president": { effect: "accrues", article: "G.6.11.b" },
  "association-official": { effect: "accrues", article: "G.6.12.a" },
  "association-sabbatical": { effect: "accrues", article: "G.31.1" },
  "district-committee": { effect: "accrues", article: "G.31.2" },
  regulatory: { effect: "accrues", article: "A.10" },
  "maternity-further-extension": { effect: "excluded", article: "G.21.4.a.ii" },
  parenthood: { effect: "excluded", article: "G.22.1" },
  "mp-mla": { effect: "excluded", article: "G.28.2" },
  "long-term-unpaid": { effect: "by-length", article: "G.32.2, C.2.7.e" },
  secondment: { effect: "by-length", article: "G.30, C.2.7.e" },
  "association-term-appointment": { effect: "by-length", article: "G.6.12.c, C.2.7.e" },
  other: { effect: "by-length", article: "C.2.7.e" },
} as const;
export const LEAVE_KINDS = Object.keys(LEAVE_EFFECTS) as [keyof typeof LEAVE_EFFECTS, ...(keyof typeof LEAVE_EFFECTS)[]];

export interface Sd73LeaveSeniorityResult extends Explanation {
  effect: "accrues" | "retained-not-accrued" | "excluded";
  /** Calendar days of the leave that do not count toward length of service. */
  excludedDays: number;
}

/** C.2.7.d–e and the leave articles: does a leave count toward seniority? */
export function sd73LeaveSeniority(input: { leave: (typeof LEAVE_KINDS)[number]; from: IsoDate; to: IsoDate; policies?: Sd73Policies }): Sd73LeaveSeniorityResult {
  const p = parseInput(
    z.strictObject({ leave: z.enum(LEAVE_KINDS), from: isoDay, to: isoDay, policies: sd73Policies.schema }).refine((v) => v.to >= v.from, { message: "to must not be before from", path: ["to"] }),
    input,
    "C.2.7.e",
  );
  const pol = sd73Policies.resolve(p.policies);
  const rule = LEAVE_EFFECTS[p.leave];
  const t = new Trace().cite(rule.article);
  if ("amb" in rule) t.interpret(rule.amb);
  const length = p.to - p.from + 1;
  const oneMonthEnd = addMonths(p.from, 1) - 1; // the leave's first month, inclusive
  t.step(`${p.leave} leave ${formatIsoDate(p.from)} to ${formatIsoDate(p.to)}: ${length} calendar day(s).`);
  if (rule.effect !== "by-length") {
    t.step(`Under ${rule.article}: seniority ${rule.effect === "accrues" ? "continues to accrue" : rule.effect === "excluded" ? "does not accrue" : "is retained but does not accrue (AMB-08)"}.`);
    return t.done({ effect: rule.effect, excludedDays: rule.effect === "accrues" ? 0 : length });
  }
  t.interpret("AMB-08");
  if (p.to <= oneMonthEnd) {
    t.step("Not in excess of one month: it counts toward length of service (C.2.7.e).");
    return t.done({ effect: "accrues", excludedDays: 0 });
  }
  const excess = pol["AMB-08"] === "excess-only";
  t.step(sd73Policies.describe("AMB-08", pol["AMB-08"]) + ".");
  const excludedDays = excess ? p.to - oneMonthEnd : length;
  t.step(`In excess of one month (C.2.7.e): ${excludedDays} day(s) do not count toward length of service.`);
  return t.done({ effect: "excluded", excludedDays });
}
