import { describe, expect, it } from "vitest";
import { placementTimeline } from "./placement";
import { ttocSeniority } from "./seniority";

const cert = placementTimeline([{ effectiveDate: "2020-01-01", certificated: true, category: "5", step: 3, bankDays: 0 }], []);

describe("TTOC seniority from days (C.2.3)", () => {
  it("C.2.3.b.i: 0.5 → ½ day, 0.6 → 1 day, 1 → 1 day: 2.5 days, by school year (July–June)", () => {
    const s = ttocSeniority([{ date: "2024-06-28", fraction: 0.5 }, { date: "2024-09-03", fraction: 0.6 }, { date: "2024-09-04", fraction: 1 }], cert);
    expect(s.years.map((y) => [y.schoolYear, y.credited])).toEqual([["2023-24", 0.5], ["2024-25", 2]]);
    expect(s.totalDays).toBe(2.5);
    expect(s.citations).toContain("C.2.3.b.i");
  });
  it("C.2.3.a: substitute days paid under B.2.8 earn no seniority", () => {
    const t = placementTimeline([{ effectiveDate: "2020-01-01", certificated: false, category: null, step: null, bankDays: 0 }, { effectiveDate: "2024-09-04", certificated: true, category: "5", step: 1, bankDays: 0 }], []);
    const s = ttocSeniority([{ date: "2024-09-03", fraction: 1 }, { date: "2024-09-04", fraction: 1 }], t);
    expect(s).toMatchObject({ totalDays: 1, excludedSubstituteDays: 1 });
  });
  it("C.2.5: no more than 189 days (one year) of seniority in a school year", () => {
    const days = Array.from({ length: 200 }, (_, i) => ({ date: new Date(Date.parse("2024-07-01T00:00:00Z") + i * 86_400_000).toISOString().slice(0, 10), fraction: 1 }));
    expect(ttocSeniority(days, cert).years[0]).toMatchObject({ schoolYear: "2024-25", days: 200, credited: 189 });
  });
});
