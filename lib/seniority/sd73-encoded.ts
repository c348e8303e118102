/**
 * The SD73 summary's compact text form, read by a list of thousands without parsing every
 * year: "P<from>,<days>|" for ported seniority, then one ";"-separated segment per school year,
 * oldest first: first,last,daysInSession,cumCapped,cumUncapped,(kind,from,to,halfDays)*
 * where cum* are the running totals through that year (C.2.5 cap per year) and kind is 0 for
 * contract service, 1 for TTOC half days. A list as of X reads the last segment starting by X.
 */
import type { DayNumber } from "@/lib/rules/core";
import { yearCredit, type Piece, type Sd73Ledger } from "./sd73-ledger";

export function encodeSd73(l: Pick<Sd73Ledger, "years" | "ported">): string {
  let cap = 0, agg = 0;
  const segs = l.years.map((y) => {
    const u = y.u ?? yearCredit(y, y.last).uncapped;
    cap += Math.min(u, 189);
    agg += u;
    return [y.first, y.last, y.daysInSession, cap, agg, ...y.pieces.flatMap((p) => [p[0] === "C" ? 0 : 1, p[1], p[2], p[3]])].join(",");
  });
  return (l.ported ? `P${l.ported.from},${l.ported.days}|` : "") + segs.join(";");
}

/** Seniority days and Board aggregate days as of X, from the encoded summary (same figures as sd73DaysAsOf). */
export function sd73DaysAsOfEncoded(text: string, x: DayNumber): { days: number; aggregate: number } {
  let body = text, ported = 0;
  if (text.startsWith("P")) {
    const bar = text.indexOf("|");
    const [from, days] = text.slice(1, bar).split(",").map(Number);
    if (from <= x) ported = Math.min(days, 20 * 189);
    body = text.slice(bar + 1);
  }
  if (!body) return { days: ported, aggregate: 0 };
  let end = body.length;
  while (end > 0) {
    const start = body.lastIndexOf(";", end - 1) + 1;
    const comma = body.indexOf(",", start);
    const first = Number(body.slice(start, comma));
    if (first <= x) {
      const f = body.slice(start, end).split(",").map(Number);
      const [, last, dis, cap, agg] = f;
      if (x >= last) return { days: cap + ported, aggregate: agg };
      const pieces: Piece[] = [];
      for (let k = 5; k + 3 < f.length + 1 && k < f.length; k += 4) pieces.push([f[k] === 0 ? "C" : "T", f[k + 1], f[k + 2], f[k + 3]]);
      const u = yearCredit({ sy: "", daysInSession: dis, first, last, pieces }, x).uncapped;
      const prevCap = start > 0 ? prevTotals(body, start) : [0, 0];
      return { days: prevCap[0] + Math.min(u, 189) + ported, aggregate: prevCap[1] + u };
    }
    end = start - 1;
  }
  return { days: ported, aggregate: 0 };
}

/** Running totals of the segment ending just before `start`. */
function prevTotals(body: string, start: number): [number, number] {
  const s = body.lastIndexOf(";", start - 2) + 1;
  const f = body.slice(s, start - 1).split(",", 5).map(Number);
  return [f[3], f[4]];
}
