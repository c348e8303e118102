/**
 * C.12.1 Layoff and recall.
 * C.12.1.b.i: layoff "in the reverse order of seniority, subject only to necessary
 * qualifications for the position available. All positions in outlying schools shall be
 * bypassed, subject to appeal." C.12.1.c.i: the recall list in decreasing order of seniority.
 * C.12.1.c.vi: recall rights are lost on two refusals, dismissal for cause, resignation,
 * electing severance, or "three years … from the date of layoff", extended by temporary
 * contracts "calculated on the number of teaching months". C.12.1.c.vii: not lost for two
 * years while at university or on medical leave.
 */
import { z } from "zod";
import {
  Q, type DayNumber, type Explanation, type IsoDate, type Rational, InputError, Trace, addMonths, addYears, dayFromCivil,
  daysInMonth, civilFromDay, dayRange, formatIsoDate, isoDay, parseInput, tryParseIsoDate, workingCalendar,
} from "@/lib/rules/core";
import { sd73WdB } from "./calendar";
import { sd73Policies, type Sd73Policies } from "./policies";

export interface Sd73LayoffCandidate {
  id: string;
  /** Position in the seniority list (1 = most senior), e.g. from sd73SeniorityList. */
  seniorityRank: number;
  /** Holds the necessary qualifications for the positions available after the reduction. */
  qualifiedForPositionsAvailable: boolean;
  /** Holds a position in an outlying school (North Thompson employees are, MOA 10 ¶3(b)). */
  outlying?: boolean;
}

export interface Sd73LayoffOrderResult extends Explanation {
  /** Laid off first to last. */
  layoffOrder: string[];
  laidOff: string[];
  /** Outlying-school positions bypassed, subject to appeal. */
  bypassed: string[];
}

/** Layoff order (C.12.1.b.i): reverse seniority, subject to necessary qualifications; outlying schools bypassed. */
export function sd73LayoffOrder(input: { teachers: Sd73LayoffCandidate[]; positionsToReduce: number }): Sd73LayoffOrderResult {
  const p = parseInput(
    z.strictObject({
      teachers: z.array(z.strictObject({ id: z.string().min(1), seniorityRank: z.number().int().positive(), qualifiedForPositionsAvailable: z.boolean(), outlying: z.boolean().optional() })),
      positionsToReduce: z.number().int().min(0),
    }),
    input,
    "C.12.1.b.i",
  );
  const t = new Trace().cite("C.12.1.b.i", "C.2.6.b");
  const byRank = [...p.teachers].sort((a, b) => b.seniorityRank - a.seniorityRank);
  const bypassed = byRank.filter((x) => x.outlying).map((x) => x.id);
  const inScope = byRank.filter((x) => !x.outlying);
  // A more senior teacher is retained only with the necessary qualifications for the positions available.
  const order = [...inScope.filter((x) => !x.qualifiedForPositionsAvailable), ...inScope.filter((x) => x.qualifiedForPositionsAvailable)].map((x) => x.id);
  if (p.positionsToReduce > order.length) throw new InputError("more positions to reduce than teachers in scope", "positionsToReduce", "C.12.1.b.i");
  const laidOff = order.slice(0, p.positionsToReduce);
  t.step("Reverse order of seniority, least senior first; a teacher without the necessary qualifications for the positions available is not retained ahead of a qualified junior teacher (C.12.1.b.i, C.2.6.b).");
  if (bypassed.length) t.cite("MOA 10 ¶3(b)").step(`Outlying-school positions bypassed, subject to appeal: ${bypassed.join(", ")}.`);
  t.step(`Laid off (${p.positionsToReduce}): ${laidOff.join(", ") || "none"}. Notice: 30 days before the end of the term (C.12.1.b.ii).`);
  return t.done({ layoffOrder: order, laidOff, bypassed });
}

export interface Sd73RecallExpiryInput {
  /** The effective date of layoff (the term end), not the notice date (AMB-10). */
  layoffEffectiveDate: IsoDate;
  /** Temporary contracts held since layoff; teachingMonths given overrides the computation. */
  temporaryContractsSinceLayoff: { start: IsoDate; end: IsoDate; teachingMonths?: number }[];
  /** University enrolment or medical leave (C.12.1.c.vii). */
  protectedPeriods?: { from: IsoDate; to: IsoDate }[];
  policies?: Sd73Policies;
}

export interface Sd73RecallExpiryResult extends Explanation {
  baseExpiry: IsoDate;
  extensionTeachingMonths: string;
  recallRightsExpire: IsoDate;
}

const contract = z.strictObject({ start: isoDay, end: isoDay, teachingMonths: z.number().refine((m) => Number.isFinite(m) && m >= 0 && m <= 120, { message: "teachingMonths must be 0 to 120" }).optional() })
  .refine((c) => c.end >= c.start, { message: "end must not be before start", path: ["end"] });

