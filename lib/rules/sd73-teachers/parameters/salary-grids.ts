/**
 * Appendix A grids as effective-dated parameters (grid by date worked, July 1 – June 30),
 * and the cell lookup that refuses blank and "$ -" cells.
 */
import { z } from "zod";
import { defineSeries, InputError, type DayNumber, type Lookup, type ParameterSet } from "@/lib/rules/core";
import { kam2022, kam2023, kam2024, nt2022, nt2023, nt2024, type GridRows } from "./salary-grid-cells";
import { TERM_END, CONTINUATION } from "./term";

export const CATEGORIES = ["4", "5", "5+", "6"] as const;
export type Category = (typeof CATEGORIES)[number];
export const GRID_REGIONS = ["kamloops", "north-thompson"] as const;
export type GridRegion = (typeof GRID_REGIONS)[number];

export interface Grid {
  key: string;
  rows: GridRows;
}

const cell = z.union([z.number().int().positive(), z.literal("-"), z.null()]);
export const gridSchema = z.strictObject({ key: z.string(), rows: z.array(z.array(cell).length(4)).length(11) });

export const salaryGrids: Record<GridRegion, ReturnType<typeof defineSeries<Grid>>> = {
  kamloops: defineSeries<Grid>(
    {
      name: "Kamloops Teachers Salary Grid",
      article: "Appendix A",
      unit: "dollars per year",
      coverageTo: TERM_END,
      continuation: CONTINUATION,
      values: [
        { from: "2022-07-01", value: { key: "KAM-2022", rows: kam2022 }, cite: "Appendix A (Kamloops, July 1, 2022 – June 30, 2023)" },
        { from: "2023-07-01", value: { key: "KAM-2023", rows: kam2023 }, cite: "Appendix A (Kamloops, July 1, 2023 – June 30, 2024)" },
        { from: "2024-07-01", value: { key: "KAM-2024", rows: kam2024 }, cite: "Appendix A (Kamloops, July 1, 2024 – June 30, 2025)" },
      ],
    },
    gridSchema,
  ),
  "north-thompson": defineSeries<Grid>(
    {
      name: "North Thompson (Clearwater) Salary Grid",
      article: "Appendix A, MOA 10 ¶3(h)(vii)",
      unit: "dollars per year",
      coverageTo: TERM_END,
      continuation: CONTINUATION,
      values: [
        { from: "2022-07-01", value: { key: "NT-2022", rows: nt2022 }, cite: "Appendix A (North Thompson, July 1, 2022 – June 30, 2023)" },
        { from: "2023-07-01", value: { key: "NT-2023", rows: nt2023 }, cite: "Appendix A (North Thompson, July 1, 2023 – June 30, 2024)" },
        { from: "2024-07-01", value: { key: "NT-2024", rows: nt2024 }, cite: "Appendix A (North Thompson, July 1, 2024 – June 30, 2025)" },
      ],
    },
    gridSchema,
  ),
};

export const categoryIndex = (c: Category): number => CATEGORIES.indexOf(c);

/** Series ids of the grids in a ParameterSet (district-entered values, DESIGN decision 6). */
export const GRID_SERIES_ID: Record<GridRegion, string> = { kamloops: "sd73.appendix-a.kamloops", "north-thompson": "sd73.appendix-a.north-thompson" };

/** The grid in force on `day` (A.1.2 continuation after the term), with any district-entered grids. */
export function gridOn(region: GridRegion, day: DayNumber, field = "date", params?: ParameterSet): Lookup<Grid> {
  const s = params ? params.series(GRID_SERIES_ID[region], salaryGrids[region]) : salaryGrids[region];
  return s.on(day, field);
}

/** The payable annual salary (whole dollars) of a cell, refusing blank and "$ -" cells. */
export function cellDollars(grid: Grid, category: Category, step: number, field = "step"): number {
  const v = grid.rows[step]?.[categoryIndex(category)];
  if (typeof v !== "number")
    throw new InputError(
      `${grid.key} has no rate for Category ${category} Step ${step} (${v === null ? "blank" : 'printed "$ -"'})`,
      field,
      step === 0 ? "Appendix A, B.1.5" : "Appendix A",
    );
  return v;
}

/** Highest payable step of a category on a grid (Kamloops Cat 4 → 7; Cat 5/5+/6 → 8). */
export function maxStep(grid: Grid, category: Category): number {
  const ci = categoryIndex(category);
  for (let s = grid.rows.length - 1; s >= 0; s--) if (typeof grid.rows[s][ci] === "number") return s;
  return 0;
}
/** Lowest payable step of a category on a grid (Kamloops 1; North Thompson 3, or 8 for Cat 4). */
export function minStep(grid: Grid, category: Category): number {
  const ci = categoryIndex(category);
  for (let s = 0; s < grid.rows.length; s++) if (typeof grid.rows[s][ci] === "number") return s;
  return 0;
}
