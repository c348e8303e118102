import { describe, expect, it } from "vitest";
import { z } from "zod";
import { ttocCalloutFraction, ttocDailyPay } from "@/lib/rules";
import { PlacementSchema, SchoolHoursSchema } from "./ttoc";

const errors = (r: { success: boolean; error?: z.ZodError }): Record<string, string[] | undefined> => (r.success ? {} : z.flattenError(r.error!).fieldErrors);

describe("school hours feed the lunch-break rule (B.2.9)", () => {
  it("B.2.9.e: with lunch configured from 12:05, 08:15–12:05 is a half day ($233.51 at Cat 5 Step 5) and 08:15–12:10 a full day ($467.03)", () => {
    const school = { dayStart: "08:15", dayEnd: "15:15", lunchStart: "12:05" };
    expect(SchoolHoursSchema.safeParse(school).success).toBe(true);
    const half = ttocCalloutFraction({ start: "08:15", end: "12:05", school }).fraction;
    const full = ttocCalloutFraction({ start: "08:15", end: "12:10", school }).fraction;
    expect([half, full]).toEqual([0.5, 1]);
    const pay = (f: number) => ttocDailyPay({ date: "2024-10-15", certificated: true, category: "5", step: 5, callouts: [f] }).totalCents;
    expect([pay(half), pay(full)]).toEqual([23351, 46703]); // $456.026455 × ½ + $5.50 (B.2.5, B.2.9.d); $456.026455 + $11
  });
  it("B.2.9.e: lunch must start inside the school day; times are HH:MM", () => {
    expect(errors(SchoolHoursSchema.safeParse({ dayStart: "08:30", lunchStart: "08:00", dayEnd: "15:00" }))).toEqual({ lunchStart: ["Lunch must start after the school day starts"] });
    expect(errors(SchoolHoursSchema.safeParse({ dayStart: "08:30", lunchStart: "15:30", dayEnd: "15:00" }))).toEqual({ dayEnd: ["The school day must end after lunch starts"] });
    expect(errors(SchoolHoursSchema.safeParse({ dayStart: "8:30", lunchStart: "11:45", dayEnd: "15:00" })).dayStart?.[0]).toMatch(/HH:MM/);
  });
});

describe("placement input (B.2.6, C.4)", () => {
  it("B.2.6: a certificated TTOC needs a category and a step; C.4: a bank of 170 days is an increment, not a bank", () => {
    expect(errors(PlacementSchema.safeParse({ effectiveDate: "2025-01-08", certificated: "yes", category: "", step: "" }))).toEqual({ category: ["A certificated TTOC needs a category (B.2.6)"], step: ["A certificated TTOC needs a step (B.2.6)"] });
    expect(errors(PlacementSchema.safeParse({ effectiveDate: "2025-01-08", certificated: "yes", category: "5", step: "6", bankDays: "170" })).bankDays?.[0]).toMatch(/C\.4/);
    expect(PlacementSchema.parse({ effectiveDate: "2025-01-08", certificated: "no", category: "", step: "" })).toMatchObject({ certificated: "no", category: undefined, step: undefined });
  });
});
