/**
 * Class size and composition (D.1, D.2, D.3, D.4, LOU 12, LOU 43): maximums, low-incidence
 * reductions, the LOU 12 ¶16.B remedy, remedy dates, preparation time and non-enrolling ratios.
 * LOU 12 ¶16.B: V = 180 minutes × P × (S1 + S2).
 */
import { z } from "zod";
import { fte, unitFraction } from "./schemas";
import {
  Q, type Explanation, type IsoDate, type Rational, InputError, Trace, addDays, civilFromDay, dayFromCivil, formatIsoDate,
  isoDay, parseInput, parseSchoolYear,
} from "@/lib/rules/core";
import { sd73Policies, type Sd73Policies } from "./policies";

const PRIMARY: Record<string, number> = { K: 20, "1": 22, "2": 22, "3": 22 }; // LOU 12 ¶6
const LOCAL_MAX = {
  "intermediate-multi": 27, "intermediate-single": 29, "secondary-english-science-lab": 28, "secondary-home-economics": 26,
  "secondary-industrial-education": 24, "secondary-other": 29, "special-ed-high-incidence": 15, "special-ed-low-incidence": 10,
} as const; // D.1 local language
const CLASS_TYPES = Object.keys(LOCAL_MAX) as [keyof typeof LOCAL_MAX, ...(keyof typeof LOCAL_MAX)[]];
const GRADES = ["K", "1", "2", "3", "4", "5", "6", "7"] as const;

export interface Sd73ClassMaxResult extends Explanation {
  baseMaximum: number;
  lowIncidenceReduction: number;
  maximum: number;
}

/** The class-size maximum: LOU 12 ¶6–8 for primary and combined classes, D.1 local maximums, School Act caps, low-incidence reductions. */
export function sd73ClassSizeMaximum(input: {
  grades?: (typeof GRADES)[number][]; classType?: (typeof CLASS_TYPES)[number]; lowIncidenceStudents: number; teacherAssistant: boolean; policies?: Sd73Policies;
}): Sd73ClassMaxResult {
  const p = parseInput(
    z.strictObject({
      grades: z.array(z.enum(GRADES)).min(1).optional(), classType: z.enum(CLASS_TYPES).optional(),
      lowIncidenceStudents: z.number().int().min(0).max(30), teacherAssistant: z.boolean(), policies: sd73Policies.schema,
    }).refine((v) => (v.grades === undefined) !== (v.classType === undefined), { message: "give either elementary grades or a class type", path: ["grades"] }),
    input,
    "D.1, LOU 12",
  );
  const pol = sd73Policies.resolve(p.policies);
  const t = new Trace();
  let base: number;
  if (p.classType) {
    base = LOCAL_MAX[p.classType];
    t.cite("D.1").step(`D.1 local maximum for ${p.classType}: ${base}.`);
  } else {
    const g = [...new Set(p.grades)];
    const primary = g.filter((x) => x in PRIMARY), inter = g.filter((x) => !(x in PRIMARY));
    const lowestPrimary = Math.min(...primary.map((x) => PRIMARY[x]));
    if (!inter.length) {
      base = primary.length > 1 ? PRIMARY[primary.sort((a, b) => GRADES.indexOf(a as never) - GRADES.indexOf(b as never))[0]] : lowestPrimary;
      t.cite("LOU 12 ¶6", ...(primary.length > 1 ? ["LOU 12 ¶7"] : [])).step(`Primary class (${g.join("/")}): ${primary.length > 1 ? "the lower grade's maximum applies" : "maximum"} ${base}.`);
    } else if (!primary.length) {
      base = inter.length > 1 ? LOCAL_MAX["intermediate-multi"] : LOCAL_MAX["intermediate-single"];
      t.cite("D.1").step(`Intermediate ${inter.length > 1 ? "multi-grade" : "single-grade"} class: ${base} (D.1 local).`);
    } else {
      const interMax = pol["AMB-13"] === "literal-s1" ? 29 : 27;
      const avg = Q.div(Q.rat(lowestPrimary + interMax), Q.rat(2));
      base = Number(Q.floor(avg));
      t.cite("LOU 12 ¶8").interpret("AMB-13").step(`Combined primary/intermediate: average of ${lowestPrimary} (lowest primary) and ${interMax} (lowest intermediate, AMB-13) = ${Q.toNumber(avg)} → ${base}.`);
      if (g.includes("3") && g.includes("4") && base > 24) {
        base = 24;
        t.cite("School Act s.76.1").step("A combined grade 3/4 class is at most 24 (School Act s.76.1, printed in D.1).");
      }
    }
  }
  const n = Math.min(p.lowIncidenceStudents, 3);
  const reduction = p.teacherAssistant ? [0, 1, 1, 2][n] : n;
  if (p.lowIncidenceStudents) {
    t.cite("D.1").step(`${p.lowIncidenceStudents} integrated low-incidence student(s)${p.teacherAssistant ? " with a teacher assistant: 1 for the first and 1 more for the third" : ": 1:1:1 up to three"} → −${reduction}.`);
    if (p.lowIncidenceStudents > 3) t.cite("D.2.3").step("More than three special needs students in one class exceeds D.2.3.");
  }
  return t.done({ baseMaximum: base, lowIncidenceReduction: reduction, maximum: base - reduction });
}

