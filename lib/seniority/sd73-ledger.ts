/**
 * SD73 seniority (C.2) from the service ledger. Each school year's credit comes from
 * contract service (C.2.4, C.2.7.a: temporary, term and part-time service credited as
 * full-time, 189 × days of service ÷ days in session, AMB-09), TTOC days (C.2.3.b, half-day
 * units), capped at 189 a year (C.2.5); ported years are added (C.2.2, at most 20). Leaves
 * over a month (C.2.7.e) and layoffs (C.2.7.d, retained not accrued: AMB-08) are cut out of
 * contract service. A TTOC_DAYS entry spanning dates is read as days spread evenly over the
 * days in session of its span (whole half days).
 */
import { LEAVE_KINDS, sd73LeaveSeniority, sd73SchoolYear, sd73WdB } from "@/lib/rules";
import { schoolYearStartYear, schoolYearLabel, workingCalendar, type DayNumber } from "@/lib/rules/core";
import { day, iso, subtract } from "./days";
import { layoffSpans } from "./layoffs";
import type { LedgerEmployee, LedgerRecord } from "./types";

/** One piece of credit inside a school year: contract service ("C") or TTOC half days ("T", q). */
export type Piece = [kind: "C" | "T", from: DayNumber, to: DayNumber, halfDays: number];
/** `u`: the year's whole (uncapped) credit, stored so a list dated after the year need not recount it. */
export interface Sd73Year { sy: string; daysInSession: number; first: DayNumber; last: DayNumber; pieces: Piece[]; u?: number }
export interface Sd73Ledger { years: Sd73Year[]; ported: { from: DayNumber; days: number } | null; steps: string[] }

let calendar: ReturnType<typeof workingCalendar> | null = null;
const cal = () => (calendar ??= workingCalendar(sd73WdB));
/** Days in session in [a, b] (D.17.1 on the WD-B calendar). */
export const inSession = (a: DayNumber, b: DayNumber) => (b < a ? 0 : cal().countBetween(a - 1, b));

const yearCache = new Map<number, { sy: string; dis: number; first: DayNumber; last: DayNumber }>();
function schoolYear(start: number) {
  let y = yearCache.get(start);
  if (!y) {
    const sy = `${start}-${String((start + 1) % 100).padStart(2, "0")}`;
    const r = sd73SchoolYear({ schoolYear: sy });
    y = { sy, dis: r.daysInSession, first: day(r.firstDay), last: day(r.lastDay) };
    yearCache.set(start, y);
  }
  return y;
}

const LEAVES = new Set<string>(LEAVE_KINDS);
export const leaveKindOf = (r: LedgerRecord) => (r.reason && LEAVES.has(r.reason) ? r.reason : "other") as (typeof LEAVE_KINDS)[number];

/** The spans of a leave that do not count toward length of service (C.2.7.e, AMB-08). */
function excludedSpan(r: LedgerRecord, through: DayNumber): [DayNumber, DayNumber] | null {
  const from = day(r.startDate);
  const to = Math.min(r.endDate ? day(r.endDate) : through, through);
  if (to < from) return null;
  const res = sd73LeaveSeniority({ leave: r.kind === "UNPAID_BREAK" ? "other" : leaveKindOf(r), from: iso(from), to: iso(to) });
  if (res.effect === "accrues" || res.excludedDays === 0) return null;
  return [to - res.excludedDays + 1, to];
}

/** Splits [a, b] by school year and keeps the days in session of each part. */
function bySchoolYear(a: DayNumber, b: DayNumber, f: (y: ReturnType<typeof schoolYear>, a: DayNumber, b: DayNumber) => void) {
  for (let s = schoolYearStartYear(a); s <= schoolYearStartYear(b); s++) {
    const y = schoolYear(s);
    const lo = Math.max(a, y.first), hi = Math.min(b, y.last);
    if (lo <= hi) f(y, lo, hi);
  }
}

