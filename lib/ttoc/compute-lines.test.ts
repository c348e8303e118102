import { describe, expect, it } from "vitest";
import { computePayLines, type CalloutDay } from "./compute-lines";

const cat5step5 = { employeeNumber: "730001", certificated: true, teacherCategory: "5", teacherStep: 5 };
const cat6step8 = { employeeNumber: "730002", certificated: true, teacherCategory: "6", teacherStep: 8 };
const noncert = { employeeNumber: "730003", certificated: false, teacherCategory: null, teacherStep: null };
const day = (employeeId: string, date: string, fractionMilli: number, employee: CalloutDay["employee"]): CalloutDay => ({ employeeId, date, fractionMilli, employee });

describe("pay lines of a period (shared vectors TTOC-01, -02, -05, -14)", () => {
  it("pays Cat 5 Step 5 a full day on 2024-10-15 $467.03 (B.2.6, B.2.5; TTOC-01)", () => {
    expect(computePayLines([day("a", "2024-10-15", 1000, cat5step5)]).lines[0]).toMatchObject({ totalCents: 46703, wageCents: 45603, inLieuCents: 1100, paidFractionMilli: 1000 });
  });
  it("adds two half-day callouts on one date into one full-day line (B.2.9.d)", () => {
    const { lines } = computePayLines([day("a", "2024-10-15", 500, cat5step5), day("a", "2024-10-15", 500, cat5step5)]);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({ totalCents: 46703, paidFractionMilli: 1000 });
  });
  it("caps Cat 6 Step 8 at Category 5 Step 8 (B.2.6; TTOC-05)", () => {
    expect(computePayLines([day("b", "2024-10-15", 1000, cat6step8)]).lines[0].totalCents).toBe(53995);
  });
  it("pays a non-certificated substitute the B.2.8 rate $156.43 + $11 (TTOC-14)", () => {
    expect(computePayLines([day("c", "2024-11-05", 1000, noncert)]).lines[0].totalCents).toBe(16743);
  });
  it("reports a placement not on the grid instead of paying it (Appendix A)", () => {
    const r = computePayLines([day("d", "2024-10-15", 1000, { employeeNumber: "730004", certificated: true, teacherCategory: "4", teacherStep: 10 })]);
    expect(r.lines).toHaveLength(0);
    expect(r.errors[0]).toMatch(/^730004 on 2024-10-15: /);
  });
});
