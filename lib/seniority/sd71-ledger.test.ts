import { describe, expect, it } from "vitest";
import { sd71Figures } from "./sd71-ledger";
import type { LedgerEmployee, LedgerRecord } from "./types";

const rec = (r: Partial<LedgerRecord> & Pick<LedgerRecord, "kind" | "startDate">): LedgerRecord => ({ endDate: null, fteMilli: null, quantity: null, reason: null, ...r });
const regular: LedgerEmployee = { employmentType: "REGULAR", classification: "Clerk Typist 2", hireDate: "2024-01-08", applicationDate: null };

describe("SD71 seniority from the service ledger (Art. 15)", () => {
  it("15.01(b), 15.04(c) (SEN-004): an unpaid leave of 76 working days moves the 2024-01-08 seniority date to 2024-04-26", () => {
    const records = [rec({ kind: "APPOINTMENT", startDate: "2024-01-08" }), rec({ kind: "UNPAID_BREAK", startDate: "2024-09-03", endDate: "2024-12-20", reason: "unpaid-leave" })];
    const f = sd71Figures(regular, records, "2025-01-31");
    expect(f).toMatchObject({ list: "REGULAR", seniorityDate: "2024-04-26", stableFrom: "2024-12-20" });
    expect(f.citations).toEqual(expect.arrayContaining(["15.01(b)", "15.04(c)", "16.04"]));
  });

  it("15.01(b), 23.02 (SEN-007): a break for illness or injury does not reduce seniority", () => {
    const records = [rec({ kind: "APPOINTMENT", startDate: "2024-01-08" }), rec({ kind: "UNPAID_BREAK", startDate: "2024-09-03", endDate: "2024-12-20", reason: "illness-injury" })];
    expect(sd71Figures(regular, records, "2025-01-31").seniorityDate).toBe("2024-01-08");
  });

  it("15.01(a) and 16.04: before 60 working days of probation there is no seniority date (provisional, on no list)", () => {
    const records = [rec({ kind: "APPOINTMENT", startDate: "2025-01-06" })];
    const f = sd71Figures({ ...regular, employmentType: "PROBATIONARY", hireDate: "2025-01-06" }, records, "2025-01-31");
    expect(f).toMatchObject({ list: null, seniorityDate: null });
    expect(sd71Figures({ ...regular, employmentType: "PROBATIONARY" }, records, "2025-06-30")).toMatchObject({ list: "REGULAR", seniorityDate: "2025-01-06" });
  });

  it("15.01(a)(3) (SEN-001): 120 temporary days of 7 hours in the 24 months before probation date the seniority back 120 working days", () => {
    // 120 weekdays from 2025-03-10 (Mon) at 7 h a day: 24 weeks = 2025-03-10 to 2025-08-22.
    const records = [rec({ kind: "HOURS_WORKED", startDate: "2025-03-10", endDate: "2025-08-22", quantity: 120 * 700 }), rec({ kind: "APPOINTMENT", startDate: "2025-09-02" })];
    const f = sd71Figures({ ...regular, hireDate: "2025-03-10" }, records, "2026-01-31");
    expect(f.seniorityDate).toBe("2025-03-10");
    expect(f.steps.join(" ")).toMatch(/Temporary credit: 120 day/);
  });

  it("15.03(a): a Schedule A temporary reaches continuing temporary status on the day the 1,200th hour in 24 months is worked", () => {
    const temp: LedgerEmployee = { employmentType: "TEMPORARY", classification: null, hireDate: "2023-01-02", applicationDate: null };
    // 1,200 hours over the 240 weekdays from 2023-01-02: 5 h a day; the 240th weekday is 2023-12-01.
    const records = [rec({ kind: "HOURS_WORKED", startDate: "2023-01-02", endDate: "2023-12-01", quantity: 120_000 })];
    const f = sd71Figures(temp, records, "2024-06-30");
    expect(f).toMatchObject({ list: "CONTINUING_TEMPORARY", ctStatusDate: "2023-12-01", seniorityDate: "2023-12-01" });
    expect(sd71Figures(temp, records, "2023-11-30")).toMatchObject({ list: null, ctStatusDate: null });
  });

  it("15.04(a)(3)(i): laid off 2025-01-31 after 12 months' seniority, an employee is on the list through 2025-07-30 and off it from 2025-07-31", () => {
    const records = [rec({ kind: "APPOINTMENT", startDate: "2024-01-08" }), rec({ kind: "LAYOFF", startDate: "2025-01-31" })];
    const before = sd71Figures(regular, records, "2025-07-30");
    expect(before).toMatchObject({ list: "REGULAR", seniorityDate: "2024-01-08", stableFrom: "9999-12-31" });
    const after = sd71Figures(regular, records, "2025-07-31");
    expect(after).toMatchObject({ list: null, seniorityDate: "2024-01-08" });
    expect(after.citations).toContain("15.04(a)(3)");
    expect(after.steps.join(" ")).toMatch(/lost on 2025-07-31/);
  });

  it("15.04(a)(3): a recall before the window runs out keeps the employee on the list", () => {
    const records = [rec({ kind: "APPOINTMENT", startDate: "2024-01-08" }), rec({ kind: "LAYOFF", startDate: "2025-01-31" }), rec({ kind: "RECALL", startDate: "2025-05-01" })];
    expect(sd71Figures(regular, records, "2026-01-31")).toMatchObject({ list: "REGULAR", seniorityDate: "2024-01-08" });
  });
});
