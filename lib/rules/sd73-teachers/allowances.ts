/**
 * Allowances and reimbursements (spec §2.7–2.8): Appendix B (B.27–B.29, LOU 5), the
 * Teacher in Charge excess-hours allowance (B.27.3.c), mileage (B.10.1–B.10.2), TTOC travel
 * in lieu of mileage (B.10.5, MOA 10 ¶3(f)) and group life insurance (B.11.10).
 */
import { z } from "zod";
import { fte } from "./schemas";
import {
  Q, type Explanation, type IsoDate, type Rational, InputError, Trace, defineSeries, formatCents, isoDay, parseInput,
} from "@/lib/rules/core";
import { APPENDIX_B } from "./parameters/appendix-b";
import { CONTINUATION, TERM_END } from "./parameters/term";

const YEARS = ["2022-07-01", "2023-07-01", "2024-07-01"];
const dollars = z.number().int().positive();
export const appendixB = Object.fromEntries(
  Object.entries(APPENDIX_B).map(([code, row]) => [
    code,
    defineSeries(
      {
        name: `Appendix B: ${row.label}`, article: "Appendix B", unit: "dollars per year", coverageTo: TERM_END, continuation: CONTINUATION,
        values: row.values.map((v, i) => ({ from: YEARS[i], value: v, cite: `Appendix B (${row.label}, ${YEARS[i]})` })),
      },
      dollars,
    ),
  ]),
);
export const ALLOWANCE_CODES = Object.keys(APPENDIX_B) as [string, ...string[]];

export interface Sd73AllowanceResult extends Explanation {
  annualCents: number;
  proratedCents: number;
  continued: boolean;
}

/** An Appendix B allowance on a date, prorated by FTE where the article says so (LOU 5). */
export function sd73Allowance(input: { date: IsoDate; allowance: string; fte?: number }): Sd73AllowanceResult {
  const p = parseInput(
    z.strictObject({ date: isoDay, allowance: z.enum(ALLOWANCE_CODES), fte: fte.optional() }),
    input,
    "Appendix B",
  );
  const t = new Trace().cite("Appendix B").interpret("AMB-17");
  const l = appendixB[p.allowance].on(p.date, "date");
  t.step(`${l.cite}: ${formatCents(l.value * 100)} a year (in addition to scale placement, B.27.4).`);
  if (l.continued) t.cite("A.1.2").step("After June 30, 2025 the 2024-25 amount continues under A.1.2.");
  const prorated = Number(Q.roundHalfUp(Q.mul(Q.rat(l.value * 100), Q.fromDecimal(p.fte ?? 1) as Rational)));
  if (p.fte !== undefined && p.fte !== 1) t.cite("LOU 5").step(`Prorated to ${p.fte} FTE: ${formatCents(prorated)}.`);
  return t.done({ annualCents: l.value * 100, proratedCents: prorated, continued: l.continued });
}

export interface Sd73TicExcessResult extends Explanation {
  payCents: number;
}

/** B.27.3.c: a Teacher in Charge past 150 hours of principal relief is paid $20 per day or part day beyond. */
export function sd73TeacherInChargeExcess(input: { reliefHoursBefore: number; daysOrPartDaysAfter150Hours: number }): Sd73TicExcessResult {
  const p = parseInput(
    z.strictObject({ reliefHoursBefore: z.number().refine((h) => Number.isFinite(h) && h >= 0, { message: "hours must be 0 or more" }), daysOrPartDaysAfter150Hours: z.number().int().min(0) }),
    input,
    "B.27.3.c",
  );
  const t = new Trace().cite("B.27.3.c");
  if (p.reliefHoursBefore < 150)
    throw new InputError("the $20 allowance applies only after 150 hours of principal relief", "reliefHoursBefore", "B.27.3.c");
  const payCents = 2000 * p.daysOrPartDaysAfter150Hours;
  t.step(`Beyond 150 hours: ${p.daysOrPartDaysAfter150Hours} day(s) or part day(s) × $20.00 = ${formatCents(payCents)} (not indexed under B.1.3).`);
  return t.done({ payCents });
}

export const mileageRate = defineSeries(
  {
    name: "Mileage reimbursement", article: "B.10.1", unit: "cents per km", coverageTo: TERM_END, continuation: CONTINUATION,
    values: [
      { from: "2022-07-01", value: 60, cite: "B.10.1 (effective July 1, 2022: $0.60/km)" },
      { from: "2023-07-01", value: 64, cite: "B.10.1 (effective July 1, 2023: $0.64/km)" },
      { from: "2024-07-01", value: 66, cite: "B.10.1 (effective July 1, 2024: $0.66/km)" },
    ],
  },
  z.number().int().positive(),
);

export interface Sd73MileageResult extends Explanation {
  amountCents: number;
  rateCentsPerKm: number;
}

