/** TTOC rates other than the grid: B.2.8 substitutes, B.2.5 in lieu, LOU 42 in lieu. */
import { z } from "zod";
import { defineSeries } from "@/lib/rules/core";
import { CONTINUATION, TERM_END } from "./term";

export const centsSchema = z.number().int().nonnegative();
const cents = centsSchema;

/** B.2.8: "Non-certificated Teachers Teaching on Call (substitutes) shall be paid a daily rate". */
export const noncertDailyRate = defineSeries(
  {
    name: "Non-certificated substitute daily rate",
    article: "B.2.8",
    unit: "cents per day",
    coverageTo: TERM_END,
    continuation: CONTINUATION,
    values: [
      { from: "2022-07-01", value: 14228, cite: "B.2.8 (effective July 1, 2022: $142.28)" },
      { from: "2023-07-01", value: 15188, cite: "B.2.8 (effective July 1, 2023: $151.88)" },
      { from: "2024-07-01", value: 15643, cite: "B.2.8 (effective July 1, 2024: $156.43)" },
    ],
  },
  cents,
);

export const inLieuSchema = z.strictObject({ fullDay: cents, minimum: cents });

/** B.2.5: "$11 over daily rate in lieu of benefits … prorated … in no case … less than $5.50". */
export const inLieuOfBenefits = defineSeries(
  {
    name: "TTOC payment in lieu of benefits",
    article: "B.2.5",
    unit: "cents per day",
    coverageTo: TERM_END,
    continuation: CONTINUATION,
    values: [{ from: "2022-07-01", value: { fullDay: 1100, minimum: 550 }, cite: "B.2.5" }],
  },
  inLieuSchema,
);

/** LOU 42 ¶1.a: four-day-week positions "$13.75 ($11.00 × 125%)"; the $5.50 floor is not restated (kept, spec §3.3). */
export const inLieuFourDayWeek = defineSeries(
  {
    name: "TTOC payment in lieu of benefits, four-day-week positions",
    article: "LOU 42 ¶1.a",
    unit: "cents per day",
    coverageTo: TERM_END,
    continuation: CONTINUATION,
    values: [{ from: "2022-07-01", value: { fullDay: 1375, minimum: 550 }, cite: "LOU 42 ¶1.a" }],
  },
  inLieuSchema,
);

/** Series ids of these rates in a ParameterSet (district-entered values, DESIGN decision 6). */
export const TTOC_RATE_SERIES_ID = { noncert: "sd73.b2-8.noncertificated", inLieu: "sd73.b2-5.in-lieu", inLieuFourDay: "sd73.lou42.in-lieu" } as const;
