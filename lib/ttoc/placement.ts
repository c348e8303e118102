// A TTOC's placement over time: the dated placements HR recorded, plus the C.4 increments their TTOC days earn
// (170 FTE days = one year, the step rising on the first of the following month). Pure: the DAL loads the rows.
import { sd73TtocExperience } from "@/lib/rules";
import type { Category } from "@/lib/rules/sd73-teachers/parameters/salary-grids";

/** A TTOC's placement as ttocDailyPay takes it: certificated at category and step, or a non-certificated substitute (B.2.8). */
export function placementArgs(e: { certificated: boolean | null; teacherCategory?: string | null; teacherStep?: number | null; category?: string | null; step?: number | null }) {
  if (e.certificated === false) return { certificated: false as const };
  const category = e.category ?? e.teacherCategory;
  const step = e.step ?? e.teacherStep;
  return { certificated: true as const, category: (category ?? undefined) as Category | undefined, step: step ?? undefined };
}

export type PlacementRecord = { effectiveDate: string; certificated: boolean; category: string | null; step: number | null; bankDays: number | null; note?: string | null };
/** One TTOC date's worked fraction (the callouts of the date added, at most a full day). */
export type WorkedDay = { date: string; fraction: number };
export type TimelineEntry = {
  effectiveDate: string; certificated: boolean; category: string | null; step: number | null;
  source: "recorded" | "C.4 increment"; explanation: string;
};
export type Timeline = {
  entries: TimelineEntry[];
  /** C.4 experience: days credited, the bank toward the next increment, and the arithmetic. */
  experience: { creditedDays: number; bankDays: number; steps: string[]; citations: string[] };
};

/** Adds each date's callouts into one worked fraction, capped at a full day (C.4.1.a credits FTE days). */
export function workedDays(callouts: Array<{ date: string; fractionMilli: number }>): WorkedDay[] {
  const by = new Map<string, number>();
  for (const c of callouts) by.set(c.date, (by.get(c.date) ?? 0) + c.fractionMilli);
  return [...by.entries()].sort(([a], [b]) => (a < b ? -1 : 1)).map(([date, m]) => ({ date, fraction: Math.min(1000, m) / 1000 }));
}

/**
 * The placement history: each recorded placement, then the C.4 increments its days earn until the next recorded one
 * (a recorded placement supersedes increments falling on or after its date). The experience bank carries forward
 * across recorded changes unless the record states its own bank. Days as a non-certificated substitute earn no
 * experience (B.2.8, C.14.1).
 */
export function placementTimeline(records: PlacementRecord[], days: WorkedDay[], opts: { explain?: boolean } = {}): Timeline {
  const explain = opts.explain ?? true;
  const sorted = [...records].sort((a, b) => (a.effectiveDate < b.effectiveDate ? -1 : 1));
  const entries: TimelineEntry[] = [];
  const steps: string[] = [];
  const citations = new Set<string>();
  let bank = 0, credited = 0;
  sorted.forEach((r, i) => {
    const next = sorted[i + 1]?.effectiveDate;
    if (r.bankDays !== null) bank = r.bankDays;
    const what = r.certificated ? `Category ${r.category} Step ${r.step}` : "non-certificated substitute (B.2.8)";
    entries.push({ effectiveDate: r.effectiveDate, certificated: r.certificated, category: r.category, step: r.step, source: "recorded", explanation: `Recorded from ${r.effectiveDate}: ${what}${r.note ? ` (${r.note})` : ""}.` });
    const seg = days.filter((d) => d.date >= r.effectiveDate && (!next || d.date < next));
    if (!r.certificated || !r.category || !r.step) {
      if (seg.length) steps.push(`${seg.length} day(s) from ${r.effectiveDate} as a non-certificated substitute earn no C.4 experience (C.14.1).`);
      return;
    }
    if (!seg.length) return;
    const worked = seg.reduce((a, d) => a + d.fraction, 0);
    if (!explain && bank + worked < 170) {
      // Pricing only needs the placements: with fewer than 170 days in the bank no C.4 increment can fall due.
      bank += worked; credited += worked;
      return;
    }
    const x = sd73TtocExperience({ category: r.category as Category, step: r.step, openingBankDays: bank, days: seg.map((d) => ({ date: d.date, worked: d.fraction })) });
    x.citations.forEach((c) => citations.add(c));
    steps.push(`From ${r.effectiveDate} at Category ${r.category} Step ${r.step}, opening bank ${bank} day(s), ${seg.length} day(s) worked:`, ...x.steps.map((s) => `  ${s}`));
    let step = r.step;
    for (const inc of x.increments) {
      if (next && inc.effective >= next) { steps.push(`  The increment due ${inc.effective} is superseded by the placement recorded from ${next}.`); break; }
      step = inc.toStep;
      entries.push({ effectiveDate: inc.effective, certificated: true, category: r.category, step, source: "C.4 increment", explanation: `170 FTE days reached on ${inc.reachedOn}: Step ${inc.fromStep} → ${inc.toStep} on ${inc.effective}, the first of the following month (C.4.1.b, C.4.2).` });
    }
    bank = x.bankDays;
    credited += x.creditedDays;
  });
  return { entries, experience: { creditedDays: credited, bankDays: bank, steps, citations: [...citations] } };
}

/** The placement in effect on a date (the latest entry on or before it), or null before the first. */
export function placementOn(t: Timeline | TimelineEntry[], date: string): TimelineEntry | null {
  const entries = Array.isArray(t) ? t : t.entries;
  let hit: TimelineEntry | null = null;
  for (const e of entries) if (e.effectiveDate <= date && (!hit || e.effectiveDate >= hit.effectiveDate)) hit = e;
  return hit;
}
