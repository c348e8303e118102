import { describe, expect, it } from "vitest";
import { CALCULATORS, findCalculator } from "./registry";
import { runCalculator } from "./run";
import { CASES } from "./vector-cases";
import { appliedInterpretations } from "./interpretations";

const run = (agreement: string, id: string, query: string) => runCalculator(findCalculator(agreement, id)!, Object.fromEntries(new URLSearchParams(query)), "2025-01-15");

describe("calculators compute the shared vectors through lib/rules", () => {
  for (const c of CASES)
    it(`${c.agreement} ${c.id}: ${c.name}`, () => {
      const o = run(c.agreement, c.id, c.query);
      expect(o.errors).toEqual({});
      expect(o.message).toBeUndefined();
      expect(o.result?.headline.value).toBe(c.expected);
      expect(o.result?.explanation.citations.length).toBeGreaterThan(0);
      expect(o.result?.explanation.steps.length).toBeGreaterThan(0);
    });

  it("every calculator has a case", () => {
    const missing = CALCULATORS.filter((k) => !CASES.some((c) => c.agreement === k.agreement && c.id === k.id)).map((k) => `${k.agreement}/${k.id}`);
    expect(missing).toEqual([]);
  });
});

describe("more shared vectors through the calculators", () => {
  const more: Array<[string, string, string, string, string]> = [
    ["REC-02: laid off 2024-06-30 with six teaching months of contracts: 2027-06-30 + 6 months = 2027-12-31 (C.12.1.c.vi.5)", "sd73-teachers", "recall-expiry", "layoffDate=2024-06-30&c1Start=2025-01-06&c1End=2025-06-27&c1Months=6", "2027-12-31"],
    ["SEV-07: after a rehire, 3 FTE years × 5% of $79,804 = $11,970.60 (C.12.4.c)", "sd73-teachers", "severance", "laidOff=true&employmentYears=12&fteYears=12&salary=79804&priorSeverancePaid=true&fteYearsSinceRehire=3", "11970.60"],
    ["SEV-05: 0.9 years of continuous employment is not eligible (C.12.4.a)", "sd73-teachers", "severance", "laidOff=true&employmentYears=0.9&fteYears=0.9&salary=99972", "0.00"],
    ["GRV-07: Local Matters arbitration referral after a 2025-06-04 Step Three meeting is due 2025-07-10 (A.6.6.a)", "sd73-teachers", "time-limit", "rule=arbitration-referral-local&from=2025-06-04", "2025-07-10"],
    ["TTOC-05: Cat 6 Step 8 is capped at Cat 5 Step 8: $528.952381 + $11 = $539.95 (B.2.6)", "sd73-teachers", "ttoc-day-pay", "date=2024-10-15&certificated=true&category=6&step=8&callouts=1", "539.95"],
    ["CO-001: a one-hour callout is paid the 2-hour minimum at 2× = $90.84 (19.01(a))", "sd71-cupe439", "callouts", "rate=22.71&c1Received=2018-10-10T19:00&c1Start=19:30&c1End=20:30&c1Location=School+X", "90.84"],
    ["VAC-001: one completed year gives 12 days (22.02(a))", "sd71-cupe439", "vacation-entitlement", "status=regular&years=1", "12"],
    ["PAY-009: trades B11 step 2 on 2019-05-01 at 8 h is $29.98 × 8 = $239.84 (Wage Increases and Trades Adjustment)", "sd71-cupe439", "pay-on-date", "date=2019-05-01&payGrade=B11&step=2&dailyHours=8", "239.84"],
    ["The SD71 Step 3 request after a Step 2 decision received 2025-02-12 is due 2025-02-27, skipping Family Day (12.02(a) Step 3)", "sd71-cupe439", "time-limit", "limit=step3-request&trigger=2025-02-12", "2025-02-27"],
  ];
  for (const [name, agreement, id, query, expected] of more)
    it(`${agreement} ${id}: ${name}`, () => expect(run(agreement, id, query).result?.headline.value).toBe(expected));
});

describe("bad input is a message next to the field, never a thrown error", () => {
  it("a date before the SD73 grids (Appendix A) is refused on the date field", () => {
    const o = run("sd73-teachers", "ttoc-day-pay", "date=2019-10-15&certificated=true&category=5&step=5&callouts=1");
    expect(o.errors.date?.[0]).toMatch(/not defined before 2022-07-01.*Appendix A/);
  });
  it("a step not on the grid (Category 4 has no Step 9, Appendix A) is refused on the step field", () => {
    expect(run("sd73-teachers", "ttoc-day-pay", "date=2024-10-15&certificated=true&category=4&step=9&callouts=1").errors.step?.[0]).toMatch(/no rate for Category 4 Step 9/);
  });
  it("a negative number of hours (19.02) is refused on that day's field", () => {
    const o = run("sd71-cupe439", "overtime", "week=2024-03-04&shiftArticle=18.02(c)&rate=22.71&mon=8&tue=-3");
    expect(o.errors.tue?.[0]).toMatch(/19\.02/);
  });
  it("a date before the first SD71 wage table (Hourly Wage Schedule) is refused on the date field", () => {
    expect(run("sd71-cupe439", "pay-on-date", "date=2010-06-03&payGrade=5&step=2&shiftArticle=18.02(a)").errors.date?.[0]).toMatch(/Hourly Wage Schedule/);
  });
  it("a required field left blank says so", () => {
    expect(run("sd73-teachers", "time-limit", "rule=grievance-step1&from=").errors.from).toEqual(["Required."]);
  });
});

describe("interpretations are switched side by side", () => {
  it("AMB-02 round-rate-first for TTOC-01 gives $456.03 + $11.00 = $467.03 as well (B.2.6)", () => {
    const c = findCalculator("sd73-teachers", "ttoc-day-pay")!;
    const o = run("sd73-teachers", "ttoc-day-pay", "date=2024-10-15&certificated=true&category=5&step=5&callouts=1");
    const amb02 = appliedInterpretations(c, o.input!, o.policies, o.result!.explanation.interpretations, o.result!.headline).find((i) => i.id === "AMB-02")!;
    expect(amb02.options.map((x) => [x.option, x.current, x.figure?.value])).toEqual([["round-final", true, "467.03"], ["round-rate-first", false, "467.03"]]);
  });
  it("OT-008: A1 literal 19.02(b) gives $1,088.43; straightTimeTo8 gives $1,024.40 side by side (18.02(a), 19.02)", () => {
    const c = findCalculator("sd71-cupe439", "overtime")!;
    const o = run("sd71-cupe439", "overtime", "week=2024-03-04&shiftArticle=18.02(a)&rate=25.61&mon=8&tue=8&wed=8&thu=8&fri=8&preAuthorized=true");
    const a1 = appliedInterpretations(c, o.input!, o.policies, o.result!.explanation.interpretations, o.result!.headline).find((i) => i.id === "A1")!;
    expect(a1.options.map((x) => [x.option, x.current, x.figure?.value])).toEqual([["literal1902", true, "1088.43"], ["straightTimeTo8", false, "1024.40"]]);
  });
});
