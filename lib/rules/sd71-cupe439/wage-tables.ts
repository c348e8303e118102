// Hourly Wage Schedule and Wage Increases and Trades Adjustment (Schedules "A", "B"),
// validated strictly at load: a misplaced key, a missing step or a table out of date
// order fails here rather than paying a wrong rate later.
import { z } from "zod";
import { gradeTablesData } from "./data/wage-grade-tables.data";
import { tradesTablesData, tradesTitlesData } from "./data/wage-trades-tables.data";

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const cents = z.number().int().positive();
const steps = z.array(cents).min(2).max(3);

const gradeTable = z.strictObject({
  effective: isoDate,
  gwiPercent: z.string().regex(/^\d+\.\d+$/),
  esdFootnote: z.boolean(),
  cite: z.string().min(1),
  steps: z.record(z.string().regex(/^(1[0-3]|[1-9])$/), steps),
});
const tradesTable = gradeTable.extend({
  steps: z.record(z.string().regex(/^B(1[0-3]|[89])$/), steps),
});

export type WageTable = z.infer<typeof gradeTable>;

function loadTables(raw: unknown, schema: typeof gradeTable | typeof tradesTable, what: string): WageTable[] {
  const tables = z.array(schema).min(1).parse(raw);
  for (let i = 1; i < tables.length; i++) {
    if (tables[i].effective <= tables[i - 1].effective) throw new Error(`${what}: tables out of date order at ${tables[i].effective}`);
    const prevKeys = Object.keys(tables[i - 1].steps).sort().join();
    if (Object.keys(tables[i].steps).sort().join() !== prevKeys) throw new Error(`${what}: grades differ at ${tables[i].effective}`);
  }
  return tables;
}

/** Grade table, every printed effective date (Hourly Wage Schedule). */
export const GRADE_TABLES: readonly WageTable[] = loadTables(gradeTablesData, gradeTable, "grade table");
/** Trades table keyed by code, e.g. "B11" (Wage Increases and Trades Adjustment). */
export const TRADES_TABLES: readonly WageTable[] = loadTables(tradesTablesData, tradesTable, "trades table");
export const TRADES_TITLES: Readonly<Record<string, readonly string[]>> = z
  .record(z.string(), z.array(z.string()).min(1))
  .parse(tradesTitlesData);

/** First day a printed rate applies, and the last day of the agreement's term (38.01). */
export const WAGE_COVERAGE_START = GRADE_TABLES[0].effective;
export const TERM_START = "2014-07-01";
export const TERM_END = "2019-06-30";
