/**
 * SD71 hourly rate for a calculator: typed in, or looked up on the Hourly Wage Schedule
 * through `hourlyRate` (its steps and citations join the result's explanation).
 */
import { hourlyRate, type Explanation } from "@/lib/rules";
import { f } from "./fields";

export const PAY_GRADES = [
  ...Array.from({ length: 13 }, (_, k) => ({ value: String(k + 1), label: `Pay grade ${k + 1}` })),
  ...["B8", "B9", "B10", "B11", "B12", "B13"].map((g) => ({ value: g, label: `Trades ${g}` })),
];
export const payGradeOf = (v: string) => (/^\d+$/.test(v) ? Number(v) : v) as Parameters<typeof hourlyRate>[0]["payGrade"];

/** Fields: a typed rate, or a pay grade and step looked up on the date. */
export const rateFields = (group = "Hourly rate") => [
  f.optionalDollars("rate", "Hourly rate", { group, hint: "Dollars and cents; or leave blank and give the pay grade and step." }),
  f.optionalSelect("payGrade", "Pay grade", PAY_GRADES, { group }),
  f.optionalInteger("payStep", "Step (1–3)", { group, min: "1" }),
] as const;

export function checkRate(i: { rate?: number; payGrade?: string; payStep?: number }): Partial<Record<string, string>> | null {
  if (i.rate !== undefined) return null;
  if (i.payGrade === undefined) return { rate: "Enter the hourly rate, or choose a pay grade and step." };
  if (i.payStep === undefined) return { payStep: "Enter the step on the pay grade." };
  return null;
}

/** The rate in cents and, when looked up, the lookup's explanation to prepend. */
export function resolveRate(i: { rate?: number; payGrade?: string; payStep?: number }, date: string): { cents: number; lookup?: Explanation } {
  if (i.rate !== undefined) return { cents: i.rate };
  const r = hourlyRate({ date, payGrade: payGradeOf(i.payGrade!), step: i.payStep! });
  return { cents: r.cents, lookup: r };
}

/** Rules error fields of the rate lookup → form fields. */
export const rateErrorField = (field: string) => (field === "payGrade" ? "payGrade" : field === "step" ? "payStep" : field === "rateCents" ? "rate" : undefined);

/** Two explanations as one: the lookup's first. */
export function joinExplanations(a: Explanation | undefined, b: Explanation): Explanation {
  if (!a) return b;
  const uniq = (xs: string[]) => [...new Set(xs)];
  return { citations: uniq([...a.citations, ...b.citations]), steps: [...a.steps, ...b.steps], interpretations: uniq([...a.interpretations, ...b.interpretations]) };
}