export interface Sd73RemedyResult extends Explanation {
  s1: number;
  s2: number;
  minutes: string;
}

/** LOU 12 ¶16.B: monthly remedy minutes V = 180 × P × (S1 + S2). */
export function sd73ClassSizeRemedy(input: {
  maximum: number; highestEnrolment: number; lowIncidenceIntegrated: number; teachingFraction: number; flexApplies: boolean; policies?: Sd73Policies;
}): Sd73RemedyResult {
  const p = parseInput(
    z.strictObject({
      maximum: z.number().int().min(1), highestEnrolment: z.number().int().min(0), lowIncidenceIntegrated: z.number().int().min(0),
      teachingFraction: unitFraction("P"), flexApplies: z.boolean(),
      policies: sd73Policies.schema,
    }),
    input,
    "LOU 12 ¶16.B",
  );
  const pol = sd73Policies.resolve(p.policies);
  const t = new Trace().cite("LOU 12 ¶16.B").interpret("AMB-13");
  const flex = p.flexApplies ? 2 : 0;
  let s1 = 0;
  if (p.highestEnrolment > p.maximum + flex) s1 = pol["AMB-13"] === "literal-s1" ? p.highestEnrolment - p.maximum : p.highestEnrolment - p.maximum - flex;
  const s2 = Math.max(0, p.lowIncidenceIntegrated - 3);
  if (flex) t.cite("D.1").step(`Flex: a class may exceed its maximum by up to 2 (D.1); ${sd73Policies.describe("AMB-13", pol["AMB-13"])}.`);
  t.step(`S1 = ${s1} (highest enrolment ${p.highestEnrolment}, maximum ${p.maximum}); S2 = ${s2} (integrated low-incidence students above 3, D.2.3).`);
  const v = Q.mul(Q.mul(Q.rat(180), Q.fromDecimal(p.teachingFraction) as Rational), Q.rat(s1 + s2));
  const minutes = String(Q.toNumber(v));
  t.step(`V = 180 × ${p.teachingFraction} × (${s1} + ${s2}) = ${minutes} minutes for the month (non-compliance for any part of a month earns the whole month).`);
  return t.done({ s1, s2, minutes });
}

export interface Sd73RemedyDatesResult extends Explanation {
  noReorganizationRequiredAfter: IsoDate;
  remedyEligibleFrom: IsoDate;
  /** First calendar month that earns a remedy ("YYYY-MM"), or null if never non-compliant on or after eligibility. */
  firstRemedyMonth: string | null;
}

/** LOU 12 ¶16.A–B: September classes settle by September 30 (remedy from October 1); later classes 21 and 22 calendar days from the start (day 0, AMB-26). */
export function sd73ClassRemedyDates(input: { classStartDate: IsoDate; nonCompliantFrom?: IsoDate }): Sd73RemedyDatesResult {
  const p = parseInput(z.strictObject({ classStartDate: isoDay, nonCompliantFrom: isoDay.optional() }), input, "LOU 12 ¶16");
  const t = new Trace().cite("LOU 12 ¶16.A", "LOU 12 ¶16.B");
  const { y, m } = civilFromDay(p.classStartDate);
  let cutoff: number, eligible: number;
  if (m === 9) {
    cutoff = dayFromCivil(y, 9, 30);
    eligible = cutoff + 1;
    t.step("A September class: no further changes required after September 30; the remedy runs from October 1.");
  } else {
    cutoff = addDays(p.classStartDate, 21);
    eligible = addDays(p.classStartDate, 22);
    t.interpret("AMB-26").step(`Class started ${formatIsoDate(p.classStartDate)} (day 0): changes settle after 21 calendar days, ${formatIsoDate(cutoff)}; remedy from day 22, ${formatIsoDate(eligible)}.`);
  }
  let firstRemedyMonth: string | null = null;
  if (p.nonCompliantFrom !== undefined) {
    const first = Math.max(p.nonCompliantFrom, eligible);
    firstRemedyMonth = formatIsoDate(first).slice(0, 7);
    t.step(`Non-compliant from ${formatIsoDate(p.nonCompliantFrom)}: the remedy is owed for the whole month of ${firstRemedyMonth}.`);
  }
  return t.done({ noReorganizationRequiredAfter: formatIsoDate(cutoff), remedyEligibleFrom: formatIsoDate(eligible), firstRemedyMonth });
}

/** LOU 43 ¶3 additional instructional minutes per day, by school year start, elementary / secondary. */
const LOU43_MINUTES: Record<number, [number, number]> = { 2021: [11, 9], 2022: [9, 7], 2023: [9, 7], 2024: [9, 7] };

export interface Sd73PrepTimeResult extends Explanation {
  minutesPerWeek: string;
  instructionalMinutesPerWeek: number | null;
}

