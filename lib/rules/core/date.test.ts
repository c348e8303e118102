import { describe, expect, it } from "vitest";
import fc from "fast-check";
import data from "./tests/calendar-dates.json";
import {
  addMonths, civilFromDay, dayFromCivil, easterSunday, firstOfNextMonth, formatIsoDate, isoWeekday,
  parseIsoDate, schoolYearLabel, tryParseIsoDate,
} from "./date";
import { InputError } from "./errors";

describe("calendar dates", () => {
  it("1970-01-01 is day 0 and a Thursday", () => {
    expect(dayFromCivil(1970, 1, 1)).toBe(0);
    expect(isoWeekday(0)).toBe(4);
    expect(isoWeekday(tryParseIsoDate("2024-09-09")!)).toBe(1);
  });

  it("round-trips every day from 1900 to 2200", () => {
    fc.assert(
      fc.property(fc.integer({ min: dayFromCivil(1900, 1, 1), max: dayFromCivil(2200, 12, 31) }), (n) => {
        const { y, m, d } = civilFromDay(n);
        expect(dayFromCivil(y, m, d)).toBe(n);
        expect(tryParseIsoDate(formatIsoDate(n))).toBe(n);
      }),
    );
  });

  for (const c of data.addMonths)
    it(c.name, () => expect(formatIsoDate(addMonths(parseIsoDate(c.from, "from", "t"), c.months, c.monthEnd))).toBe(c.expected));

  for (const c of data.schoolYear) it(c.name, () => expect(schoolYearLabel(parseIsoDate(c.date, "d", "t"))).toBe(c.expected));

  for (const s of data.badDates)
    it(`refuses "${s}" as a calendar date, naming field and article`, () => {
      expect(tryParseIsoDate(s)).toBeNull();
      expect(() => parseIsoDate(s, "from", "A.6.2.b")).toThrow(InputError);
      try {
        parseIsoDate(s, "from", "A.6.2.b");
      } catch (e) {
        expect((e as InputError).field).toBe("from");
        expect((e as InputError).article).toBe("A.6.2.b");
      }
    });

  it("C.4: the first of the month following a mid-month date, and following a month-end", () => {
    expect(formatIsoDate(firstOfNextMonth(tryParseIsoDate("2025-02-14")!))).toBe("2025-03-01");
    expect(formatIsoDate(firstOfNextMonth(tryParseIsoDate("2024-12-31")!))).toBe("2025-01-01");
  });

  it("computes Easter Sunday (2024-03-31, 2025-04-20, 2026-04-05)", () => {
    expect([2024, 2025, 2026].map((y) => formatIsoDate(easterSunday(y)))).toEqual(["2024-03-31", "2025-04-20", "2026-04-05"]);
  });
});
