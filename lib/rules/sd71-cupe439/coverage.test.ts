// Temporal coverage of the wage tables (Catala-style): on every day of the term exactly
// one printed table applies, each effective date switches the table, and after the
// term the last table continues under 38.01 and the result says so.
import { describe, it, expect } from "vitest";
import { hourlyRate, sd71WageTableDates } from "./index";
import { ALLOWANCES } from "./allowances";
import { GRADE_TABLES, TRADES_TABLES } from "./wage-tables";
import { dayFromCivil, formatIsoDate } from "../core/date";

const TERM_START = dayFromCivil(2014, 7, 1), TERM_END = dayFromCivil(2019, 6, 30);

describe("wage-table coverage (Hourly Wage Schedule; Wage Increases and Trades Adjustment; 38.01)", () => {
  it("every day 2014-05-01 to 2019-06-30 has exactly one table: the latest effective on or before it", () => {
    for (const kind of ["grade", "trades"] as const) {
      const dates = sd71WageTableDates(kind);
      for (let d = dayFromCivil(2014, 5, 1); d <= TERM_END; d++) {
        const iso = formatIsoDate(d);
        const applicable = dates.filter((e, k) => e <= iso && (k === dates.length - 1 || dates[k + 1] > iso));
        expect(applicable).toHaveLength(1);
        const r = hourlyRate({ date: iso, payGrade: kind === "grade" ? 9 : "B9", step: 3 });
        expect(r.tableEffective).toBe(applicable[0]);
        expect(r.continuation).toBeNull();
      }
    }
  });
  it("from 2019-07-01 (after the term) the May 1, 2019 table continues under 38.01, said in the result", () => {
    for (let d = TERM_END + 1; d <= TERM_END + 3 * 366; d += 7) {
      const r = hourlyRate({ date: formatIsoDate(d), payGrade: 13, step: 2 });
      expect(r.tableEffective).toBe("2019-05-01");
      expect(r.cents).toBe(2897);
      expect(r.continuation).toEqual({ article: "38.01", termEnd: "2019-06-30" });
      expect(r.citations).toContain("38.01");
    }
  });
  it("every cell is the previous cell × (1 + the printed increase), rounded half up (spec §2.2)", () => {
    for (const tables of [GRADE_TABLES, TRADES_TABLES]) {
      for (let k = 1; k < tables.length; k++) {
        const [num, den] = [Math.round(Number(tables[k].gwiPercent) * 10) + 1000, 1000];
        for (const [g, cells] of Object.entries(tables[k].steps))
          cells.forEach((cell, s) => expect(cell, `${tables[k].effective} ${g} step ${s + 1}`).toBe(Math.floor((2 * tables[k - 1].steps[g][s] * num + den) / (2 * den))));
      }
    }
  });
  it("grades 3, 7, 9, 10 and 12 have a step 3; grade 12 step 3 equals grade 10 step 3 in every table", () => {
    for (const t of GRADE_TABLES) {
      const three = Object.entries(t.steps).filter(([, c]) => c.length === 3).map(([g]) => Number(g)).sort((a, b) => a - b);
      expect(three).toEqual([3, 7, 9, 10, 12]);
      expect(t.steps["12"][2]).toBe(t.steps["10"][2]);
    }
  });
  it("each Schedule C allowance has exactly one value on every day of the term and after it (38.01)", () => {
    for (const s of Object.values(ALLOWANCES))
      for (let d = TERM_START; d <= TERM_END + 400; d += 3) expect(s.entriesCovering(d)).toHaveLength(1);
  });
});
