import { describe, expect, it } from "vitest";
import vectors from "../../lib/rules/sd73-teachers/tests/spec-vectors.json";
import { rankSd71, rankSd73 } from "./rank";

describe("seniority list order with the tie-breaks applied", () => {
  it("C.2.7.c: the shared vector SEN-10 orders E, B, D, A, C, each placed by the tie-break that decided it", () => {
    const v = (vectors as unknown as { vectors: Array<{ id: string; input: { teachers: Parameters<typeof rankSd73>[0] }; expected: { orderMostToLeastSenior: string[] } }> }).vectors.find((x) => x.id === "SEN-10")!;
    const teachers = v.input.teachers;
    expect(v.expected.orderMostToLeastSenior).toEqual(["E", "B", "D", "A", "C"]);
    const r = rankSd73(teachers);
    expect(r.rows.map((x) => x.id)).toEqual(["E", "B", "D", "A", "C"]);
    expect(r.rows.map((x) => x.decidedBy)).toEqual(["seniority", "C.2.7.c.ii", "C.2.7.c.iii", "C.2.7.c.i", "seniority"]);
    expect(r.citations).toContain("C.2.7.c");
  });

  it("C.2.7.c (AMB-09): seniority equal to the half day is a tie; 0.4 of a day apart is not", () => {
    const t = (id: string, d: number, app: string) => ({ id, seniorityDays: d, boardAggregateEmploymentDays: 100, otherAuthorityServiceYears: 0, applicationDate: app });
    expect(rankSd73([t("late", 567.4, "2020-01-01"), t("early", 567.0, "2010-01-01")]).rows.map((x) => x.id)).toEqual(["early", "late"]);
    expect(rankSd73([t("late", 567.5, "2020-01-01"), t("early", 567.0, "2010-01-01")]).rows.map((x) => x.id)).toEqual(["late", "early"]);
  });

  it("15.01: SD71 lists run from the earliest seniority date; equal dates are flagged UNRESOLVED_TIE, not silently ordered (spec §4.2 step 7)", () => {
    const r = rankSd71([
      { id: "x", seniorityDate: "2024-04-26", employeeNumber: "710002" },
      { id: "y", seniorityDate: "2020-10-19", employeeNumber: "710003" },
      { id: "z", seniorityDate: "2024-04-26", employeeNumber: "710001" },
    ], "REGULAR");
    expect(r.rows.map((x) => [x.id, x.rank, x.decidedBy])).toEqual([["y", 1, "seniority date"], ["z", 2, "UNRESOLVED_TIE"], ["x", 3, "seniority date"]]);
    expect(r.summary.join(" ")).toMatch(/no tie-break/);
  });
});
