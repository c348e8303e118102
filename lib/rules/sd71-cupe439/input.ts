// SD71 input schemas on top of core/validate: hours as whole minutes, percentages as
// exact decimals, clock times. Parsing throws an InputError naming field and article.
import { z } from "zod";
import { tryParseIsoDate, type DayNumber } from "../core/date";
import { fromDecimal, type Rational } from "../core/rational";
export { parseInput, isoDay } from "../core/validate";

export const isoDate = z.string().refine((s) => tryParseIsoDate(s) !== null, "must be a calendar date YYYY-MM-DD");
export const cents = z.number().int().nonnegative().max(100_000_000);
export const positiveCents = z.number().int().positive().max(100_000_000);
/** Hours as a finite, non-negative number of whole minutes (7.5, 0.25, 1.75). */
export const hours = z
  .number()
  .finite()
  .nonnegative()
  .max(24 * 7)
  .refine((h) => Math.abs(h * 60 - Math.round(h * 60)) < 1e-9, "must be a whole number of minutes");
/** A percentage as a decimal string or number ("6.6667", 0.5). */
export const percent = z.union([z.string(), z.number()]).refine((p) => {
  const r = fromDecimal(p);
  return r !== null && r.n >= 0n;
}, "must be a non-negative decimal percentage");
/** A 24-hour clock time "HH:MM". */
export const clock = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, "must be a time HH:MM");

export const day = (s: string): DayNumber => tryParseIsoDate(s) as DayNumber;
export const minutesOf = (h: number): number => Math.round(h * 60);
export const pct = (p: string | number): Rational => fromDecimal(p) as Rational;

/** "7.5" / "7" for steps text. */
export function fmtHours(minutes: number): string {
  const h = minutes / 60;
  return Number.isInteger(h) ? String(h) : String(Math.round(h * 10000) / 10000);
}

/**
 * Hot-path validation: `fast` accepts only inputs the zod schema accepts (and returns the
 * same parsed value) or returns null; anything it does not accept goes through zod, which
 * either parses it or throws the InputError. zod stays the definition of valid input.
 */
export function parseHot<T>(schema: z.ZodType<T>, raw: unknown, article: string | ((f: string) => string), fast: (raw: unknown) => T | null): T {
  const v = fast(raw);
  return v !== null ? v : (parseInputCore(schema, raw, article) as T);
}
import { parseInput as parseInputCore } from "../core/validate";

const isPlain = (x: unknown): x is Record<string, unknown> => typeof x === "object" && x !== null && !Array.isArray(x) && Object.getPrototypeOf(x) === Object.prototype;
/** A plain object whose keys are all in `allowed`. */
export function plainWithKeys(x: unknown, allowed: ReadonlySet<string>): x is Record<string, unknown> {
  if (!isPlain(x)) return false;
  for (const k in x) if (!allowed.has(k)) return false;
  return true;
}
export const fastHours = (h: unknown): h is number =>
  typeof h === "number" && Number.isFinite(h) && h >= 0 && h <= 168 && Math.abs(h * 60 - Math.round(h * 60)) < 1e-9;
export const fastCents = (c: unknown): c is number => typeof c === "number" && Number.isInteger(c) && c > 0 && c <= 100_000_000;

/** tryParseIsoDate memoized for hot paths (bounded; the same few dates recur in a pay run). */
const dateMemo = new Map<string, number | null>();
export function fastDay(s: unknown): number | null {
  if (typeof s !== "string") return null;
  let v = dateMemo.get(s);
  if (v === undefined) {
    if (dateMemo.size > 20_000) dateMemo.clear();
    v = tryParseIsoDate(s);
    dateMemo.set(s, v);
  }
  return v;
}
