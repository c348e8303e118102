import type { LayoffSpan, LedgerRecord } from "./types";

/** Layoff periods: each LAYOFF runs to its end date, or to the day before the next RECALL, or is open. */
export function layoffSpans(records: LedgerRecord[]): LayoffSpan[] {
  const recalls = records.filter((r) => r.kind === "RECALL").map((r) => r.startDate).sort();
  return records
    .filter((r) => r.kind === "LAYOFF")
    .sort((a, b) => a.startDate.localeCompare(b.startDate))
    .map((l) => {
      if (l.endDate) return { from: l.startDate, to: l.endDate };
      const recall = recalls.find((d) => d > l.startDate);
      return { from: l.startDate, to: recall ? dayBefore(recall) : null };
    });
}

function dayBefore(isoDate: string): string {
  const d = new Date(isoDate + "T00:00:00Z");
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
}

/** Is the employee on layoff on this date? */
export const onLayoff = (spans: LayoffSpan[], asOf: string) => spans.some((s) => s.from <= asOf && (s.to === null || asOf <= s.to));
