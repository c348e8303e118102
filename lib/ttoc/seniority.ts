// C.2.3 TTOC seniority accrued from a TTOC's days, by school year, through sd73TtocSeniorityCredit. Pure.
import { sd73TtocSeniorityCredit } from "@/lib/rules";
import { parseIsoDate, schoolYearLabel } from "@/lib/rules/core";
import { placementOn, type Timeline, type WorkedDay } from "./placement";

export type SenioritySummary = {
  years: Array<{ schoolYear: string; days: number; credited: number; steps: string[] }>;
  totalDays: number; citations: string[]; excludedSubstituteDays: number;
};

/**
 * C.2.3.a–b: days paid under B.2.6 are credited ½ day for up to half a day worked and 1 day above; 189 days = 1 year.
 * C.2.5: at most one year (189 days) in a school year. Substitute days (B.2.8) earn none (C.2.3.a).
 */
export function ttocSeniority(days: WorkedDay[], timeline: Timeline): SenioritySummary {
  const byYear = new Map<string, number[]>();
  let excluded = 0;
  for (const d of days) {
    if (!placementOn(timeline, d.date)?.certificated) { excluded++; continue; }
    const y = schoolYearLabel(parseIsoDate(d.date, "date", "C.2.3"));
    (byYear.get(y) ?? byYear.set(y, []).get(y)!).push(d.fraction);
  }
  const citations = new Set<string>();
  const years = [...byYear.entries()].sort(([a], [b]) => (a < b ? -1 : 1)).map(([schoolYear, fractions]) => {
    const r = sd73TtocSeniorityCredit({ fractionsWorked: fractions });
    r.citations.forEach((c) => citations.add(c));
    const credited = Math.min(189, r.totalDays);
    const steps = [...r.steps];
    if (credited < r.totalDays) { citations.add("C.2.5"); steps.push(`C.2.5: at most one year (189 days) in a school year: ${r.totalDays} → 189.`); }
    return { schoolYear, days: fractions.length, credited, steps };
  });
  return { years, totalDays: years.reduce((s, y) => s + y.credited, 0), citations: [...citations], excludedSubstituteDays: excluded };
}
