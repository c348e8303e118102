import { InputError, RulesError, ttocDailyPay } from "@/lib/rules";
import type { ParameterSet } from "@/lib/rules/core";
import { placementArgs, type TimelineEntry } from "./placement";

export type CalloutDay = {
  employeeId: string; date: string; fractionMilli: number;
  employee: { employeeNumber: string; certificated: boolean | null; teacherCategory: string | null; teacherStep: number | null };
};
export type PayLineData = { employeeId: string; date: string; totalCents: number; wageCents: number; inLieuCents: number; paidFractionMilli: number; citations: string[]; steps: string[] };
/** The placement in effect for a TTOC on a date (see placementTimeline); null when none is recorded yet. */
export type PlacementFor = (employeeId: string, date: string) => TimelineEntry | null;

const describe = (p: TimelineEntry) =>
  `Placement on this date: ${p.certificated ? `Category ${p.category} Step ${p.step}` : "non-certificated substitute"} (${p.source === "recorded" ? `recorded from ${p.effectiveDate}` : `C.4 increment effective ${p.effectiveDate}`}).`;

/** One date's pay for one TTOC from that date's callouts (B.2.5, B.2.6, B.2.8, B.2.9.d), priced at the placement in effect that day. */
export function payForDay(employeeId: string, date: string, callouts: CalloutDay[], placementFor?: PlacementFor, params?: ParameterSet): PayLineData {
  const p = placementFor ? placementFor(employeeId, date) : null;
  if (placementFor && !p) throw new InputError(`no placement is recorded on or before ${date}`, "placement", "B.2.6");
  const r = ttocDailyPay({ date, ...placementArgs(p ?? callouts[0].employee), callouts: callouts.map((d) => d.fractionMilli / 1000) }, params);
  return { employeeId, date, totalCents: r.totalCents, wageCents: r.wageCents, inLieuCents: r.inLieuCents, paidFractionMilli: Math.round(r.paidFraction * 1000), citations: r.citations, steps: p ? [describe(p), ...r.steps] : r.steps };
}

/** One pay line per TTOC per date, from that date's callouts, through ttocDailyPay. */
export function computePayLines(days: CalloutDay[], placementFor?: PlacementFor, params?: ParameterSet): { lines: PayLineData[]; errors: string[] } {
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
      lines.push(payForDay(employeeId, date, g, placementFor, params));
    } catch (e) {
      if (!(e instanceof RulesError)) throw e;
      errors.push(`${g[0].employee.employeeNumber} on ${date}: ${e.message} (${e.article})`);
    }
  }
  return { lines, errors };
}
