/** B.6.1: the Salary Indemnity Plan allowance rate, as a dated value with its citation. */
import { z } from "zod";
import { defineSeries } from "@/lib/rules/core";
import { CONTINUATION, TERM_END } from "./term";

/** B.6.1: "an allowance equal to 2.0% of salary earned in that month" (percent as printed). */
export const siaAllowancePercent = defineSeries(
  {
    name: "Salary Indemnity Plan allowance",
    article: "B.6.1",
    unit: "percent of salary earned in the month",
    coverageTo: TERM_END,
    continuation: CONTINUATION,
    values: [{ from: "2022-07-01", value: "2.0", cite: "B.6.1 (2.0% of salary earned in the month)" }],
  },
  z.string().regex(/^\d+(\.\d+)?$/),
);
