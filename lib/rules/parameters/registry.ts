/**
 * Every dated series the rules use, by agreement, for the parameters page (DESIGN decision 6).
 * `editable` series take district-entered values (they are threaded into the rule functions);
 * the others are listed with their built-in values, coverage end and continuation clause.
 */
import type { z } from "zod";
import type { Series } from "@/lib/rules/core";
import { salaryGrids, gridSchema, GRID_SERIES_ID, type Grid } from "@/lib/rules/sd73-teachers/parameters/salary-grids";
import { centsSchema, inLieuOfBenefits, inLieuFourDayWeek, inLieuSchema, noncertDailyRate, TTOC_RATE_SERIES_ID } from "@/lib/rules/sd73-teachers/parameters/ttoc-rates";
import { appendixB, mileageRate } from "@/lib/rules/sd73-teachers/allowances";
import { ALLOWANCES } from "@/lib/rules/sd71-cupe439/allowances";

export type SeriesKind = "grid" | "cents" | "in-lieu" | "other";
export interface SeriesEntry {
  id: string;
  agreement: "sd73-teachers" | "sd71-cupe439";
  group: string;
  kind: SeriesKind;
  series: Series<unknown>;
  schema?: z.ZodType<unknown>;
  editable: boolean;
}

const e = (x: Omit<SeriesEntry, "series" | "schema"> & { series: Series<never> | Series<unknown>; schema?: z.ZodType<never> | z.ZodType<unknown> }) => x as SeriesEntry;

export const SERIES: SeriesEntry[] = [
  e({ id: GRID_SERIES_ID.kamloops, agreement: "sd73-teachers", group: "Salary grids (Appendix A)", kind: "grid", series: salaryGrids.kamloops, schema: gridSchema, editable: true }),
  e({ id: GRID_SERIES_ID["north-thompson"], agreement: "sd73-teachers", group: "Salary grids (Appendix A)", kind: "grid", series: salaryGrids["north-thompson"], schema: gridSchema, editable: true }),
  e({ id: TTOC_RATE_SERIES_ID.noncert, agreement: "sd73-teachers", group: "TTOC rates (B.2)", kind: "cents", series: noncertDailyRate, schema: centsSchema, editable: true }),
  e({ id: TTOC_RATE_SERIES_ID.inLieu, agreement: "sd73-teachers", group: "TTOC rates (B.2)", kind: "in-lieu", series: inLieuOfBenefits, schema: inLieuSchema, editable: true }),
  e({ id: TTOC_RATE_SERIES_ID.inLieuFourDay, agreement: "sd73-teachers", group: "TTOC rates (B.2)", kind: "in-lieu", series: inLieuFourDayWeek, schema: inLieuSchema, editable: true }),
  e({ id: "sd73.b10-1.mileage", agreement: "sd73-teachers", group: "Mileage (B.10)", kind: "other", series: mileageRate, editable: false }),
  ...Object.entries(appendixB).map(([code, s]) =>
    e({ id: `sd73.appendix-b.${code}`, agreement: "sd73-teachers", group: "Allowances (Appendix B)", kind: "other", series: s, editable: false })),
  ...Object.entries(ALLOWANCES).map(([k, s]) =>
    e({ id: `sd71.${k}`, agreement: "sd71-cupe439", group: "Premiums and allowances (Schedule C, 25, 28, 36)", kind: "other", series: s, editable: false })),
];

export const seriesById = (id: string): SeriesEntry | undefined => SERIES.find((s) => s.id === id);
export type { Grid };