/** B.10.1–B.10.2: required use of a private vehicle, per km, plus $0.05/km on approved unpaved roads. */
export function sd73Mileage(input: { date: IsoDate; km: number; unpavedKm?: number }): Sd73MileageResult {
  const km = z.number().refine((k) => Number.isFinite(k) && k >= 0, { message: "km must be 0 or more" });
  const p = parseInput(z.strictObject({ date: isoDay, km, unpavedKm: km.optional() }).refine((v) => (v.unpavedKm ?? 0) <= v.km, { message: "unpavedKm cannot exceed km", path: ["unpavedKm"] }), input, "B.10.1");
  const t = new Trace().cite("B.10.1");
  const r = mileageRate.on(p.date, "date");
  const unpaved = p.unpavedKm ?? 0;
  const exact = Q.add(Q.mul(Q.rat(r.value), Q.fromDecimal(p.km) as Rational), Q.mul(Q.rat(5), Q.fromDecimal(unpaved) as Rational));
  const amountCents = Number(Q.roundHalfUp(exact));
  t.step(`${p.km} km × $${(r.value / 100).toFixed(2)} (${r.cite})${unpaved ? ` + ${unpaved} km unpaved × $0.05 (B.10.2)` : ""} = ${formatCents(amountCents)}.`);
  if (unpaved) t.cite("B.10.2");
  if (r.continued) t.cite("A.1.2").step("After June 30, 2025 the 2024-25 rate continues under A.1.2.");
  return t.done({ amountCents, rateCentsPerKm: r.value });
}

/** B.10.5.a (Kamloops) and MOA 10 ¶3(f) (North Thompson) return-trip rates in lieu of mileage. */
const TRAVEL: { from: string; to: string[]; cents: number; cite: string }[] = [
  { from: "kamloops", to: ["barriere", "chase", "heffley creek", "logan lake", "pinantan", "savona", "sun peaks", "westwold"], cents: 2500, cite: "B.10.5.a" },
  { from: "barriere", to: ["clearwater"], cents: 2500, cite: "MOA 10 ¶3(f)" },
  { from: "kamloops", to: ["clearwater"], cents: 5000, cite: "MOA 10 ¶3(f)" },
  { from: "clearwater", to: ["blue river"], cents: 5000, cite: "MOA 10 ¶3(f)" },
];

export interface Sd73TravelResult extends Explanation {
  returnTripCents: number | null;
}

/** TTOC return-trip allowance in lieu of mileage; null where the agreement lists no rate (B.10.5.b: by agreement). */
export function sd73TtocTravelInLieu(input: { residence: string; assignment: string }): Sd73TravelResult {
  const p = parseInput(z.strictObject({ residence: z.string().min(1), assignment: z.string().min(1) }), input, "B.10.5");
  const norm = (s: string) => s.toLowerCase().replace(/^city of /, "").trim();
  const a = norm(p.residence), b = norm(p.assignment);
  const hit = TRAVEL.find((r) => (r.from === a && r.to.includes(b)) || (r.cite !== "B.10.5.a" && r.from === b && r.to.includes(a)));
  const t = new Trace().cite(hit?.cite ?? "B.10.5.b");
  if (!hit) {
    t.step(`No rate is listed for ${p.residence} to ${p.assignment}; other pairs apply only as agreed between the Board and the Association (B.10.5.b).`);
    return t.done({ returnTripCents: null });
  }
  t.step(`${p.residence} to ${p.assignment}: ${formatCents(hit.cents)} return trip in lieu of mileage (${hit.cite}; not indexed, B.1.4).`);
  return t.done({ returnTripCents: hit.cents });
}

export interface Sd73LifeInsuranceResult extends Explanation {
  multiple: number;
  insuredDollars: number;
}

/** B.11.10: group life insurance by age band, rounded to the next higher $1,000, at most $350,000. */
export function sd73GroupLifeInsurance(input: { age: number; annualEarnedIncomeCents: number }): Sd73LifeInsuranceResult {
  const p = parseInput(z.strictObject({ age: z.number().int().min(15).max(100), annualEarnedIncomeCents: z.number().int().min(0) }), input, "B.11.10");
  const t = new Trace().cite("B.11.10");
  const mult: Rational = p.age < 35 ? Q.rat(3) : p.age < 45 ? Q.rat(5, 2) : p.age < 55 ? Q.rat(2) : Q.rat(3, 2);
  const raw = Q.mul(Q.rat(p.annualEarnedIncomeCents), mult);
  // "rounded to the next higher $1,000": an exact multiple is kept (interpretation, PAY-08).
  const rounded = Number(Q.ceil(Q.div(raw, Q.rat(100000)))) * 1000;
  const insuredDollars = Math.min(rounded, 350000);
  t.step(`Age ${p.age}: ${Q.toNumber(mult)} × ${formatCents(p.annualEarnedIncomeCents)} = $${Q.toFixed(Q.div(raw, Q.rat(100)), 2)}; next higher $1,000 = ${formatCents(rounded * 100)}${rounded > 350000 ? "; capped at $350,000" : ""}.`);
  return t.done({ multiple: Q.toNumber(mult), insuredDollars });
}
