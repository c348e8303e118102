import { describe, expect, it } from "vitest";
import { isSemiMonthly, nextSemiMonthlyPeriod, semiMonthlyPeriodOf } from "./semi-monthly";

describe("semi-monthly TTOC pay periods (B.9)", () => {
  it("B.9: after 2024-10-01 to 2024-10-15 comes 2024-10-16 to 2024-10-31", () => {
    expect(nextSemiMonthlyPeriod("2024-10-15", "2026-12-05")).toEqual({ startDate: "2024-10-16", endDate: "2024-10-31" });
  });
  it("B.9: after the second half of February 2024 (a leap year, ends the 29th) comes 2024-03-01 to 2024-03-15", () => {
    expect(semiMonthlyPeriodOf("2024-02-20")).toEqual({ startDate: "2024-02-16", endDate: "2024-02-29" });
    expect(nextSemiMonthlyPeriod("2024-02-29", "2026-12-05")).toEqual({ startDate: "2024-03-01", endDate: "2024-03-15" });
  });
  it("B.9: after 2024-12-16 to 2024-12-31 comes 2025-01-01 to 2025-01-15; with no period yet, today's period", () => {
    expect(nextSemiMonthlyPeriod("2024-12-31", "2026-12-05")).toEqual({ startDate: "2025-01-01", endDate: "2025-01-15" });
    expect(nextSemiMonthlyPeriod(null, "2026-12-05")).toEqual({ startDate: "2026-12-01", endDate: "2026-12-15" });
  });
  it("B.9: only the 1st–15th and 16th–end ranges are standard", () => {
    expect(isSemiMonthly({ startDate: "2024-11-16", endDate: "2024-11-30" })).toBe(true);
    expect(isSemiMonthly({ startDate: "2024-11-18", endDate: "2024-11-29" })).toBe(false);
    expect(isSemiMonthly({ startDate: "2024-11-01", endDate: "2024-11-30" })).toBe(false);
  });
});
