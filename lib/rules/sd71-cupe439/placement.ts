// 25.05 step placement on promotion or demotion, apprentice rates (Notes on Salary
// Schedules, Schedule "B"; A19), the student rate (16.11, with the Employment Standards
// Act minimum wage as an input, A31) and 15.02(b) CT seniority list update deadline.
import { z } from "zod";
import { formatIsoDate } from "../core/date";
import { InputError } from "../core/errors";
import { Trace, type Explanation } from "../core/explain";
import { formatCents } from "../core/money";
import { workingCalendar } from "../core/working-days";
import { isoDay, parseInput, positiveCents, cents } from "./input";
import { hourlyRate, payGradeSchema } from "./wages";
import { ALLOWANCES } from "./allowances";
import { sd71WorkingDays } from "./calendar";
import { TRADES_TABLES } from "./wage-tables";

const placeInput = z.strictObject({
  date: isoDay,
  move: z.enum(["promotion", "demotion"]),
  currentRateCents: positiveCents,
  newPayGrade: payGradeSchema,
});
/** 25.05: promoted → the step of the new grade closest above the current rate; demoted → the job rate (A15: top step). */
export function sd71StepPlacement(raw: z.input<typeof placeInput>): Explanation & { step: number; rateCents: number } {
  const i = parseInput(placeInput, raw, "25.05");
  const t = new Trace().cite("25.05");
  const iso = formatIsoDate(i.date);
  const rates: number[] = [];
  for (let s = 1; s <= 3; s++) {
    try {
      rates.push(hourlyRate({ date: iso, payGrade: i.newPayGrade, step: s }).cents);
    } catch (e) {
      if (!(e instanceof InputError) || e.field !== "step") throw e;
      break;
    }
  }
  let step: number;
  if (i.move === "demotion") {
    step = rates.length;
    t.interpret("A15").step(`Demoted: "the job rate not the start rate" of grade ${i.newPayGrade} — its top step, ${step}, ${formatCents(rates[step - 1])} (A15).`);
  } else {
    const above = rates.findIndex((r) => r > i.currentRateCents);
    step = above >= 0 ? above + 1 : rates.length;
    t.step(above >= 0
      ? `Promoted from ${formatCents(i.currentRateCents)}: the step of grade ${i.newPayGrade} closest above is step ${step}, ${formatCents(rates[step - 1])}.`
      : `Promoted from ${formatCents(i.currentRateCents)}: no step of grade ${i.newPayGrade} is above it; the top step ${step} applies (flag for review).`);
  }
  return t.done({ step, rateCents: rates[step - 1] });
}

const apprenticeInput = z.strictObject({
  date: isoDay,
  trade: z.enum(["B8", "B9", "B10", "B11", "B12", "B13"]),
  step: z.number().int().min(1).max(3),
  /** Completed years of apprenticeship (0 at the start). */
  completedYears: z.number().int().min(0).max(4),
});
/** Apprentices: 5 pay grades below full trade pay at the start, then 4, 3, 2, 1 after each completed year (A19). */
export function sd71ApprenticeRate(raw: z.input<typeof apprenticeInput>): Explanation & { payGrade: number | string; cents: number } {
  const i = parseInput(apprenticeInput, raw, "Notes on Salary Schedules (Apprentices)");
  const t = new Trace().cite("Notes on Salary Schedules (Schedule B, Apprentices)").interpret("A19");
  const below = 5 - i.completedYears;
  const target = Number(i.trade.slice(1)) - below;
  const tradesCode = `B${target}`;
  const hasTradesRow = TRADES_TABLES[0].steps[tradesCode] !== undefined;
  const grade = hasTradesRow ? tradesCode : target;
  const r = hourlyRate({ date: formatIsoDate(i.date), payGrade: grade as never, step: Math.min(i.step, hasTradesRow ? TRADES_TABLES[0].steps[tradesCode].length : 2) });
  t.step(`${i.completedYears} completed year(s): ${below} pay grade(s) below ${i.trade} → ${hasTradesRow ? `trades row ${tradesCode}` : `grade table grade ${target} (no trades row; A19, flag for confirmation)`}: ${formatCents(r.cents)}.`);
  for (const c of r.citations) t.cite(c);
  return t.done({ payGrade: grade, cents: r.cents });
}

const studentInput = z.strictObject({ date: isoDay, esaMinimumWageCents: cents });
/** 16.11: the student rate ($12.75 from July 1, 2006), never below the ESA minimum wage (A31). */
export function sd71StudentRate(raw: z.input<typeof studentInput>): Explanation & { cents: number } {
  const i = parseInput(studentInput, raw, "16.11(a)");
  const s = ALLOWANCES.studentRateCentsPerHour.on(i.date, "date");
  const c = Math.max(s.value, i.esaMinimumWageCents);
  const t = new Trace().cite("16.11(a)").interpret("A31");
  t.step(`Student rate ${formatCents(s.value)} (${s.cite}); ESA minimum wage ${formatCents(i.esaMinimumWageCents)} (external) → ${formatCents(c)}.`);
  return t.done({ cents: c });
}

const ctListInput = z.strictObject({ payDate: isoDay, schoolBreaks: z.array(z.strictObject({ from: isoDay, to: isoDay })).max(20) });
/** 15.02(b): CT seniority list updated within five working days of the pay date, exclusive of school breaks. */
export function sd71CtListUpdateDue(raw: z.input<typeof ctListInput>): Explanation & { due: string; skipped: string[] } {
  const i = parseInput(ctListInput, raw, "15.02(b)");
  const closures = i.schoolBreaks.map((b) => ({ from: b.from, to: b.to, name: "school break" }));
  const r = workingCalendar(sd71WorkingDays, closures.length ? { closures } : undefined).add(i.payDate, 5);
  const t = new Trace().cite("15.02(b)", "21.01");
  t.step(`Five working days after the pay date ${formatIsoDate(i.payDate)}, exclusive of school breaks and holidays → ${formatIsoDate(r.due)}.`);
  return t.done({ due: formatIsoDate(r.due), skipped: r.skipped.map((s) => formatIsoDate(s.day)) });
}
