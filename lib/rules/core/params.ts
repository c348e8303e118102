/**
 * Effective-dated parameters: each value keyed by the date it takes effect and
 * carrying its citation. Validated strictly at load (a misplaced key fails).
 * Lookups refuse dates before coverage (naming the article) and apply a
 * continuation clause after the term's end only when the data declares one.
 */
import { z } from "zod";
import { tryParseIsoDate, formatIsoDate, type DayNumber, type IsoDate } from "./date";
import { NotCoveredError, ParameterError } from "./errors";

export interface DatedValue<T> {
  /** First day the value applies. */
  from: IsoDate;
  /** The value; `null` ends the provision from this date. */
  value: T | null;
  /** Article (and source) of this value. */
  cite: string;
  /** Marks a known future change not yet in force (kept for display only). */
  expected?: boolean;
}

export interface SeriesDef<T> {
  name: string;
  /** Article governing the parameter as a whole (named in coverage errors). */
  article: string;
  unit?: string;
  /** Last day the agreement itself covers (e.g. the term's end, A.1.1). */
  coverageTo: IsoDate;
  /** Clause that keeps the last value in force after coverageTo (e.g. A.1.2). */
  continuation?: { article: string; note: string };
  values: DatedValue<T>[];
}

export interface Lookup<T> {
  value: T;
  cite: string;
  from: IsoDate;
  /** Last day of the value's own period (coverageTo for the last one). */
  to: IsoDate;
  /** True when the date is after coverageTo and the continuation clause applied. */
  continued: boolean;
  continuationArticle?: string;
}

export interface Series<T> {
  readonly def: SeriesDef<T>;
  /** The value in force on `day`, or throw NotCoveredError naming `field` and the article. */
  on(day: DayNumber, field: string): Lookup<T>;
  /** Every entry whose period covers `day` (for coverage tests: always exactly one). */
  entriesCovering(day: DayNumber): DatedValue<T>[];
}

const isoString = z.string().refine((s) => tryParseIsoDate(s) !== null, { message: "not a YYYY-MM-DD date" });

/** Define and validate a series; `valueSchema` should be strict for object values. */
export function defineSeries<T>(def: SeriesDef<T>, valueSchema: z.ZodType<T>): Series<T> {
  const entrySchema = z.strictObject({
    from: isoString,
    value: valueSchema.nullable(),
    cite: z.string().min(1),
    expected: z.boolean().optional(),
  });
  const defSchema = z.strictObject({
    name: z.string().min(1),
    article: z.string().min(1),
    unit: z.string().optional(),
    coverageTo: isoString,
    continuation: z.strictObject({ article: z.string().min(1), note: z.string().min(1) }).optional(),
    values: z.array(entrySchema).min(1),
  });
  const parsed = defSchema.safeParse(def);
  if (!parsed.success) {
    const i = parsed.error.issues[0];
    throw new ParameterError(`${def.name}: ${i.message}`, i.path.map(String).join("."), def.article);
  }
  const entries = parsed.data.values.filter((v) => !v.expected) as DatedValue<T>[];
  const froms = entries.map((v) => tryParseIsoDate(v.from) as DayNumber);
  for (let i = 1; i < froms.length; i++)
    if (froms[i] <= froms[i - 1]) throw new ParameterError(`${def.name}: dates not ascending at ${entries[i].from}`, `values.${i}.from`, def.article);
  const coverageTo = tryParseIsoDate(def.coverageTo) as DayNumber;
  const tos = froms.map((_, i) => (i + 1 < froms.length ? froms[i + 1] - 1 : coverageTo));
  const lookups: (Lookup<T> | null)[] = entries.map((e, i) =>
    e.value === null ? null : { value: e.value, cite: e.cite, from: e.from, to: formatIsoDate(tos[i]), continued: false },
  );
  const last = lookups[lookups.length - 1];
  const continued: Lookup<T> | null =
    def.continuation && last ? { ...last, continued: true, continuationArticle: def.continuation.article } : null;

  return {
    def,
    on(day, field) {
      if (day < froms[0])
        throw new NotCoveredError(`${def.name} is not defined before ${entries[0].from}`, field, def.article);
      if (day > coverageTo) {
        if (continued) return continued;
        throw new NotCoveredError(`${def.name} is not defined after ${def.coverageTo}`, field, def.article);
      }
      for (let i = froms.length - 1; i >= 0; i--) {
        if (day >= froms[i]) {
          const l = lookups[i];
          if (!l) throw new NotCoveredError(`${def.name} ended on ${entries[i].from}`, field, entries[i].cite);
          return l;
        }
      }
      /* c8 ignore next */
      throw new NotCoveredError(`${def.name} has no value`, field, def.article);
    },
    entriesCovering(day) {
      const out: DatedValue<T>[] = [];
      for (let i = 0; i < froms.length; i++) {
        const end = i === froms.length - 1 && continued ? Infinity : tos[i];
        if (day >= froms[i] && day <= end && entries[i].value !== null) out.push(entries[i]);
      }
      return out;
    },
  };
}
