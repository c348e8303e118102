import { describe, expect, it } from "vitest";
import { Q } from "@/lib/rules/core";
import { ttocDailyPay } from "@/lib/rules";
import { kam2024, nt2024 } from "@/lib/rules/sd73-teachers/parameters/salary-grid-cells";
import { gridFromCsv, gridToCsv } from "@/lib/parameters/grid-csv";
import { checkGridShape, gwiGrid, gwiValue, parsePercent, previewRows } from "./new-values";
import { buildParameterSet } from "./parameter-set";

const kam = { key: "KAM-2024", rows: kam2024 };

describe("general wage increase and grid validation (Appendix A, B.1.1, B.1.5, B.2.8)", () => {
  it("Appendix A: a 3% increase rounds each payable cell half up to the whole dollar and keeps blank and \"$ -\" cells", () => {
    const g = gwiGrid(kam, parsePercent("3"), "KAM-2025");
    expect(g.rows[5][1]).toBe(Math.round(kam2024[5][1] as number * 1.03)); // 86189 × 1.03 = 88774.67 → 88775
    expect(g.rows[0]).toEqual([null, null, null, null]);
    expect(g.rows[8][0]).toBe("-");
    expect(checkGridShape(kam, g)).toEqual([]);
  });
  it("Appendix A: exactly half a dollar rounds up (60,550 × 2.5% = 62,063.75 → 62,064; 100 × 0.5% = 100.50 → 101)", () => {
    expect(gwiGrid({ key: "X", rows: [[60550, 100, null, "-"]] }, parsePercent("2.5"), "Y").rows[0]).toEqual([62064, 103, null, "-"]);
    expect(gwiGrid({ key: "X", rows: [[100, 1, 2, 3]] }, parsePercent("0.5"), "Y").rows[0]).toEqual([101, 1, 2, 3]);
  });
  it("B.2.8: a rate in cents rounds half up to the cent; the in-lieu pair both rise (B.2.5)", () => {
    expect(gwiValue("cents", 15643, parsePercent("3"), "")).toBe(16112); // 156.43 × 1.03 = 161.1229
    expect(gwiValue("in-lieu", { fullDay: 1100, minimum: 550 }, parsePercent("2"), "")).toEqual({ fullDay: 1122, minimum: 561 });
  });
  it("B.1.1: a percentage must be more than 0 and at most 25", () => {
    for (const bad of ["0", "-1", "26", "abc", "3.12345", ""]) expect(() => parsePercent(bad)).toThrow(/percentage/);
    expect(Q.toFixed(parsePercent("2.75"), 2)).toBe("2.75");
  });
  it("Appendix A, B.1.5: an uploaded grid must keep step 0 blank, the \"$ -\" cells, and a positive amount elsewhere", () => {
    const ok = gridFromCsv(gridToCsv(kam), "KAM-2025");
    expect(ok.errors).toEqual([]);
    expect(ok.grid!.rows).toEqual(kam2024);
    const csv = gridToCsv(kam).replace("\n0,,,,\n", "\n0,1,,,\n").replace("86189", "");
    const bad = gridFromCsv(csv, "K");
    expect(checkGridShape(kam, bad.grid!)).toEqual([
      "Step 0, Category 4: must stay blank as in Appendix A",
      "Step 5, Category 5: an amount is required (the previous grid pays 86189)",
    ]);
    expect(gridFromCsv(gridToCsv(kam).replace("86189", "86189.50"), "K").errors[0]).toContain("not a positive whole-dollar amount");
    expect(gridFromCsv("Step,Cat 4\n", "K").errors[0]).toContain("the first row must be");
    expect(checkGridShape({ key: "NT", rows: nt2024 }, { key: "NT2", rows: kam2024 }).length).toBeGreaterThan(0);
  });
  it("Appendix A: the preview lists each payable cell before and after with its change", () => {
    const rows = previewRows("grid", kam, gwiGrid(kam, parsePercent("3"), "KAM-2025"));
    expect(rows).toContainEqual({ label: "Step 5, Category 5", before: "$86189", after: "$88775", change: "3.00%" });
    expect(rows).toHaveLength(kam2024.flat().filter((c) => typeof c === "number").length);
  });
});

describe("parameter sets (A.1.2, B.2.6, DESIGN 6)", () => {
  const grid = gwiGrid(kam, parsePercent("3"), "KAM-2025");
  const set = buildParameterSet([{ id: "pv1", seriesId: "sd73.appendix-a.kamloops", effectiveDate: "2025-09-01", value: grid, cite: "MOA 2026-11-20, entered 2026-12-07 by Alex Admin" }]);
  it("A.1.2: between the term's end and the entered value the 2024-25 grid continues; from its date the entered grid applies and is named", () => {
    const aug = ttocDailyPay({ date: "2025-08-15", certificated: true, category: "5", step: 5, callouts: [1] }, set);
    expect(aug).toMatchObject({ gridUsed: "KAM-2024", continued: true });
    const oct = ttocDailyPay({ date: "2025-10-06", certificated: true, category: "5", step: 5, callouts: [1] }, set);
    expect(oct).toMatchObject({ gridUsed: "KAM-2025", continued: false, totalCents: Math.round((88775 * 100) / 189 + 1100) });
    expect(oct.steps[0]).toContain("KAM-2025 (MOA 2026-11-20, entered 2026-12-07 by Alex Admin)");
    expect(ttocDailyPay({ date: "2025-10-06", certificated: true, category: "5", step: 5, callouts: [1] }).gridUsed).toBe("KAM-2024");
  });
  it("B.2.6: an entered grid is validated by the built-in schema (a misplaced key fails)", () => {
    expect(() => buildParameterSet([{ id: "x", seriesId: "sd73.appendix-a.kamloops", effectiveDate: "2025-07-01", value: { ...grid, extra: 1 }, cite: "c" }])).toThrow();
    expect(() => buildParameterSet([{ id: "x", seriesId: "no.such", effectiveDate: "2025-07-01", value: 1, cite: "c" }])).toThrow(/unknown parameter series/);
  });
});
