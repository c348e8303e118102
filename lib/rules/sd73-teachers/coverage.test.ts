/**
 * Temporal coverage: on every day from 2022-07-01 to 2026-06-30 exactly one grid and one
 * rate apply (after June 30, 2025 through the A.1.2 continuation, which the lookup reports);
 * the day before coverage is refused.
 */
import { describe, expect, it } from "vitest";
import { NotCoveredError, dayFromCivil, formatIsoDate } from "@/lib/rules/core";
import { salaryGrids } from "./parameters/salary-grids";
import { inLieuFourDayWeek, inLieuOfBenefits, noncertDailyRate } from "./parameters/ttoc-rates";

const from = dayFromCivil(2022, 7, 1), to = dayFromCivil(2026, 6, 30), termEnd = dayFromCivil(2025, 6, 30);
const series = {
  "Kamloops grid (Appendix A)": salaryGrids.kamloops,
  "North Thompson grid (Appendix A)": salaryGrids["north-thompson"],
  "non-certificated daily rate (B.2.8)": noncertDailyRate,
  "in lieu of benefits (B.2.5)": inLieuOfBenefits,
  "in lieu, four-day week (LOU 42)": inLieuFourDayWeek,
};

describe("temporal coverage 2022-07-01 to 2026-06-30", () => {
  for (const [name, s] of Object.entries(series)) {
    it(`exactly one ${name} applies on every day, continued under A.1.2 after the term`, () => {
      for (let d = from; d <= to; d++) {
        const entries = s.entriesCovering(d);
        if (entries.length !== 1) throw new Error(`${formatIsoDate(d)}: ${entries.length} values apply`);
        const l = s.on(d, "date");
        expect(l.continued).toBe(d > termEnd);
      }
    });
    it(`${name} refuses 2022-06-30, before coverage`, () => {
      expect(() => s.on(from - 1, "date")).toThrow(NotCoveredError);
      expect(s.entriesCovering(from - 1)).toHaveLength(0);
    });
  }
  it("the grid changes exactly on July 1 of 2023 and 2024 (Appendix A)", () => {
    const k = salaryGrids.kamloops;
    const keys = (y: number, m: number, d: number) => k.on(dayFromCivil(y, m, d), "date").value.key;
    expect([keys(2023, 6, 30), keys(2023, 7, 1), keys(2024, 6, 30), keys(2024, 7, 1), keys(2026, 6, 30)]).toEqual(["KAM-2022", "KAM-2023", "KAM-2023", "KAM-2024", "KAM-2024"]);
  });
});