/** The ledger's credit pieces through `through` (inclusive). */
export function sd73Ledger(e: LedgerEmployee, records: LedgerRecord[], through: DayNumber): Sd73Ledger {
  const years = new Map<string, Sd73Year>();
  const steps: string[] = [];
  const put = (y: ReturnType<typeof schoolYear>, p: Piece) => {
    let row = years.get(y.sy);
    if (!row) years.set(y.sy, (row = { sy: y.sy, daysInSession: y.dis, first: y.first, last: y.last, pieces: [] }));
    row.pieces.push(p);
  };
  const cuts: Array<[DayNumber, DayNumber]> = [];
  for (const r of records) {
    if (r.kind !== "LEAVE" && r.kind !== "UNPAID_BREAK") continue;
    const s = excludedSpan(r, through);
    if (s) {
      cuts.push(s);
      steps.push(`${r.kind === "LEAVE" ? `Leave (${leaveKindOf(r)})` : "Unpaid break"} ${iso(s[0])} to ${iso(s[1])} not counted (C.2.7.e).`);
    }
  }
  for (const l of layoffSpans(records)) {
    const a = day(l.from), b = Math.min(l.to ? day(l.to) : through, through);
    if (a <= b) {
      cuts.push([a, b]);
      steps.push(`On layoff ${iso(a)} to ${iso(b)}: seniority retained, not accrued (C.2.7.d, AMB-08).`);
    }
  }
  for (const r of records) {
    const a = day(r.startDate);
    if (a > through) continue;
    const b = Math.min(r.endDate ? day(r.endDate) : through, through);
    if (r.kind === "APPOINTMENT" || r.kind === "TEMPORARY_CONTRACT") {
      for (const [x, z] of subtract([a, b], cuts)) bySchoolYear(x, z, (y, lo, hi) => put(y, ["C", lo, hi, 0]));
    } else if (r.kind === "TTOC_DAYS" && r.quantity) {
      const total = inSession(a, b) || 1;
      let left = r.quantity;
      const parts: Array<[ReturnType<typeof schoolYear>, DayNumber, DayNumber]> = [];
      bySchoolYear(a, b, (y, lo, hi) => parts.push([y, lo, hi]));
      if (!parts.length) bySchoolYear(a, a, (y) => parts.push([y, a, a]));
      parts.forEach(([y, lo, hi], k) => {
        const q = k === parts.length - 1 ? left : Math.floor((r.quantity! * inSession(lo, hi)) / total);
        left -= q;
        put(y, ["T", lo, hi, q]);
      });
    }
  }
  const portedRec = records.find((r) => r.kind === "PORTED_SENIORITY" && day(r.startDate) <= through);
  const ported = portedRec?.quantity ? { from: day(portedRec.startDate), days: portedRec.quantity } : null;
  const out = [...years.values()].sort((x, y) => x.first - y.first);
  for (const y of out) y.u = yearCredit(y, y.last).uncapped;
  return { years: out, ported, steps };
}

/** A year's credit by `asOf`: contract service as 189 × days ÷ days in session, TTOC half days spread evenly. */
export function yearCredit(y: Sd73Year, asOf: DayNumber): { contractDays: number; ttocHalfDays: number; uncapped: number } {
  let contractDays = 0, ttocHalfDays = 0;
  for (const [k, a, b, q] of y.pieces) {
    if (a > asOf) continue;
    const hi = Math.min(b, asOf);
    if (k === "C") contractDays += inSession(a, hi);
    else {
      const whole = inSession(a, b);
      ttocHalfDays += hi >= b || whole === 0 ? q : Math.floor((q * inSession(a, hi)) / whole);
    }
  }
  return { contractDays, ttocHalfDays, uncapped: (189 * contractDays) / y.daysInSession + ttocHalfDays / 2 };
}

/** Seniority days as of a date (C.2.5 cap per school year; ported at most 20 years), and Board aggregate days (C.2.7.c.i). */
export function sd73DaysAsOf(l: Pick<Sd73Ledger, "years" | "ported">, asOf: DayNumber): { days: number; aggregate: number } {
  let days = 0, aggregate = 0;
  for (const y of l.years) {
    if (y.first > asOf) break;
    const c = asOf >= y.last && y.u !== undefined ? y.u : yearCredit(y, asOf).uncapped;
    aggregate += c;
    days += Math.min(c, 189);
  }
  if (l.ported && l.ported.from <= asOf) days += Math.min(l.ported.days, 20 * 189);
  return { days, aggregate };
}

export const schoolYearOf = (d: DayNumber) => schoolYearLabel(d);
