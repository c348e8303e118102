import { describe, expect, it } from "vitest";
import table from "./tests/bc-holidays-2022-2030.json";
import { bcStatutoryHolidays } from "./holidays-bc";
import { formatIsoDate } from "./date";

describe("BC statutory holidays 2022–2030", () => {
  for (const [year, days] of Object.entries(table.years))
    it(`${year}: exactly the ESA s.1 holidays${+year >= 2023 ? ", with NDTR on September 30" : " (NDTR not yet statutory)"}`, () => {
      const got = Object.fromEntries(bcStatutoryHolidays(+year).map((h) => [formatIsoDate(h.day), h.name]));
      expect(got).toEqual(days);
    });
});
