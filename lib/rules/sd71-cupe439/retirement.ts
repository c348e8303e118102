// 26.02, 26.05: retirement benefit at 55 or older: (a) age + service ≥ 70 → 30 days' pay
// plus 50% of sick leave over 100 days (max 52); (b) ≥ 80 → 45 days plus 100% over 100
// (max 60); a lump sum at the rate on the retirement date (A11: the maximum caps the
// sick-leave component by default).
import { z } from "zod";
import { Trace, type Explanation } from "../core/explain";
import { formatCents } from "../core/money";
import { divRoundHalfUp } from "../core/int-round";
import { parseInput, positiveCents, hours, minutesOf, fmtHours } from "./input";
import { SD71_POLICIES } from "./interpretations";

const input = z.strictObject({
  age: z.number().int().min(15).max(100),
  yearsOfService: z.number().int().nonnegative().max(80),
  accumulatedSickDays: z.number().finite().nonnegative().max(2000),
  hourlyRateAtRetirementCents: positiveCents,
  dailyHours: hours,
  policies: SD71_POLICIES.schema.optional(),
});
export interface Sd71RetirementResult extends Explanation {
  eligible: boolean;
  clause: "26.02(a)" | "26.02(b)" | null;
  baseDays: number;
  sickLeaveDays: number;
  totalDays: number;
  lumpSumCents: number;
}

export function sd71RetirementBenefit(raw: z.input<typeof input>): Sd71RetirementResult {
  const i = parseInput(input, raw, (f) => (f.startsWith("policies") ? "register §14" : "26.02"));
  const pol = SD71_POLICIES.resolve(i.policies);
  const t = new Trace().cite("26.02");
  const sum = i.age + i.yearsOfService;
  if (i.age < 55 || sum < 70) {
    t.step(`Age ${i.age}${i.age < 55 ? " is under 55" : ""}; age + years of service = ${sum}${sum < 70 ? " < 70" : ""} → no retirement benefit.`);
    return t.done({ eligible: false, clause: null, baseDays: 0, sickLeaveDays: 0, totalDays: 0, lumpSumCents: 0 });
  }
  const b = sum >= 80;
  const clause = b ? "26.02(b)" : "26.02(a)";
  const base = b ? 45 : 30, share = b ? 1 : 0.5, max = b ? 60 : 52;
  t.cite(clause, "26.05").interpret("A11");
  const over = Math.max(0, i.accumulatedSickDays - 100);
  let sick = Math.round(over * share * 100) / 100;
  let total: number;
  if (pol.A11 === "sickComponent") {
    sick = Math.min(max, sick);
    total = base + sick;
    t.step(`Age ${i.age} + ${i.yearsOfService} years = ${sum} → ${clause}: ${base} days' pay + ${share * 100}% of ${over} sick days over 100 (max ${max}) = ${sick} → ${total} days (A11 = sickComponent).`);
  } else {
    total = Math.min(max, base + sick);
    t.step(`${clause}: ${base} + ${sick} sick days, the maximum of ${max} applied to the total → ${total} days (A11 = total).`);
  }
  const daily = divRoundHalfUp(i.hourlyRateAtRetirementCents * minutesOf(i.dailyHours), 60);
  const lump = divRoundHalfUp(Math.round(total * 100) * daily, 100);
  t.step(`Daily pay at the rate on the retirement date: ${formatCents(i.hourlyRateAtRetirementCents)} × ${fmtHours(minutesOf(i.dailyHours))} h = ${formatCents(daily)}; × ${total} days = ${formatCents(lump)} lump sum (26.05).`);
  return t.done({ eligible: true, clause, baseDays: base, sickLeaveDays: sick, totalDays: total, lumpSumCents: lump });
}