/** Preparation time: elementary 110 min/week (120 from July 1, 2023; pro-rated at 0.4 FTE or more), middle/secondary 12.5% of instructional time (D.4). */
export function sd73PrepTime(input: { level: "elementary" | "secondary"; schoolYear: string; fte: number; instructionalMinutesPerDay?: number; daysPerWeek?: number }): Sd73PrepTimeResult {
  const p = parseInput(
    z.strictObject({
      level: z.enum(["elementary", "secondary"]), schoolYear: z.string(), fte,
      instructionalMinutesPerDay: z.number().int().min(1).max(480).optional(), daysPerWeek: z.number().int().min(1).max(5).optional(),
    }),
    input,
    "D.4",
  );
  const y = parseSchoolYear(p.schoolYear);
  if (y === null || y < 2022) throw new InputError(`"${p.schoolYear}" is not a covered school year (2022-23 onward)`, "schoolYear", "D.4");
  const t = new Trace();
  if (p.level === "elementary") {
    const full = y >= 2023 ? 120 : 110;
    t.cite(y >= 2023 ? "D.4.2" : "D.4.1").step(`Full-time elementary: ${full} minutes a week${y >= 2023 ? " (from July 1, 2023)" : ""}.`);
    if (p.fte < 1 && p.fte < 0.4) {
      t.cite("D.4.4.b").step("Part-time below 0.4 FTE: no preparation time is stated.");
      return t.done({ minutesPerWeek: "0", instructionalMinutesPerWeek: null });
    }
    const m = Q.mul(Q.rat(full), Q.fromDecimal(p.fte) as Rational);
    if (p.fte < 1) t.cite("D.4.4.b").step(`Pro-rated to ${p.fte} FTE: ${Q.toNumber(m)} minutes.`);
    return t.done({ minutesPerWeek: String(Q.toNumber(m)), instructionalMinutesPerWeek: null });
  }
  const extra = LOU43_MINUTES[y]?.[1] ?? 0;
  const perDay = p.instructionalMinutesPerDay ?? 330 + extra;
  const days = p.daysPerWeek ?? 5;
  const week = perDay * days;
  const m = Q.mul(Q.mul(Q.rat(week), Q.rat(1, 8)), Q.fromDecimal(p.fte) as Rational);
  t.cite("D.4.5.a", "D.18.2").step(`Instructional time ${perDay} minutes a day${p.instructionalMinutesPerDay ? "" : ` (330 + ${extra} under LOU 43)`} × ${days} = ${week} a week; 12.5% = ${Q.toNumber(Q.mul(Q.rat(week), Q.rat(1, 8)))} minutes${p.fte < 1 ? ` × ${p.fte} FTE` : ""}.`);
  if (extra) t.cite("LOU 43");
  return t.done({ minutesPerWeek: String(Q.toNumber(m)), instructionalMinutesPerWeek: week });
}

export interface Sd73NonEnrollingResult extends Explanation {
  requiredFte: Record<string, string>;
}

/** D.3 / LOU 12 Part II: non-enrolling staffing ratios on funded FTE enrolment, unrounded. */
export function sd73NonEnrollingStaffing(input: { fundedFteEnrolment: number; ellFundedEnrolment: number }): Sd73NonEnrollingResult {
  const n = z.number().refine((v) => Number.isFinite(v) && v >= 0, { message: "must be 0 or more" });
  const p = parseInput(z.strictObject({ fundedFteEnrolment: n, ellFundedEnrolment: n }), input, "D.3, LOU 12 ¶4");
  const t = new Trace().cite("D.3", "LOU 12 ¶4");
  const ratios: [string, number, number][] = [
    ["teacherLibrarian", 695, p.fundedFteEnrolment], ["counsellor", 693, p.fundedFteEnrolment], ["learningAssistance", 397, p.fundedFteEnrolment],
    ["specialEducationResource", 342, p.fundedFteEnrolment], ["ell", 64, p.ellFundedEnrolment],
  ];
  const requiredFte: Record<string, string> = {};
  for (const [k, r, e] of ratios) {
    requiredFte[k] = Q.toFixed(Q.div(Q.fromDecimal(e) as Rational, Q.rat(r)), 4);
    t.step(`${k}: ${e} ÷ ${r} = ${requiredFte[k]} FTE.`);
  }
  return t.done({ requiredFte });
}


export interface Sd73SecondaryLoadResult extends Explanation {
  totalPupils: number;
  withinLimit: boolean;
}

/** D.1: with the +2 flex, "in no instance will a secondary teaching load exceed 196 pupils". */
export function sd73SecondaryTeachingLoad(input: { classEnrolments: number[] }): Sd73SecondaryLoadResult {
  const p = parseInput(z.strictObject({ classEnrolments: z.array(z.number().int().min(0).max(60)).min(1) }), input, "D.1");
  const t = new Trace().cite("D.1");
  const totalPupils = p.classEnrolments.reduce((a, b) => a + b, 0);
  const withinLimit = totalPupils <= 196;
  t.step(`Teaching load ${p.classEnrolments.join(" + ")} = ${totalPupils} pupils; ${withinLimit ? "within" : "over"} the 196-pupil limit.`);
  return t.done({ totalPupils, withinLimit });
}
