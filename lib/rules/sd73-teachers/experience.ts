/**
 * C.4 TTOC experience and increments; LOU 11 transfer of the TTOC experience bank.
 *
 * C.4.1.a: "credited with one (1) day of experience for each full-time equivalent day worked".
 * C.4.1.b: "One hundred seventy (170) full-time equivalent days credited shall equal one (1)
 * year of experience." C.4: the increment is awarded "on the first of the month following
 * the month in which the experience accumulation is earned".
 */
import { z } from "zod";
import { unitFraction } from "./schemas";
import {
  Q, type Explanation, type IsoDate, type Rational, Trace, dayFromCivil, firstOfNextMonth, formatIsoDate, isoDay,
  parseInput, civilFromDay,
} from "@/lib/rules/core";
import { CATEGORIES, gridOn, maxStep, type Category } from "./parameters/salary-grids";
import { sd73Policies, type Sd73Policies } from "./policies";

const DAYS_PER_YEAR = Q.rat(170);
const HALF = Q.rat(1, 2);

export interface Sd73TtocExperienceInput {
  category: Category;
  /** TTOC step before the first listed day (C.4, lowest Step 1). */
  step: number;
  /** Experience days already banked before the first listed day (0 if none). */
  openingBankDays: number;
  /** Days worked as a TTOC; substitute (B.2.8) days earn no experience. */
  days: { date: IsoDate; worked: number; paidUnder?: "B.2.6" | "B.2.8" }[];
  policies?: Sd73Policies;
}

export interface Sd73Increment {
  reachedOn: IsoDate;
  effective: IsoDate;
  fromStep: number;
  toStep: number;
}

export interface Sd73TtocExperienceResult extends Explanation {
  increments: Sd73Increment[];
  /** Step after all increments. */
  step: number;
  /** Days carried in the bank after the last increment (AMB-07: carried forward). */
  bankDays: number;
  creditedDays: number;
}

const schema = z.strictObject({
  category: z.enum(CATEGORIES),
  step: z.number().int().min(1).max(10),
  openingBankDays: z.number().refine((d) => Number.isFinite(d) && d >= 0 && d < 170, { message: "opening bank must be 0 to under 170 days" }),
  days: z.array(z.strictObject({ date: isoDay, worked: unitFraction("worked fraction"), paidUnder: z.enum(["B.2.6", "B.2.8"]).optional() })),
  policies: sd73Policies.schema,
});

/** C.4: TTOC experience accrual and the increments it earns. */
export function sd73TtocExperience(input: Sd73TtocExperienceInput): Sd73TtocExperienceResult {
  const p = parseInput(schema, input, (f) => (f.startsWith("policies") ? "C.4, AMB-07" : "C.4"));
  const pol = sd73Policies.resolve(p.policies);
  const t = new Trace().cite("C.4.1.a", "C.4.1.b", "C.4.2").interpret("AMB-07");
  t.step(sd73Policies.describe("AMB-07", pol["AMB-07"]) + "; days beyond 170 carry forward.");
  let bank: Rational = Q.fromDecimal(p.openingBankDays) as Rational;
  let credited: Rational = Q.ZERO;
  let step = p.step;
  const increments: Sd73Increment[] = [];
  const days = [...p.days].sort((a, b) => a.date - b.date);
  let skippedSubs = 0;
  for (const d of days) {
    if (d.paidUnder === "B.2.8") {
      skippedSubs++;
      continue;
    }
    const w = Q.fromDecimal(d.worked) as Rational;
    const c = pol["AMB-07"] === "paid-fraction" ? Q.max(w, HALF) : w;
    bank = Q.add(bank, c);
    credited = Q.add(credited, c);
    while (Q.cmp(bank, DAYS_PER_YEAR) >= 0) {
      bank = Q.sub(bank, DAYS_PER_YEAR);
      const effective = firstOfNextMonth(d.date);
      const grid = gridOn("kamloops", effective, "days.date").value;
      const top = maxStep(grid, p.category);
      const reachedOn = formatIsoDate(d.date);
      if (step >= top) {
        t.step(`170 days reached on ${reachedOn}; Category ${p.category} is already at its maximum Step ${top}.`);
        continue;
      }
      increments.push({ reachedOn, effective: formatIsoDate(effective), fromStep: step, toStep: step + 1 });
      t.step(`170 FTE days reached on ${reachedOn}: Step ${step} → ${step + 1} effective ${formatIsoDate(effective)}, the first of the following month.`);
      step++;
    }
  }
  if (skippedSubs) t.cite("C.14.1").step(`${skippedSubs} substitute day(s) paid under B.2.8 earn no C.4 experience (C.14.1: a TTOC is certificated).`);
  t.step(`Credited ${Q.toNumber(credited)} day(s); ${Q.toNumber(bank)} day(s) remain in the bank toward the next 170.`);
  return t.done({ increments, step, bankDays: Q.toNumber(bank), creditedDays: Q.toNumber(credited) });
}

export interface Sd73Lou11Result extends Explanation {
  months: number;
  remainingDays: number;
  form: "A" | "B";
  experienceTo: IsoDate;
  effective: IsoDate;
}

/**
 * LOU 11: transfer of C.4 TTOC experience (earned since September 19, 2014) to the contract
 * increment bank: whole months at 17 FTE days each, 1–16 days may remain; notice by June 30
 * (Form A, effective August 31) or by November 15 (Form B, effective December 31).
 */
export function sd73Lou11Transfer(input: { bankDays: number; noticeDate: IsoDate }): Sd73Lou11Result {
  const p = parseInput(
    z.strictObject({ bankDays: z.number().refine((d) => Number.isFinite(d) && d >= 0, { message: "bankDays must be 0 or more" }), noticeDate: isoDay }),
    input,
    "LOU 11",
  );
  const t = new Trace().cite("LOU 11");
  const { y, m, d } = civilFromDay(p.noticeDate);
  // Form B covers notices from July 1 to November 15; Form A the rest, up to June 30.
  const formB = (m >= 7 && m < 11) || (m === 11 && d <= 15);
  const year = formB ? y : m >= 11 ? y + 1 : y;
  const experienceTo = formB ? dayFromCivil(year, 11, 15) : dayFromCivil(year, 6, 30);
  const effective = formB ? dayFromCivil(year, 12, 31) : dayFromCivil(year, 8, 31);
  const bank = Q.fromDecimal(p.bankDays) as Rational;
  const months = Number(Q.floor(Q.div(bank, Q.rat(17))));
  const remaining = Q.sub(bank, Q.rat(17 * months));
  t.step(`${p.bankDays} FTE days ÷ 17 = ${months} whole month(s), ${Q.toNumber(remaining)} day(s) remaining in the TTOC bank.`);
  t.step(`Notice on ${formatIsoDate(p.noticeDate)}: Form ${formB ? "B" : "A"}, experience to ${formatIsoDate(experienceTo)}, transfer effective ${formatIsoDate(effective)}; irrevocable, one-way.`);
  return t.done({ months, remainingDays: Q.toNumber(remaining), form: formB ? "B" : "A", experienceTo: formatIsoDate(experienceTo), effective: formatIsoDate(effective) });
}
