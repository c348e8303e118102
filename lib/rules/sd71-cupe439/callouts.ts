// 19.01(a) callouts, 19.01(b) phone calls (1.01 definition of callout). Times are
// "HH:MM" on one day or "YYYY-MM-DDTHH:MM"; an end before its start is the next day.
import { z } from "zod";
import { tryParseIsoDate } from "../core/date";
import { InputError } from "../core/errors";
import { Trace, type Explanation } from "../core/explain";
import { formatCents } from "../core/money";
import { divRoundHalfUp } from "../core/int-round";
import { parseInput, parseHot, plainWithKeys, fastCents, positiveCents, fmtHours } from "./input";
import { SD71_POLICIES } from "./interpretations";

const TIME_RE = /^(?:(\d{4}-\d{2}-\d{2})T)?([01]\d|2[0-3]):([0-5]\d)$/;
const time = z.string().regex(TIME_RE, "must be HH:MM or YYYY-MM-DDTHH:MM").refine((s) => {
  const m = TIME_RE.exec(s);
  return !m?.[1] || tryParseIsoDate(m[1]) !== null;
}, "must be a calendar date");

/** Minutes on a common axis: days since 1970 × 1440 + minutes of the day (day 0 if time only). */
function toMinutes(s: string): number {
  const m = TIME_RE.exec(s)!;
  const day = m[1] ? (tryParseIsoDate(m[1]) as number) : 0;
  return day * 1440 + Number(m[2]) * 60 + Number(m[3]);
}
/** Place a time-only value on the axis of a reference point (same day, or the next if earlier). */
function after(ref: number, s: string, dated: boolean): number {
  const v = toMinutes(s);
  if (dated && TIME_RE.exec(s)![1]) return v;
  const dayBase = Math.floor(ref / 1440) * 1440;
  let x = dayBase + (v % 1440);
  if (x < ref) x += 1440;
  return x;
}

const calloutInput = z.strictObject({
  rateCents: positiveCents,
  callouts: z.array(z.strictObject({ received: time, start: time, end: time, location: z.string().min(1) })).min(1).max(50),
  policies: SD71_POLICIES.schema.optional(),
});
export type Sd71CalloutInput = z.input<typeof calloutInput>;
export interface Sd71CalloutResult extends Explanation {
  totalCents: number;
  groups: { callouts: number[]; location: string; paidHours: number; multiplier: 2; cents: number }[];
}

const calloutArticle = (f: string) => (f.startsWith("policies") ? "register §14" : "19.01(a)");
const CO_KEYS = new Set(["rateCents", "callouts", "policies"]);
const ITEM_KEYS = new Set(["received", "start", "end", "location"]);
const timeMemo = new Map<string, boolean>();
function okTime(s: unknown): boolean {
  if (typeof s !== "string") return false;
  let v = timeMemo.get(s);
  if (v === undefined) {
    if (timeMemo.size > 20_000) timeMemo.clear();
    v = time.safeParse(s).success;
    timeMemo.set(s, v);
  }
  return v;
}
/** The common valid shape without zod (no policies); null sends it to zod. */
function fastCallouts(raw: unknown): z.output<typeof calloutInput> | null {
  if (!plainWithKeys(raw, CO_KEYS) || raw.policies !== undefined || !fastCents(raw.rateCents)) return null;
  const list = raw.callouts;
  if (!Array.isArray(list) || list.length < 1 || list.length > 50) return null;
  for (const c of list)
    if (!plainWithKeys(c, ITEM_KEYS) || !okTime(c.received) || !okTime(c.start) || !okTime(c.end) || typeof c.location !== "string" || c.location.length < 1) return null;
  return raw as z.output<typeof calloutInput>;
}

