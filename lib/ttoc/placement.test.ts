import { describe, expect, it } from "vitest";
import { placementOn, placementTimeline, workedDays } from "./placement";
import { buildTimelines } from "./timelines";
import { computePayLines } from "./compute-lines";

/** Weekdays from a date, as full days worked. */
function weekdays(from: string, n: number) {
  const out: Array<{ date: string; fraction: number }> = [];
  for (let t = Date.parse(from + "T00:00:00Z"); out.length < n; t += 86_400_000) {
    const w = new Date(t).getUTCDay();
    if (w > 0 && w < 6) out.push({ date: new Date(t).toISOString().slice(0, 10), fraction: 1 });
  }
  return out;
}
const cat5 = (effectiveDate: string, step: number, bankDays: number | null = 0) => ({ effectiveDate, certificated: true, category: "5", step, bankDays });

describe("TTOC placement timeline (C.4 experience)", () => {
  it("C.4: the 170th full day (2024-08-26) earns Step 5 → 6 effective 2024-09-01, the first of the following month", () => {
    const t = placementTimeline([cat5("2024-01-01", 5)], weekdays("2024-01-02", 170));
    expect(t.entries.map((e) => [e.effectiveDate, e.step, e.source])).toEqual([["2024-01-01", 5, "recorded"], ["2024-09-01", 6, "C.4 increment"]]);
    expect(t.entries[1].explanation).toContain("170 FTE days reached on 2024-08-26");
    expect(t.experience).toMatchObject({ creditedDays: 170, bankDays: 0 });
    expect(placementOn(t, "2024-08-31")?.step).toBe(5);
    expect(placementOn(t, "2024-09-01")?.step).toBe(6);
  });
  it("C.4: 169.5 days earn no increment and bank 169.5; an opening bank of 100 reaches 170 after 70 more days", () => {
    const days = [...weekdays("2024-01-02", 169), { date: "2024-12-02", fraction: 0.5 }];
    expect(placementTimeline([cat5("2024-01-01", 5)], days).experience.bankDays).toBe(169.5);
    const t = placementTimeline([cat5("2024-01-01", 5, 100)], weekdays("2024-01-02", 70));
    expect(t.entries.at(-1)).toMatchObject({ effectiveDate: "2024-05-01", step: 6 }); // 70th weekday is 2024-04-08
  });
  it("C.4: substitute days (B.2.8) earn no experience; the bank carries across a recorded change", () => {
    const t = placementTimeline([
      { effectiveDate: "2024-01-01", certificated: false, category: null, step: null, bankDays: 0 },
      cat5("2024-03-01", 3, 160), cat5("2024-04-01", 4, null),
    ], weekdays("2024-01-02", 100));
    // 160 banked on 2024-03-01; 10 more full days reach 170 on 2024-03-14 → Step 4 from 2024-04-01 (already recorded; superseded).
    expect(t.entries.map((e) => [e.effectiveDate, e.step, e.source])).toEqual([["2024-01-01", null, "recorded"], ["2024-03-01", 3, "recorded"], ["2024-04-01", 4, "recorded"]]);
    expect(t.experience.steps.join("\n")).toMatch(/superseded by the placement recorded from 2024-04-01/);
  });
  it("C.4: pricing without explanations yields the same placements as the explained timeline", () => {
    const recs = [cat5("2023-09-01", 2, 120), cat5("2024-06-01", 4, null)];
    const days = weekdays("2023-09-05", 260);
    const strip = (t: ReturnType<typeof placementTimeline>) => t.entries.map((e) => [e.effectiveDate, e.step, e.source]);
    expect(strip(placementTimeline(recs, days, { explain: false }))).toEqual(strip(placementTimeline(recs, days)));
    expect(strip(placementTimeline(recs, days)).length).toBeGreaterThan(2);
  });
  it("adds a date's callouts into one worked day, at most a full day (C.4.1.a)", () => {
    expect(workedDays([{ date: "2024-10-01", fractionMilli: 500 }, { date: "2024-10-01", fractionMilli: 750 }, { date: "2024-09-30", fractionMilli: 500 }]))
      .toEqual([{ date: "2024-09-30", fraction: 0.5 }, { date: "2024-10-01", fraction: 1 }]);
  });
});

describe("pay at the placement in effect on each day (B.2.6, B.2.7)", () => {
  const emp = { employeeNumber: "730001", certificated: true, teacherCategory: "5", teacherStep: 6 };
  const e = { id: "a", certificated: true, teacherCategory: "5", teacherStep: 6, hireDate: "2010-09-01" };
  const days = [{ employeeId: "a", date: "2024-10-07", fractionMilli: 1000 }, { employeeId: "a", date: "2024-10-08", fractionMilli: 1000 }];
  it("B.2.6: Cat 5 Step 5 until 2024-10-07 pays $467.03; Step 6 recorded from 2024-10-08 pays $483.92 ($89,382 ÷ 189 + $11)", () => {
    const { placementFor } = buildTimelines([e], [{ employeeId: "a", ...cat5("2020-09-01", 5) }, { employeeId: "a", ...cat5("2024-10-08", 6, null) }], days);
    const { lines, errors } = computePayLines(days.map((d) => ({ ...d, employee: emp })), placementFor);
    expect(errors).toEqual([]);
    expect(lines.map((l) => [l.date, l.totalCents])).toEqual([["2024-10-07", 46703], ["2024-10-08", 48392]]);
    expect(lines[1].steps[0]).toBe("Placement on this date: Category 5 Step 6 (recorded from 2024-10-08).");
  });
  it("B.2.6: without a dated history the employee record's placement applies from the hire date", () => {
    const { placementFor } = buildTimelines([e], [], days);
    expect(computePayLines(days.map((d) => ({ ...d, employee: emp })), placementFor).lines.map((l) => l.totalCents)).toEqual([48392, 48392]);
  });
  it("B.2.6: a day before the first recorded placement is refused, naming the TTOC and date", () => {
    const { placementFor } = buildTimelines([e], [{ employeeId: "a", ...cat5("2024-10-08", 6) }], days);
    expect(computePayLines(days.map((d) => ({ ...d, employee: emp })), placementFor).errors[0]).toMatch(/^730001 on 2024-10-07: no placement is recorded on or before 2024-10-07/);
  });
});
