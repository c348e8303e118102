// Daily and weekly pay (18.02), shift differentials and weekend premiums (Schedule C;
// 21.06 and 22.03(f) include them in holiday and vacation pay), and the 18.01 minimums.
import { z } from "zod";
import { Trace, type Explanation } from "../core/explain";
import { formatCents } from "../core/money";
import { divRoundHalfUp } from "../core/int-round";
import { rat, mul, add } from "../core/rational";
import { roundCents } from "../core/money";
import { isoDay, parseInput, positiveCents, hours, minutesOf, fmtHours, pct } from "./input";
import { SHIFT_GROUPS, SHIFT_ARTICLES } from "./shift-groups";
import { ALLOWANCES } from "./allowances";
import { SD71_POLICIES } from "./interpretations";

const dailyInput = z.strictObject({
  rateCents: positiveCents,
  shiftArticle: z.enum(SHIFT_ARTICLES).optional(),
  /** Posted hours of a part-time or Strong Start position (1.10; 18.02(f)). */
  dailyHours: hours.optional(),
  weeklyHours: hours.optional(),
}).refine((x) => x.shiftArticle !== undefined || x.dailyHours !== undefined, { message: "give shiftArticle or dailyHours", path: ["shiftArticle"] });
export type Sd71DailyPayInput = z.input<typeof dailyInput>;
export interface Sd71DailyPayResult extends Explanation {
  dailyCents: number;
  weeklyCents: number | null;
  dailyHours: number;
  weeklyHours: number | null;
}

/** Daily and weekly pay from an hourly rate: the agreement prints hourly rates only (spec §2.6). */
export function sd71DailyPay(raw: Sd71DailyPayInput): Sd71DailyPayResult {
  const i = parseInput(dailyInput, raw, "18.02");
  const t = new Trace();
  const g = i.shiftArticle ? SHIFT_GROUPS[i.shiftArticle] : null;
  const dMin = i.dailyHours !== undefined ? minutesOf(i.dailyHours) : g!.regularDaily;
  const wMin = i.weeklyHours !== undefined ? minutesOf(i.weeklyHours) : g ? g.regularWeekly : null;
  t.cite(i.shiftArticle ?? "1.10");
  const dailyCents = divRoundHalfUp(i.rateCents * dMin, 60);
  t.step(`Daily: ${formatCents(i.rateCents)} × ${fmtHours(dMin)} h = ${formatCents(dailyCents)}${g ? ` (${g.label}, ${i.shiftArticle})` : ""}.`);
  let weeklyCents: number | null = null;
  if (wMin !== null) {
    weeklyCents = divRoundHalfUp(i.rateCents * wMin, 60);
    t.step(`Weekly: ${formatCents(i.rateCents)} × ${fmtHours(wMin)} h = ${formatCents(weeklyCents)}.`);
  }
  return t.done({ dailyCents, weeklyCents, dailyHours: dMin / 60, weeklyHours: wMin === null ? null : wMin / 60 });
}

const premiumInput = z.strictObject({
  date: isoDay,
  rateCents: positiveCents,
  shift: z.enum(["afternoon", "night", "split"]),
  hours,
  /** Overtime hours of the shift by multiplier, used only when A33 = multiplied. */
  overtimeHours: z.strictObject({ "1.5": hours, "2": hours }).optional(),
  policies: SD71_POLICIES.schema.optional(),
});
export type Sd71ShiftDifferentialInput = z.input<typeof premiumInput>;