/** Teaching months of one contract: session days covered ÷ session days, month by month (AMB-10). */
function teachingMonths(start: DayNumber, end: DayNumber, wholeMonths: boolean, t: Trace): Rational {
  const cal = workingCalendar(sd73WdB);
  let total: Rational = Q.ZERO;
  let { y, m } = civilFromDay(start);
  for (;;) {
    const first = dayFromCivil(y, m, 1), last = dayFromCivil(y, m, daysInMonth(y, m));
    if (first > end) break;
    const inSession = cal.countBetween(first - 1, last);
    const covered = cal.countBetween(Math.max(first, start) - 1, Math.min(last, end));
    if (inSession > 0 && covered > 0) {
      const part = wholeMonths ? Q.ONE : Q.rat(covered, inSession);
      total = Q.add(total, part);
      t.step(`${y}-${String(m).padStart(2, "0")}: ${covered} of ${inSession} days in session covered → ${wholeMonths ? "1 (whole month)" : Q.toFixed(part, 4)} teaching month.`);
    }
    m++;
    if (m > 12) { m = 1; y++; }
  }
  return total;
}

/** C.12.1.c.vi.5: when recall rights expire, three years after layoff plus teaching months of temporary contracts. */
export function sd73RecallExpiry(input: Sd73RecallExpiryInput): Sd73RecallExpiryResult {
  const p = parseInput(
    z.strictObject({ layoffEffectiveDate: isoDay, temporaryContractsSinceLayoff: z.array(contract), protectedPeriods: z.array(dayRange).optional(), policies: sd73Policies.schema }),
    input,
    (f) => (f.startsWith("protected") ? "C.12.1.c.vii" : "C.12.1.c.vi.5"),
  );
  const pol = sd73Policies.resolve(p.policies);
  const t = new Trace().cite("C.12.1.c.vi.5").interpret("AMB-10", "AMB-21");
  const monthEnd = pol["AMB-21"] === "month-end";
  const base = addYears(p.layoffEffectiveDate, 3, monthEnd);
  t.step(`Three years from the date of layoff ${formatIsoDate(p.layoffEffectiveDate)}: ${formatIsoDate(base)}.`);
  t.step(sd73Policies.describe("AMB-10", pol["AMB-10"]) + ".");
  let months: Rational = Q.ZERO;
  for (const c of p.temporaryContractsSinceLayoff) {
    if (c.start < p.layoffEffectiveDate) throw new InputError("a temporary contract before the layoff does not extend recall", "temporaryContractsSinceLayoff.start", "C.12.1.c.vi.5");
    const m = c.teachingMonths !== undefined ? (Q.fromDecimal(c.teachingMonths) as Rational) : teachingMonths(c.start, c.end, pol["AMB-10"] !== "default", t);
    if (c.teachingMonths !== undefined) t.step(`Temporary contract ${formatIsoDate(c.start)} to ${formatIsoDate(c.end)}: ${c.teachingMonths} teaching month(s) as given.`);
    months = Q.add(months, m);
  }
  const whole = Number(Q.floor(months));
  const frac = Q.sub(months, Q.rat(whole));
  let expiry = addMonths(base, whole, monthEnd);
  if (Q.cmp(frac, Q.ZERO) > 0) {
    const { y, m } = civilFromDay(expiry);
    const next = m === 12 ? daysInMonth(y + 1, 1) : daysInMonth(y, m + 1);
    const extra = Number(Q.ceil(Q.mul(frac, Q.rat(next))));
    t.step(`Fraction ${Q.toFixed(frac, 4)} × ${next} days of the following month = ${Q.toFixed(Q.mul(frac, Q.rat(next)), 2)}, rounded up to ${extra} day(s) (AMB-10).`);
    expiry += extra;
  }
  if (whole || Q.cmp(frac, Q.ZERO) > 0) t.step(`Extended by ${Q.toFixed(months, 4)} teaching month(s): ${formatIsoDate(expiry)}.`);
  for (const pp of p.protectedPeriods ?? []) {
    const cap = addYears(pp.from, 2, monthEnd);
    const end = Math.min(pp.to, cap);
    t.cite("C.12.1.c.vii");
    if (pol["AMB-10"] === "default" && expiry >= pp.from && expiry <= end) {
      t.step(`The expiry falls in a protected period (university or medical leave) ${formatIsoDate(pp.from)} to ${formatIsoDate(end)}: moved to its end (C.12.1.c.vii, at most two years).`);
      expiry = end;
    }
  }
  const recallRightsExpire = formatIsoDate(expiry);
  t.step(`Recall rights expire on ${recallRightsExpire} unless recalled.`);
  return t.done({ baseExpiry: formatIsoDate(base), extensionTeachingMonths: Q.toFixed(months, 4), recallRightsExpire });
}