/** 19.01(a): minimum 2 hours' pay, all at 2×; callouts received at the same location within two hours of the initial one are one callout. */
export function sd71CalloutPay(raw: Sd71CalloutInput): Sd71CalloutResult {
  const i = parseHot(calloutInput, raw, calloutArticle, fastCallouts);
  const pol = i.policies === undefined ? SD71_POLICIES.defaults : SD71_POLICIES.resolve(i.policies);
  const t = new Trace().cite("19.01(a)", "1.01").interpret("A9");
  const items = i.callouts.map((c, k) => {
    const received = toMinutes(c.received);
    const start = after(received, c.start, true);
    const end = after(start, c.end, true);
    if (end <= start) throw new InputError("end must be after start", `callouts.${k}.end`, "19.01(a)");
    return { k, received, start, end, location: c.location };
  }).sort((a, b) => a.received - b.received);
  const groups: Sd71CalloutResult["groups"] = [];
  let total = 0;
  const used = new Set<number>();
  for (const first of items) {
    if (used.has(first.k)) continue;
    const members = items.filter((c) => !used.has(c.k) && c.location === first.location && c.received - first.received <= 120);
    for (const m of members) used.add(m.k);
    const worked = pol.A9 === "doubleSum"
      ? members.reduce((s, c) => s + c.end - c.start, 0)
      : Math.max(...members.map((c) => c.end)) - Math.min(...members.map((c) => c.start));
    let cents: number, paid: number;
    if (pol.A9 === "straightElapsed") {
      paid = Math.max(worked, 120);
      cents = Math.max(divRoundHalfUp(i.rateCents * worked * 2, 60), divRoundHalfUp(i.rateCents * 120, 60));
    } else {
      paid = Math.max(worked, 120);
      cents = divRoundHalfUp(i.rateCents * paid * 2, 60);
    }
    total += cents;
    groups.push({ callouts: members.map((m) => m.k), location: first.location, paidHours: paid / 60, multiplier: 2, cents });
    const merged = members.length > 1 ? ` (${members.length} callouts received within two hours at ${first.location}, paid as one)` : "";
    t.step(`Callout at ${first.location}${merged}: ${fmtHours(worked)} h worked, paid ${fmtHours(paid)} h × 2 × ${formatCents(i.rateCents)} = ${formatCents(cents)}${worked < 120 ? " (2-hour minimum)" : ""}.`);
  }
  t.step(`Total callout pay: ${formatCents(total)}.`);
  return t.done({ totalCents: total, groups });
}

const callInput = z.strictObject({
  rateCents: positiveCents,
  calls: z.array(z.strictObject({ start: time, durationMin: z.number().int().positive().max(1440), matter: z.string().min(1) })).min(1).max(50),
  policies: SD71_POLICIES.schema.optional(),
});
export type Sd71PhoneCallInput = z.input<typeof callInput>;
export interface Sd71PhoneCallResult extends Explanation {
  totalCents: number;
  paidCalls: { calls: number[]; paidHours: number; cents: number }[];
}

/** 19.01(b): the greater of 0.5 h or the call at the regular rate; a second call on the same matter within 0.5 h is part of the first unless the total exceeds 0.5 h (A34). */
export function sd71PhoneCallPay(raw: Sd71PhoneCallInput): Sd71PhoneCallResult {
  const i = parseInput(callInput, raw, (f) => (f.startsWith("policies") ? "register §14" : "19.01(b)"));
  const pol = SD71_POLICIES.resolve(i.policies);
  const t = new Trace().cite("19.01(b)");
  const calls = i.calls.map((c, k) => ({ k, start: toMinutes(c.start), dur: c.durationMin, matter: c.matter })).sort((a, b) => a.start - b.start);
  const groups: { first: number; matter: string; members: typeof calls }[] = [];
  for (const c of calls) {
    const g = groups.find((x) => x.matter === c.matter && c.start - x.first <= 30 && x.members.length >= 1);
    const total = g ? g.members.reduce((s, m) => s + m.dur, 0) + c.dur : 0;
    if (g && (total <= 30 || pol.A34 === "combineActual")) {
      if (total > 30) t.interpret("A34");
      g.members.push(c);
    } else {
      if (g) t.interpret("A34");
      groups.push({ first: c.start, matter: c.matter, members: [c] });
    }
  }
  let totalCents = 0;
  const paidCalls = groups.map((g) => {
    const dur = g.members.reduce((s, m) => s + m.dur, 0);
    const paid = Math.max(30, dur);
    const cents = divRoundHalfUp(i.rateCents * paid, 60);
    totalCents += cents;
    t.step(`${g.members.length > 1 ? `${g.members.length} calls on "${g.matter}" within 0.5 h (${dur} min) as one call` : `Call on "${g.matter}" (${dur} min)`}: paid ${fmtHours(paid)} h × ${formatCents(i.rateCents)} = ${formatCents(cents)}.`);
    return { calls: g.members.map((m) => m.k), paidHours: paid / 60, cents };
  });
  t.step(`Total phone-call pay: ${formatCents(totalCents)}.`);
  return t.done({ totalCents, paidCalls });
}
