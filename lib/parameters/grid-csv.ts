/**
 * An Appendix A grid as CSV, in the agreement's own table shape: one row per step (0–10), one column
 * per category. Amounts in whole dollars ("$60,510" or "60510"); "-" where the grid prints "$ -";
 * an empty cell where it is blank (step 0, B.1.5).
 */
import { parseCsv } from "@/lib/csv";
import type { Grid } from "@/lib/rules/sd73-teachers/parameters/salary-grids";

export const GRID_CSV_HEADER = ["Step", "Category 4", "Category 5", "Category 5+", "Category 6"];

export function gridToCsv(g: Grid): string {
  const rows = g.rows.map((r, s) => [String(s), ...r.map((c) => (c === null ? "" : String(c)))].join(","));
  return [GRID_CSV_HEADER.join(","), ...rows].join("\n") + "\n";
}

/** Parse a grid CSV; errors name the row and column. */
export function gridFromCsv(text: string, key: string): { grid?: Grid; errors: string[] } {
  const rows = parseCsv(text).filter((r) => r.some((c) => c.trim() !== ""));
  const errors: string[] = [];
  const head = rows.shift()?.map((c) => c.trim());
  if (!head || head.join(",") !== GRID_CSV_HEADER.join(",")) return { errors: [`the first row must be: ${GRID_CSV_HEADER.join(",")}`] };
  if (rows.length !== 11) return { errors: [`the grid has steps 0 to 10: 11 rows expected, ${rows.length} found`] };
  const out: Grid["rows"] = [];
  rows.forEach((r, i) => {
    if (r[0]?.trim() !== String(i)) errors.push(`row ${i + 2}: the first column must be step ${i}`);
    if (r.length !== 5) errors.push(`row ${i + 2}: 5 columns expected, ${r.length} found`);
    out.push(r.slice(1, 5).map((c, j) => {
      const t = c.trim().replace(/^\$\s*/, "");
      if (t === "") return null;
      if (t === "-") return "-";
      const n = /^\d{1,3}(,\d{3})*$|^\d+$/.test(t) ? Number(t.replace(/,/g, "")) : NaN;
      if (!Number.isInteger(n) || n <= 0) errors.push(`row ${i + 2}, ${GRID_CSV_HEADER[j + 1]}: "${c}" is not a positive whole-dollar amount, "-" or blank`);
      return n;
    }));
  });
  return errors.length ? { errors } : { grid: { key, rows: out }, errors };
}
