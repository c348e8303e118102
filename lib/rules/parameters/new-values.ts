/**
 * New dated values for a series: a general wage increase (GWI) applied to the previous value, or a
 * value typed/uploaded in the agreement's own table shape, validated like the built-in data and
 * compared cell by cell with the previous value for the preview.
 */
import { InputError, Q, type Rational } from "@/lib/rules/core";
import type { Grid } from "@/lib/rules/sd73-teachers/parameters/salary-grids";
import type { SeriesKind } from "./registry";

export const GWI_ROUNDING: Record<Exclude<SeriesKind, "other">, string> = {
  grid: "each payable cell × (1 + p/100), rounded half up to the whole dollar (Appendix A prints whole dollars); blank and \"$ -\" cells stay as printed",
  cents: "the rate × (1 + p/100), rounded half up to the cent",
  "in-lieu": "the full-day amount and the minimum × (1 + p/100), each rounded half up to the cent",
};

/** A percentage as typed ("3", "2.5", "-1" refused): exact, at most 4 decimals, more than 0 and at most 25. */
export function parsePercent(text: string): Rational {
  const t = text.trim();
  const q = /^\d{1,2}(\.\d{1,4})?$/.test(t) ? Q.fromDecimal(t) : null;
  if (!q || Q.cmp(q, Q.ZERO) <= 0 || Q.cmp(q, Q.rat(25)) > 0) throw new InputError("the increase must be a percentage more than 0 and at most 25 (e.g. 3 or 2.5)", "percent", "B.1.1");
  return q;
}

const up = (x: number, pct: Rational) => Number(Q.roundHalfUp(Q.mul(Q.rat(x), Q.add(Q.ONE, Q.div(pct, Q.rat(100))))));

/** GWI on a grid: every payable cell increased and rounded half up to the dollar; the shape is unchanged. */
export function gwiGrid(prev: Grid, pct: Rational, key: string): Grid {
  return { key, rows: prev.rows.map((r) => r.map((c) => (typeof c === "number" ? up(c, pct) : c))) };
}

/** GWI on a value of the given kind (cents, in-lieu pair or grid). */
export function gwiValue(kind: Exclude<SeriesKind, "other">, prev: unknown, pct: Rational, key: string): unknown {
  if (kind === "grid") return gwiGrid(prev as Grid, pct, key);
  if (kind === "cents") return up(prev as number, pct);
  const p = prev as { fullDay: number; minimum: number };
  return { fullDay: up(p.fullDay, pct), minimum: up(p.minimum, pct) };
}

/**
 * A new grid must keep the agreement's shape: the same blank (B.1.5 step 0) and "$ -" cells as the
 * grid it follows, a positive whole-dollar amount in every other cell.
 */
export function checkGridShape(prev: Grid, next: Grid): string[] {
  const errors: string[] = [];
  next.rows.forEach((row, s) =>
    row.forEach((c, i) => {
      const was = prev.rows[s]?.[i];
      const where = `Step ${s}, ${["Category 4", "Category 5", "Category 5+", "Category 6"][i]}`;
      if (typeof was === "number" && typeof c !== "number") errors.push(`${where}: an amount is required (the previous grid pays ${was})`);
      else if (typeof was !== "number" && c !== was) errors.push(`${where}: must stay ${was === null ? "blank" : '"-"'} as in Appendix A`);
      else if (typeof c === "number" && !(Number.isInteger(c) && c > 0)) errors.push(`${where}: must be a positive whole-dollar amount`);
    }),
  );
  return errors;
}

export interface PreviewRow { label: string; before: string; after: string; change: string }

const pctChange = (a: number, b: number) => `${Q.toFixed(Q.div(Q.rat((b - a) * 100), Q.rat(a)), 2)}%`;
const money = (c: number) => (c / 100).toFixed(2);

/** Before/after rows of a new value against the previous one, for the preview table. */
export function previewRows(kind: Exclude<SeriesKind, "other">, prev: unknown, next: unknown): PreviewRow[] {
  if (kind === "grid") {
    const a = prev as Grid, b = next as Grid;
    const out: PreviewRow[] = [];
    b.rows.forEach((r, s) =>
      r.forEach((c, i) => {
        const p = a.rows[s]?.[i];
        if (typeof c !== "number" || typeof p !== "number") return;
        out.push({ label: `Step ${s}, Category ${["4", "5", "5+", "6"][i]}`, before: `$${p}`, after: `$${c}`, change: pctChange(p, c) });
      }),
    );
    return out;
  }
  if (kind === "cents") return [{ label: "Rate", before: `$${money(prev as number)}`, after: `$${money(next as number)}`, change: pctChange(prev as number, next as number) }];
  const a = prev as { fullDay: number; minimum: number }, b = next as { fullDay: number; minimum: number };
  return [
    { label: "Full day", before: `$${money(a.fullDay)}`, after: `$${money(b.fullDay)}`, change: pctChange(a.fullDay, b.fullDay) },
    { label: "Minimum", before: `$${money(a.minimum)}`, after: `$${money(b.minimum)}`, change: pctChange(a.minimum, b.minimum) },
  ];
}