/** Schedule C 1 shift differential on all hours of a qualifying shift (18.02(d),(e); 20.01). */
export function sd71ShiftDifferential(raw: Sd71ShiftDifferentialInput): Explanation & { cents: number; percent: string } {
  const i = parseInput(premiumInput, raw, "Schedule C 1");
  const pol = SD71_POLICIES.resolve(i.policies);
  const series = { afternoon: ALLOWANCES.afternoonShiftPercent, night: ALLOWANCES.nightShiftPercent, split: ALLOWANCES.splitShiftPercent }[i.shift];
  const p = series.on(i.date, "date");
  const t = new Trace().cite("Schedule C 1", { afternoon: "18.02(d)", night: "18.02(e)", split: "20.01" }[i.shift]).interpret("A33");
  let weightedMin = rat(minutesOf(i.hours));
  if (pol.A33 === "multiplied" && i.overtimeHours) {
    // overtime hours count at their multiplier instead of once
    weightedMin = add(weightedMin, add(mul(rat(minutesOf(i.overtimeHours["1.5"])), rat(1, 2)), rat(minutesOf(i.overtimeHours["2"]))));
  }
  const exact = mul(mul(rat(i.rateCents), mul(pct(p.value), rat(1, 100))), mul(weightedMin, rat(1, 60)));
  const cents = roundCents(exact);
  if (p.continued) t.cite("38.01");
  t.step(`${i.shift[0].toUpperCase() + i.shift.slice(1)} shift differential ${p.value}% × ${formatCents(i.rateCents)} × ${fmtHours(minutesOf(i.hours))} h = ${formatCents(cents)} (${p.cite}; at straight value, A33 = ${pol.A33}).`);
  return t.done({ cents, percent: p.value });
}

const weekendInput = z.strictObject({ date: isoDay, shift: z.enum(["day", "afternoon", "night"]), hours });
/** Schedule C 1 weekend premium: cents per weekend hour worked, by shift. */
export function sd71WeekendPremium(raw: z.input<typeof weekendInput>): Explanation & { cents: number; centsPerHour: number } {
  const i = parseInput(weekendInput, raw, "Schedule C 1");
  const s = { day: ALLOWANCES.weekendDayCentsPerHour, afternoon: ALLOWANCES.weekendAfternoonCentsPerHour, night: ALLOWANCES.weekendNightCentsPerHour }[i.shift].on(i.date, "date");
  const min = minutesOf(i.hours);
  const cents = divRoundHalfUp(s.value * min, 60);
  const t = new Trace().cite("Schedule C 1").interpret("A33");
  if (s.continued) t.cite("38.01");
  t.step(`Weekend premium (${i.shift}): ${fmtHours(min)} h × ${formatCents(s.value)} = ${formatCents(cents)} (${s.cite}).`);
  return t.done({ cents, centsPerHour: s.value });
}

const reportingInput = z.strictObject({
  rateCents: positiveCents,
  scheduledHours: hours,
  hoursWorked: hours,
  /** 18.01(d): CT and temporary EAs who have not posted into a position, and supervision assistants. */
  exemptUnder1801d: z.boolean(),
});
/** 18.01(b),(c),(d): sent home before 4 h → 4 h; before starting → 2 h; never more than the scheduled hours. */
export function sd71ReportingPay(raw: z.input<typeof reportingInput>): Explanation & { paidHours: number; cents: number } {
  const i = parseInput(reportingInput, raw, "18.01");
  const t = new Trace().cite("18.01(d)");
  const worked = minutesOf(i.hoursWorked), sched = minutesOf(i.scheduledHours);
  let paid = worked;
  if (i.exemptUnder1801d) t.step("Exempt from the 18.01(b),(c) minimums (18.01(d)): paid the hours worked.");
  else if (worked === 0) {
    paid = Math.min(120, sched);
    t.cite("18.01(c)").step(`Reported but sent home before commencing work: 2 h at the regular rate, capped at the ${fmtHours(sched)} scheduled hours → ${fmtHours(paid)} h (18.01(c),(d)).`);
  } else if (worked < 240) {
    paid = Math.max(worked, Math.min(240, sched));
    t.cite("18.01(b)").step(`Started work and sent home before 4 h: paid 4 h at the regular rate, capped at the ${fmtHours(sched)} scheduled hours → ${fmtHours(paid)} h (18.01(b),(d)).`);
  } else t.step(`Worked ${fmtHours(worked)} h: no minimum applies.`);
  const cents = divRoundHalfUp(i.rateCents * paid, 60);
  t.step(`${fmtHours(paid)} h × ${formatCents(i.rateCents)} = ${formatCents(cents)}.`);
  return t.done({ paidHours: paid / 60, cents });
}
