import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { workingCalendar } from "./working-days";
import { fixedDate, type CalendarProfile } from "./calendar-profile";
import { dayFromCivil, formatIsoDate, tryParseIsoDate } from "./date";

const plain: CalendarProfile = {
  id: "test-bc", label: "Mon–Fri minus BC statutory holidays", citations: [], interpretations: [],
  bcStatutory: true, rules: [fixedDate("Boxing Day", 12, 26, "21.01")], closures: [], excludeMonths: [],
};
const d = (s: string) => tryParseIsoDate(s)!;

describe("working-day engine", () => {
  const cal = workingCalendar(plain);
  it("the trigger day is day 0 and 30 working days after 2024-09-09 skip NDTR and Thanksgiving", () => {
    const r = cal.add(d("2024-09-09"), 30);
    expect(formatIsoDate(r.due)).toBe("2024-10-23");
    expect(r.skipped.map((s) => [formatIsoDate(s.day), s.reason])).toEqual([
      ["2024-09-30", "National Day for Truth and Reconciliation"],
      ["2024-10-14", "Thanksgiving"],
    ]);
  });
  it("adding 0 working days returns the trigger day", () => expect(cal.add(d("2024-09-07"), 0).due).toBe(d("2024-09-07")));
  it("an agreement holiday (Boxing Day) is skipped", () => expect(formatIsoDate(cal.add(d("2024-12-24"), 1).due)).toBe("2024-12-27"));
  it("exclusive of July and August: 10 working days after 2025-06-25 land in September", () => {
    const r = workingCalendar(plain, { excludeMonths: [7, 8] }).add(d("2025-06-25"), 10);
    // June 26, 27, 30 count; July and August excluded; Sept 1 Labour Day
    expect(formatIsoDate(r.due)).toBe("2025-09-10");
  });
  it("a pause stops the count and the paused weekdays are named", () => {
    const r = workingCalendar(plain, { pauses: [{ from: d("2024-09-16"), to: d("2024-09-20"), name: "pause" }] }).add(d("2024-09-13"), 1);
    expect(formatIsoDate(r.due)).toBe("2024-09-23");
    expect(r.skipped).toHaveLength(5);
  });
  it("counts across many years (table extends on demand)", () => {
    const r = cal.add(d("2024-01-02"), 3000);
    expect(cal.isWorkingDay(r.due)).toBe(true);
    expect(cal.countBetween(d("2024-01-02"), r.due)).toBe(3000);
  });

  it("D.6.2-style notice: 5 working days before 2024-10-16 skip Thanksgiving and land on 2024-10-08", () => {
    const r = cal.sub(d("2024-10-16"), 5);
    expect(formatIsoDate(r.due)).toBe("2024-10-08");
    expect(r.skipped.map((s) => formatIsoDate(s.day))).toEqual(["2024-10-14"]);
  });
  it("property: subtracting n working days inverts adding them from a working day", () => {
    fc.assert(
      fc.property(fc.integer({ min: dayFromCivil(2001, 1, 1), max: dayFromCivil(2060, 1, 1) }), fc.integer({ min: 1, max: 300 }), (from, n) => {
        const start = cal.add(from, 1).due;
        expect(cal.sub(cal.add(start, n).due, n).due).toBe(start);
      }),
    );
  });

  const day = fc.integer({ min: dayFromCivil(2000, 1, 1), max: dayFromCivil(2060, 12, 31) });
  it("property: a due date is always a working day after the trigger", () => {
    fc.assert(
      fc.property(day, fc.integer({ min: 1, max: 400 }), (from, n) => {
        const { due } = cal.add(from, n);
        expect(due).toBeGreaterThan(from);
        expect(cal.isWorkingDay(due)).toBe(true);
        expect(cal.countBetween(from, due)).toBe(n);
      }),
    );
  });
  it("property: adding n then m working days equals adding n + m", () => {
    fc.assert(
      fc.property(day, fc.integer({ min: 0, max: 300 }), fc.integer({ min: 0, max: 300 }), (from, n, m) => {
        expect(cal.add(cal.add(from, n).due, m).due).toBe(cal.add(from, n + m).due);
      }),
    );
  });
});
