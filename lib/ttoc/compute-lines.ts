import { RulesError, ttocDailyPay } from "@/lib/rules";
import { placementArgs } from "./placement";

export type CalloutDay = {
  employeeId: string; date: string; fractionMilli: number;
  employee: { employeeNumber: string; certificated: boolean | null; teacherCategory: string | null; teacherStep: number | null };
};
export type PayLineData = { employeeId: string; date: string; totalCents: number; wageCents: number; inLieuCents: number; paidFractionMilli: number; citations: string[]; steps: string[] };

/** One pay line per TTOC per date, from that date's callouts (B.2.5, B.2.6, B.2.8, B.2.9.d), through ttocDailyPay. */
export function computePayLines(days: CalloutDay[]): { lines: PayLineData[]; errors: string[] } {
  const groups = new Map<string, CalloutDay[]>();
  for (const d of days) {
    const k = `${d.employeeId}|${d.date}`;
    const g = groups.get(k);
    if (g) g.push(d); else groups.set(k, [d]);
  }
  const lines: PayLineData[] = [];
  const errors: string[] = [];
  for (const [k, g] of groups) {
    const [employeeId, date] = k.split("|");
    try {
      const r = ttocDailyPay({ date, ...placementArgs(g[0].employee), callouts: g.map((d) => d.fractionMilli / 1000) });
      lines.push({ employeeId, date, totalCents: r.totalCents, wageCents: r.wageCents, inLieuCents: r.inLieuCents, paidFractionMilli: Math.round(r.paidFraction * 1000), citations: r.citations, steps: r.steps });
    } catch (e) {
      if (!(e instanceof RulesError)) throw e;
      errors.push(`${g[0].employee.employeeNumber} on ${date}: ${e.message} (${e.article})`);
    }
  }
  return { lines, errors };
}
