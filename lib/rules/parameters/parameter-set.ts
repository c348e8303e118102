/**
 * Builds the ParameterSet passed to rule functions from district-entered rows (already loaded by
 * the DAL). Each row is validated with its series' own schema, exactly as the built-in data is.
 */
import { ParameterError, withOverlay, type OverlayEntry, type ParameterSet, type Series } from "@/lib/rules/core";
import { seriesById } from "./registry";

export interface OverlayRow {
  id: string;
  seriesId: string;
  effectiveDate: string;
  value: unknown;
  /** "MOA 2026-11-20, entered 2026-12-07 by Alex Admin" (results print it after the value's name) */
  cite: string;
}

export function buildParameterSet(rows: OverlayRow[]): ParameterSet {
  const bySeries = new Map<string, OverlayEntry<unknown>[]>();
  for (const r of rows) {
    const def = seriesById(r.seriesId);
    if (!def?.schema) throw new ParameterError(`unknown parameter series ${r.seriesId}`, "seriesId", "DESIGN 6");
    const v = def.schema.safeParse(r.value);
    if (!v.success) throw new ParameterError(`${r.seriesId} ${r.effectiveDate}: ${v.error.issues[0].message}`, "value", def.series.def.article);
    const list = bySeries.get(r.seriesId) ?? [];
    list.push({ id: r.id, from: r.effectiveDate, value: v.data, cite: r.cite });
    bySeries.set(r.seriesId, list);
  }
  const merged = new Map<string, Series<unknown>>();
  for (const [id, entries] of bySeries) {
    const def = seriesById(id)!;
    merged.set(id, withOverlay(def.series, entries, def.schema!));
  }
  const revision = rows.map((r) => r.id).sort().join(",");
  return {
    revision,
    series<T>(id: string, base: Series<T>): Series<T> {
      return (merged.get(id) as Series<T> | undefined) ?? base;
    },
  };
}
