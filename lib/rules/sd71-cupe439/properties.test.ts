// Property tests (fast-check) over the SD71 rules.
import { describe, it, expect } from "vitest";
import fc from "fast-check";
import { sd71WeeklyOvertime, sd71Severance, sd71SeniorityDate, sd71CalloutPay, sd71TimeLimit } from "./index";
import { divRoundHalfUp } from "../core/int-round";
import { formatIsoDate, dayFromCivil } from "../core/date";

const MONDAY = dayFromCivil(2024, 3, 3); // a Sunday: the week 2024-03-03 .. 2024-03-09 (no holiday)
const rate = fc.integer({ min: 1500, max: 4000 });
const quarterHours = fc.integer({ min: 0, max: 56 }).map((q) => q / 4); // 0–14 h in quarter hours
const shift = fc.constantFrom("18.02(a)", "18.02(b)", "18.02(c)", "18.02(d)", "18.02(e)") as fc.Arbitrary<"18.02(a)">;

describe("overtime (19.02) never pays less than straight time for the same hours", () => {
  it("per week, any shift group, any hours, any A1/A2 policy", () => {
    fc.assert(
      fc.property(shift, rate, fc.array(quarterHours, { minLength: 7, maxLength: 7 }), fc.boolean(), fc.boolean(), (s, r, hrs, a1, auth) => {
        const days = hrs.map((h, k) => ({ date: formatIsoDate(MONDAY + k), hours: h, straightTimeAuthorized: auth }));
        const res = sd71WeeklyOvertime({ shiftArticle: s, rateCents: r, days, policies: { A1: a1 ? "straightTimeTo8" : "literal1902" } });
        const straight = hrs.reduce((sum, h) => sum + divRoundHalfUp(r * h * 60, 60), 0);
        expect(res.totalCents).toBeGreaterThanOrEqual(straight);
        const hours = res.lines.reduce((sum, l) => sum + l.hours, 0);
        expect(hours).toBeCloseTo(hrs.reduce((a, b) => a + b, 0), 9);
      }),
      { numRuns: 500 },
    );
  });
  it("in a holiday week (Easter 2024) too, holiday hours at 2× (21.04)", () => {
    const sunday = dayFromCivil(2024, 3, 31);
    fc.assert(
      fc.property(shift, rate, fc.array(quarterHours, { minLength: 7, maxLength: 7 }), (s, r, hrs) => {
        const days = hrs.map((h, k) => ({ date: formatIsoDate(sunday + k), hours: h }));
        const res = sd71WeeklyOvertime({ shiftArticle: s, rateCents: r, days });
        expect(res.totalCents).toBeGreaterThanOrEqual(hrs.reduce((sum, h) => sum + divRoundHalfUp(r * h * 60, 60), 0));
      }),
      { numRuns: 300 },
    );
  });
  it("callouts (19.01(a)) pay at least the 2-hour minimum at 2× per callout", () => {
    fc.assert(
      fc.property(rate, fc.integer({ min: 0, max: 600 }), fc.integer({ min: 1, max: 300 }), (r, start, len) => {
        const hhmm = (m: number) => `${String(Math.floor(m / 60) % 24).padStart(2, "0")}:${String(m % 60).padStart(2, "0")}`;
        const res = sd71CalloutPay({ rateCents: r, callouts: [{ received: hhmm(start + 600), start: hhmm(start + 600), end: hhmm(start + 600 + len), location: "X" }] });
        expect(res.totalCents).toBeGreaterThanOrEqual(4 * r);
        expect(res.totalCents).toBeGreaterThanOrEqual(divRoundHalfUp(2 * r * len, 60));
      }),
      { numRuns: 300 },
    );
  });
});

describe("severance (17.08(b)) never exceeds two years' salary", () => {
  it("for any seniority, salaries and A6 policy", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 60 * 365 }),
        fc.array(fc.integer({ min: 0, max: 1_500_000 }), { minLength: 48, maxLength: 48 }),
        fc.boolean(),
        (daysBack, salaries, consecutive) => {
          const layoff = dayFromCivil(2024, 6, 28);
          const months = salaries.map((cents, k) => {
            const idx = 2024 * 12 + 5 - 48 + k;
            return { month: `${Math.floor(idx / 12)}-${String((idx % 12) + 1).padStart(2, "0")}`, cents };
          });
          const r = sd71Severance({ seniorityDate: formatIsoDate(layoff - daysBack), layoffEffectiveDate: formatIsoDate(layoff), monthlyRegularSalary: months, policies: { A6: consecutive ? "best12Consecutive" : "bestNonConsecutive12" } });
          expect(r.severanceCents).toBeLessThanOrEqual(2 * r.annualBasisCents);
          expect(r.severanceCents).toBeGreaterThanOrEqual(0);
          expect(r.annualBasisCents).toBeLessThanOrEqual([...salaries].sort((a, b) => b - a).slice(0, 12).reduce((a, b) => a + b, 0));
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe("seniority dates (15.01(a)(3)) never move later when a qualifying day is added", () => {
  it("adding one more temporary day of at least half time", () => {
    const anchor = dayFromCivil(2025, 9, 2);
    fc.assert(
      fc.property(fc.uniqueArray(fc.integer({ min: 1, max: 730 }), { maxLength: 250 }), fc.integer({ min: 1, max: 730 }), (offsets, extra) => {
        const day = (o: number) => ({ date: formatIsoDate(anchor - o), hours: 4, fullTimeDailyHours: 7 });
        const base = { anchorDate: formatIsoDate(anchor), probationCompleted: true, breakInServiceParallelTo1504: false, unpaidBreaks: [] };
        const before = sd71SeniorityDate({ ...base, temporaryDays: offsets.map(day) });
        const after = sd71SeniorityDate({ ...base, temporaryDays: [...offsets, extra].map(day) });
        expect(after.seniorityDate! <= before.seniorityDate!).toBe(true);
        expect(after.creditedWorkingDays).toBeLessThanOrEqual(185);
      }),
      { numRuns: 200 },
    );
  });
});

describe("grievance time limits (Art. 12) are monotone in the trigger day", () => {
  it("a later trigger never gives an earlier due date", () => {
    fc.assert(
      fc.property(fc.integer({ min: dayFromCivil(2014, 7, 1), max: dayFromCivil(2030, 6, 30) }), fc.constantFrom("initiate", "step3-request", "arbitration-notice", "deemed-abandonment") as fc.Arbitrary<"initiate">, (d, limit) => {
        const a = sd71TimeLimit({ limit, trigger: formatIsoDate(d) }).due;
        const b = sd71TimeLimit({ limit, trigger: formatIsoDate(d + 1) }).due;
        expect(b >= a).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});
