import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { addWorkingDays } from "./calendars";
import { InputError, dayFromCivil, formatIsoDate, workingCalendar } from "./core";
import { sd73WdA } from "./sd73-teachers/calendar";

describe("addWorkingDays (public API)", () => {
  it("30 working days after 2024-09-09 on SD73 WD-A are 2024-10-23, skipping NDTR and Thanksgiving (A.6.2.b, GRV-01)", () => {
    const r = addWorkingDays({ agreement: "sd73-teachers", from: "2024-09-09", days: 30 });
    expect(r.date).toBe("2024-10-23");
    expect(r.skipped).toEqual(["2024-09-30", "2024-10-14"]);
    expect(r.profile).toBe("wd-a");
    expect(r.interpretations).toContain("AMB-01");
    expect(r.steps.join(" ")).toContain("2024-10-23");
  });
  it("exclusive of July and August: 10 working days after 2025-06-25", () => {
    const r = addWorkingDays({ agreement: "sd73-teachers", from: "2025-06-25", days: 10, excludeMonths: [7, 8] });
    expect(r.date).toBe("2025-09-10");
  });
  it("a pause and a closure are not counted and are named", () => {
    const r = addWorkingDays({ agreement: "sd73-teachers", from: "2024-09-13", days: 2, pauses: [{ from: "2024-09-16", to: "2024-09-17" }], closures: [{ from: "2024-09-18", to: "2024-09-18", name: "district closure" }] });
    expect(r.date).toBe("2024-09-20");
    expect(r.skipped).toEqual(["2024-09-16", "2024-09-17", "2024-09-18"]);
  });
  it("the WD-B profile skips the 2024-25 winter break (D.17.1.b)", () => {
    expect(addWorkingDays({ agreement: "sd73-teachers", from: "2024-12-20", days: 1, profile: "wd-b" }).date).toBe("2025-01-06");
  });
  for (const [name, input, field] of [
    ["an unknown agreement", { agreement: "sd99", from: "2024-09-09", days: 1 }, "agreement"],
    ["an impossible date", { agreement: "sd73-teachers", from: "2024-02-30", days: 1 }, "from"],
    ["a negative count", { agreement: "sd73-teachers", from: "2024-09-09", days: -1 }, "days"],
    ["a fractional count", { agreement: "sd73-teachers", from: "2024-09-09", days: 1.5 }, "days"],
    ["NaN days", { agreement: "sd73-teachers", from: "2024-09-09", days: Number.NaN }, "days"],
    ["an unknown profile", { agreement: "sd73-teachers", from: "2024-09-09", days: 1, profile: "wd-q" }, "profile"],
    ["an unknown key", { agreement: "sd73-teachers", from: "2024-09-09", days: 1, extra: true }, "(input)"],
    ["a reversed closure", { agreement: "sd73-teachers", from: "2024-09-09", days: 1, closures: [{ from: "2024-09-20", to: "2024-09-10" }] }, "closures.0"],
  ] as const)
    it(`refuses ${name}, naming the field`, () => {
      let err: unknown;
      try {
        addWorkingDays(input as never);
      } catch (e) {
        err = e;
      }
      expect(err).toBeInstanceOf(InputError);
      expect((err as InputError).field).toBe(field);
      expect((err as InputError).article.length).toBeGreaterThan(0);
    });

  const iso = fc.integer({ min: dayFromCivil(2022, 1, 1), max: dayFromCivil(2035, 12, 31) }).map(formatIsoDate);
  const cal = workingCalendar(sd73WdA);
  it("property: a due date is always a working day after the trigger", () => {
    fc.assert(
      fc.property(iso, fc.integer({ min: 1, max: 250 }), (from, days) => {
        const r = addWorkingDays({ agreement: "sd73-teachers", from, days });
        expect(r.date > from).toBe(true);
        expect(cal.reason(dayFromCivil(+r.date.slice(0, 4), +r.date.slice(5, 7), +r.date.slice(8)))).toBeNull();
      }),
    );
  });
  it("property: adding n then m working days equals adding n + m", () => {
    fc.assert(
      fc.property(iso, fc.integer({ min: 0, max: 200 }), fc.integer({ min: 0, max: 200 }), (from, n, m) => {
        const a = addWorkingDays({ agreement: "sd73-teachers", from, days: n }).date;
        expect(addWorkingDays({ agreement: "sd73-teachers", from: a, days: m }).date).toBe(addWorkingDays({ agreement: "sd73-teachers", from, days: n + m }).date);
      }),
    );
  });
});

describe("addWorkingDays profile names", () => {
  it("profile ids match without regard to case (WD-B = wd-b)", () =>
    expect(addWorkingDays({ agreement: "sd73-teachers", from: "2024-12-20", days: 1, profile: "WD-B" }).date).toBe("2025-01-06"));
});
