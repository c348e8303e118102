/**
 * Parameters a district adds at run time (DESIGN decision 6): dated values layered over a built-in
 * series. The merged series is validated by the same schema as the built-in data; an added value
 * dated after the term's end applies from its date without the continuation clause (it is the new
 * agreement's value), while days between the term's end and that date still continue the last
 * built-in value under the clause.
 */
import type { z } from "zod";
import { tryParseIsoDate, type DayNumber, type IsoDate } from "./date";
import { defineSeries, type DatedValue, type Lookup, type Series } from "./params";

export interface OverlayEntry<T> {
  /** The database row's id: identifies the value in caches and retro runs. */
  id: string;
  from: IsoDate;
  value: T;
  /** Names the value and its source: "KAM-2025 (MOA 2026-11-20, entered 2026-12-07 by Alex Admin)". */
  cite: string;
}

/** The overlays of one organisation, by series id, as passed into rule functions (optional argument). */
export interface ParameterSet {
  /** Changes whenever an overlay is added or withdrawn (part of memo keys). */
  readonly revision: string;
  series<T>(id: string, base: Series<T>): Series<T>;
}

export const EMPTY_PARAMETERS: ParameterSet = { revision: "", series: (_id, base) => base };

const FAR = "2199-12-31";

/** The built-in series with the overlay entries added (an entry on a built-in date replaces it). */
export function withOverlay<T>(base: Series<T>, entries: OverlayEntry<T>[], schema: z.ZodType<T>): Series<T> {
  if (!entries.length) return base;
  const dates = new Set(entries.map((e) => e.from));
  const values: DatedValue<T>[] = [
    ...base.def.values.filter((v) => !v.expected && !dates.has(v.from)),
    ...entries.map((e) => ({ from: e.from, value: e.value, cite: e.cite })),
  ].sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : 0));
  const baseEnd = tryParseIsoDate(base.def.coverageTo) as DayNumber;
  const extends_ = entries.some((e) => (tryParseIsoDate(e.from) as DayNumber) > baseEnd);
  const merged = defineSeries<T>({ ...base.def, coverageTo: extends_ ? FAR : base.def.coverageTo, values }, schema);
  if (!extends_) return merged;
  const cont = base.def.continuation;
  return {
    def: merged.def,
    entriesCovering: merged.entriesCovering,
    on(day: DayNumber, field: string): Lookup<T> {
      const l = merged.on(day, field);
      if (day > baseEnd && (tryParseIsoDate(l.from) as DayNumber) <= baseEnd) {
        if (!cont) return base.on(day, field); // refuses, naming the article
        return { ...l, to: base.def.coverageTo, continued: true, continuationArticle: cont.article };
      }
      return l;
    },
  };
}
