import { describe, expect, it } from "vitest";
import { sd73SchoolYear } from "@/lib/rules";
import { day } from "./days";
import { explainSeniority } from "./explain";
import { sd73DaysAsOf, sd73Ledger } from "./sd73-ledger";
import type { LedgerEmployee, LedgerRecord } from "./types";

const teacher: LedgerEmployee = { employmentType: "CONTINUING", classification: "Teacher", hireDate: "2015-08-20", applicationDate: "2015-05-01" };
const rec = (r: Partial<LedgerRecord> & Pick<LedgerRecord, "kind" | "startDate">): LedgerRecord => ({ endDate: null, fteMilli: null, quantity: null, reason: null, ...r });
const daysAsOf = (records: LedgerRecord[], asOf: string) => sd73DaysAsOf(sd73Ledger(teacher, records, day("2027-06-30")), day(asOf)).days;

describe("SD73 seniority from the service ledger (C.2)", () => {
  it("C.2.5 / C.2.7.a: a continuing appointment from 2022-09-06 earns 189 days in each full school year (567 by 2025-06-30), part-time credited as full-time", () => {
    const records = [rec({ kind: "APPOINTMENT", startDate: "2022-09-06", fteMilli: 600 })];
    expect(daysAsOf(records, "2025-06-30")).toBeCloseTo(567, 9);
    const x = explainSeniority("sd73-teachers", teacher, records, "2025-06-30");
    expect(x.seniorityDays).toBeCloseTo(567, 9);
    expect(x.citations).toEqual(expect.arrayContaining(["C.2.4", "C.2.5", "C.2.7.a"]));
  });

  it("AMB-09: part way through 2024-25, contract service is 189 × days of service ÷ days in session, and the stored summary agrees with the rules' explanation", () => {
    const records = [rec({ kind: "APPOINTMENT", startDate: "2024-09-03" })];
    const { daysInSession } = sd73SchoolYear({ schoolYear: "2024-25" });
    const got = daysAsOf(records, "2024-10-31");
    const x = explainSeniority("sd73-teachers", teacher, records, "2024-10-31");
    expect(x.seniorityDays).toBeCloseTo(got, 9);
    // September 3 to October 31, 2024 in session: 43 weekdays less Sept 30 (NDTR) and Oct 14 (Thanksgiving) = 41.
    expect(got).toBeCloseTo((189 * 41) / daysInSession, 9);
  });

  it("C.2.3.b.i and C.2.5: 301 TTOC half days in 2023-24 credit 150.5 days; with a contract the year is capped at 189", () => {
    const ttoc = [rec({ kind: "TTOC_DAYS", startDate: "2023-09-05", endDate: "2024-06-28", quantity: 301 })];
    expect(daysAsOf(ttoc, "2024-06-30")).toBe(150.5);
    const both = [...ttoc, rec({ kind: "TEMPORARY_CONTRACT", startDate: "2023-09-05", endDate: "2024-06-28", reason: "TERM" })];
    expect(daysAsOf(both, "2024-06-30")).toBe(189);
  });

  it("C.2.2.a: 24 years of ported seniority count as 20 years (3,780 days)", () => {
    const records = [rec({ kind: "PORTED_SENIORITY", startDate: "2025-02-03", quantity: 24 * 189 })];
    expect(daysAsOf(records, "2025-02-02")).toBe(0);
    expect(daysAsOf(records, "2025-02-03")).toBeCloseTo(3780, 9);
  });

  it("C.2.7.e (AMB-08): a long-term unpaid leave of more than a month does not count; a leave of under a month does", () => {
    const appt = rec({ kind: "APPOINTMENT", startDate: "2024-09-03" });
    const long = [appt, rec({ kind: "LEAVE", startDate: "2024-09-03", endDate: "2024-11-02", reason: "long-term-unpaid" })];
    const short = [appt, rec({ kind: "LEAVE", startDate: "2024-09-03", endDate: "2024-09-20", reason: "long-term-unpaid" })];
    expect(daysAsOf(short, "2024-11-02")).toBeCloseTo(daysAsOf([appt], "2024-11-02"), 9);
    expect(daysAsOf(long, "2024-11-02")).toBe(0);
    expect(explainSeniority("sd73-teachers", teacher, long, "2024-11-02").steps.join(" ")).toMatch(/not counted \(C\.2\.7\.e\)/);
  });

  it("C.2.7.d (AMB-08): seniority is retained but not accrued on layoff; a recall resumes it", () => {
    const records = [
      rec({ kind: "APPOINTMENT", startDate: "2022-09-06" }),
      rec({ kind: "LAYOFF", startDate: "2023-07-01" }),
      rec({ kind: "RECALL", startDate: "2024-09-03" }),
    ];
    expect(daysAsOf(records, "2024-06-30")).toBeCloseTo(189, 9);
    expect(daysAsOf(records, "2025-06-30")).toBeCloseTo(378, 9);
  });
});