export interface Sd73RecallStatusInput {
  layoffEffectiveDate: IsoDate;
  asOf: IsoDate;
  /** Offers refused since layoff. */
  refusals?: { date: IsoDate; equalOrGreaterTime: boolean; changeOfCommunity: boolean; qualified: boolean }[];
  dismissedForCauseOn?: IsoDate;
  resignedOn?: IsoDate;
  electedSeveranceOn?: IsoDate;
  temporaryContractsSinceLayoff?: Sd73RecallExpiryInput["temporaryContractsSinceLayoff"];
  protectedPeriods?: { from: IsoDate; to: IsoDate }[];
  policies?: Sd73Policies;
}

export interface Sd73RecallStatusResult extends Explanation {
  active: boolean;
  lostOn: IsoDate | null;
  reason: "REFUSED_TWO_POSITIONS" | "DISMISSED_FOR_CAUSE" | "RESIGNED" | "ELECTED_SEVERANCE" | "EXPIRED" | null;
  recallRightsExpire: IsoDate;
  countedRefusals: number;
}

/** C.12.1.c.vi: are recall rights still alive on `asOf`, and if not, why and since when. */
export function sd73RecallStatus(input: Sd73RecallStatusInput): Sd73RecallStatusResult {
  const p = parseInput(
    z.strictObject({
      layoffEffectiveDate: isoDay, asOf: isoDay,
      refusals: z.array(z.strictObject({ date: isoDay, equalOrGreaterTime: z.boolean(), changeOfCommunity: z.boolean(), qualified: z.boolean() })).optional(),
      dismissedForCauseOn: isoDay.optional(), resignedOn: isoDay.optional(), electedSeveranceOn: isoDay.optional(),
      temporaryContractsSinceLayoff: z.array(contract).optional(), protectedPeriods: z.array(dayRange).optional(), policies: sd73Policies.schema,
    }),
    input,
    "C.12.1.c.vi",
  );
  const pol = sd73Policies.resolve(p.policies);
  const exp = sd73RecallExpiry({
    layoffEffectiveDate: input.layoffEffectiveDate,
    temporaryContractsSinceLayoff: input.temporaryContractsSinceLayoff ?? [],
    protectedPeriods: input.protectedPeriods,
    policies: input.policies,
  });
  const t = new Trace().cite("C.12.1.c.vi").interpret(...exp.interpretations);
  const events: { day: DayNumber; reason: Exclude<Sd73RecallStatusResult["reason"], null>; text: string }[] = [];
  const isProtected = (d: DayNumber) => pol["AMB-10"] === "default" && (p.protectedPeriods ?? []).some((pp) => d >= pp.from && d <= Math.min(pp.to, addYears(pp.from, 2, true)));
  let counted = 0;
  for (const r of [...(p.refusals ?? [])].sort((a, b) => a.date - b.date)) {
    const counts = r.equalOrGreaterTime && !r.changeOfCommunity && r.qualified && !isProtected(r.date);
    t.step(`Refusal on ${formatIsoDate(r.date)}: ${counts ? "counts" : "does not count (not of equal or greater time, needs a change of community, not qualified, or in a protected period)"}.`);
    if (counts && ++counted === 2) events.push({ day: r.date, reason: "REFUSED_TWO_POSITIONS", text: "second refusal of a qualifying position (C.12.1.c.vi.1)" });
  }
  if (p.dismissedForCauseOn !== undefined) events.push({ day: p.dismissedForCauseOn, reason: "DISMISSED_FOR_CAUSE", text: "dismissed for cause (C.12.1.c.vi.2)" });
  if (p.resignedOn !== undefined) events.push({ day: p.resignedOn, reason: "RESIGNED", text: "resigned (C.12.1.c.vi.3)" });
  if (p.electedSeveranceOn !== undefined) events.push({ day: p.electedSeveranceOn, reason: "ELECTED_SEVERANCE", text: "elected severance pay (C.12.1.c.vi.4)" });
  // rights end after the last day of the period
  const expiry = (tryParseIsoDate(exp.recallRightsExpire) as DayNumber) + 1;
  events.push({ day: expiry, reason: "EXPIRED", text: `three-year period ended on ${exp.recallRightsExpire} (C.12.1.c.vi.5)` });
  events.sort((a, b) => a.day - b.day);
  const lost = events.find((e) => e.day <= p.asOf) ?? null;
  for (const s of exp.steps) t.step(s);
  t.step(lost ? `Recall rights lost on ${formatIsoDate(lost.day)}: ${lost.text}.` : `Recall rights are active on ${formatIsoDate(p.asOf)}.`);
  return t.done({ active: !lost, lostOn: lost ? formatIsoDate(lost.day) : null, reason: lost?.reason ?? null, recallRightsExpire: exp.recallRightsExpire, countedRefusals: counted });
}
