import { describe, expect, it } from "vitest";
import { hourlyRate } from "@/lib/rules";
import { describeChain, describePositionChange, positionChanges, simulateLayoff, type LayoffStanding, type ScenarioResult } from "./simulate";

const base: LayoffStanding = {
  employeeId: "", employeeNumber: "", name: "", rank: 1, list: "REGULAR", status: "ACTIVE", employmentType: "CONTINUING", fteMilli: 1000,
  qualifications: [], classification: "Teacher", generalClassification: null, positionId: null, seniorityDays: 1000, seniorityDate: null,
  hireDate: "2015-06-30", laidOff: false, teacherCategory: "5", teacherStep: 5,
};
const t = (id: string, rank: number, extra: Partial<LayoffStanding> = {}): LayoffStanding => ({ ...base, employeeId: id, employeeNumber: `73${id}`, name: `Teacher ${id}`, rank, ...extra });
const teachers = [t("A", 1), t("B", 2, { qualifications: ["French Immersion"] }), t("C", 3), t("D", 4, { fteMilli: 500 }), t("E", 5)];

function ok(o: ReturnType<typeof simulateLayoff>): ScenarioResult {
  if (!o.ok) throw new Error(JSON.stringify(o.errors));
  return o.result;
}

describe("SD73 layoff what-if (C.12.1)", () => {
  it("C.12.1.b.i: two positions cut lay off the two least senior continuing teachers, district-wide", () => {
    const r = ok(simulateLayoff(teachers, { cut: { agreement: "sd73-teachers", kind: "positions", count: 2 }, effectiveDate: "2025-06-30" }));
    expect(r.laidOff.map((x) => x.employeeId)).toEqual(["E", "D"]);
    expect(r.order.citations).toContain("C.12.1.b.i");
    expect(r.totals).toMatchObject({ count: 2, fteMilli: 1500 });
  });

  it("C.12.1.b.i: subject to necessary qualifications, a senior teacher without French Immersion goes before a qualified junior", () => {
    const r = ok(simulateLayoff(teachers, { cut: { agreement: "sd73-teachers", kind: "positions", count: 1, qualification: "French Immersion" }, effectiveDate: "2025-06-30" }));
    expect(r.laidOff.map((x) => x.employeeId)).toEqual(["E"]);
    const r4 = ok(simulateLayoff(teachers, { cut: { agreement: "sd73-teachers", kind: "positions", count: 4, qualification: "French Immersion" }, effectiveDate: "2025-06-30" }));
    expect(r4.laidOff.map((x) => x.employeeId)).toEqual(["E", "D", "C", "A"]);
  });

  it("C.12.1.b.i: an FTE cut of 1.5 lays off teachers in reverse seniority until 1.5 FTE is reached", () => {
    const r = ok(simulateLayoff(teachers, { cut: { agreement: "sd73-teachers", kind: "fte", fteMilli: 1500 }, effectiveDate: "2025-06-30" }));
    expect(r.laidOff.map((x) => x.employeeId)).toEqual(["E", "D"]);
  });

  it("C.12.1.b.ii: a layoff at the June 30 term end needs written notice by May 31", () => {
    const r = ok(simulateLayoff(teachers, { cut: { agreement: "sd73-teachers", kind: "positions", count: 1 }, effectiveDate: "2025-06-30", noticeDate: "2025-06-02" }));
    expect(r.notice).toMatchObject({ ok: true, latestNoticeDate: "2025-05-31", compliant: false });
    expect(r.notice.ok && r.notice.citations).toContain("C.12.1.b.ii");
  });

  it("C.12.4.b: ten FTE years at Category 5 Step 5 give severance of 50% = $43,094.50; C.12.1.c.vi.5 recall rights to 2028-06-30", () => {
    const r = ok(simulateLayoff(teachers, { cut: { agreement: "sd73-teachers", kind: "positions", count: 1 }, effectiveDate: "2025-06-30" }));
    const e = r.laidOff[0];
    expect(e.severance).toMatchObject({ ok: true, amountCents: 4309450, electBy: "2028-06-30" });
    expect(e.severance.ok && e.severance.steps.join(" ")).toContain("50%");
    expect(e.recallExpiry).toMatchObject({ ok: true, date: "2028-06-30", article: "C.12.1.c.vi.5" });
  });

  it("C.12.1.b.i: cutting more positions or FTE than the continuing teachers hold is refused next to the field", () => {
    expect(simulateLayoff(teachers, { cut: { agreement: "sd73-teachers", kind: "positions", count: 6 }, effectiveDate: "2025-06-30" })).toMatchObject({ ok: false, errors: { count: [expect.stringContaining("Only 5")] } });
    expect(simulateLayoff(teachers, { cut: { agreement: "sd73-teachers", kind: "fte", fteMilli: 4600 }, effectiveDate: "2025-06-30" })).toMatchObject({ ok: false, errors: { fte: [expect.stringContaining("4.5 FTE")] } });
  });

  it("C.12.1.b.i: a teacher already laid off is not laid off again", () => {
    const rows = [...teachers.slice(0, 4), t("E", 5, { laidOff: true, status: "LAID_OFF" })];
    const r = ok(simulateLayoff(rows, { cut: { agreement: "sd73-teachers", kind: "positions", count: 1 }, effectiveDate: "2025-06-30" }));
    expect(r.laidOff.map((x) => x.employeeId)).toEqual(["D"]);
  });

  it("C.12.1.b.i, MOA 10 ¶3(b): the least senior teacher's position is in an outlying school, so it is bypassed and the next least senior is laid off", () => {
    const rows = [...teachers.slice(0, 3), t("D", 4, { fteMilli: 500, positionTitle: "Teacher, Music", school: "Brocklehurst Middle" }), t("E", 5, { school: "Clearwater Secondary", outlying: true })];
    const r = ok(simulateLayoff(rows, { cut: { agreement: "sd73-teachers", kind: "positions", count: 1 }, effectiveDate: "2025-06-30" }));
    expect(r.laidOff.map((x) => [x.employeeId, x.position])).toEqual([["D", "Teacher, Music at Brocklehurst Middle"]]);
    expect(r.order.citations).toContain("MOA 10 ¶3(b)");
    expect(r.order.steps.join(" ")).toContain("Outlying-school positions bypassed, subject to appeal: Teacher E (73E) at Clearwater Secondary.");
    expect(simulateLayoff(rows, { cut: { agreement: "sd73-teachers", kind: "positions", count: 5 }, effectiveDate: "2025-06-30" })).toMatchObject({ ok: false, errors: { count: [expect.stringContaining("Only 4")] } });
    expect(simulateLayoff(rows, { cut: { agreement: "sd73-teachers", kind: "fte", fteMilli: 3600 }, effectiveDate: "2025-06-30" })).toMatchObject({ ok: false, errors: { fte: [expect.stringContaining("3.5 FTE")] } });
  });
});

const s71 = (id: string, seniorityDate: string, classification: string, payGrade: string, extra: Partial<LayoffStanding> = {}): LayoffStanding => ({
  ...base, employeeId: id, employeeNumber: `71${id}`, name: id, employmentType: "REGULAR", classification, generalClassification: "c", payGrade, payStep: 2,
  seniorityDate, hireDate: seniorityDate, teacherCategory: null, teacherStep: null, ...extra,
});
const staff = [
  s71("A", "2000-09-05", "Senior Custodian", "5", { qualifications: ["Custodian"] }),
  s71("D", "2010-09-07", "Custodian", "4"),
  s71("B", "2014-09-02", "Custodian", "4", { qualifications: ["Bus Driver"] }),
  s71("C", "2018-09-04", "Bus Driver", "5"),
  s71("X", "2019-01-07", "Education Assistant: Elementary Resource", "5", { generalClassification: "a", qualifications: ["Senior Custodian"] }),
  s71("T", "2019-02-01", "Custodian", "4", { list: "CONTINUING_TEMPORARY", employmentType: "CONTINUING_TEMPORARY" }),
];
const cut71 = (eliminate: string[], qualificationBasis: "classification" | "pay-grade" = "classification") => ({ agreement: "sd71-cupe439" as const, eliminate, qualificationBasis });

describe("SD71 layoff what-if (Art. 17)", () => {
  it("17.04: A displaces B from B's Custodian position, B displaces C from the Bus Driver position; C is laid off", () => {
    const r = ok(simulateLayoff(staff, { cut: cut71(["A"]), effectiveDate: "2025-06-02" }));
    expect(r.chains).toEqual([{ links: [{ displaced: "A", bumped: "B", position: "position-of-B" }, { displaced: "B", bumped: "C", position: "position-of-C" }], laidOff: "C" }]);
    expect(r.laidOff.map((x) => x.employeeId)).toEqual(["C"]);
    expect(describeChain(r.chains[0], (id) => r.names[id], (p) => r.positions[p])).toBe(
      "A (71A) displaces B (71B) from position Custodian 1 FTE held by 71B, B (71B) displaces C (71C) from position Bus Driver 1 FTE held by 71C; C (71C) is laid off",
    );
  });

  it("17.04: confirming A's eliminated position writes: A's position ends, A takes B's position, B takes C's; C is left without one", () => {
    const held = staff.map((x) => ({ ...x, positionId: `P-${x.employeeId}`, positionTitle: `${x.classification}, Brooks` }));
    const r = ok(simulateLayoff(held, { cut: cut71(["A"]), effectiveDate: "2025-06-02" }));
    expect(positionChanges(r)).toEqual([
      { kind: "end", position: "P-A", holder: "A" },
      { kind: "reassign", position: "P-B", from: "B", to: "A" },
      { kind: "reassign", position: "P-C", from: "C", to: "B" },
    ]);
    expect(positionChanges(r).map((c) => describePositionChange(c, (id) => r.names[id], (p) => r.positions[p], r.effectiveDate))).toEqual([
      "Senior Custodian, Brooks 1 FTE held by 71A is eliminated: it ends when the layoff takes effect on 2025-06-02, and A (71A) leaves it",
      "A (71A) takes Custodian, Brooks 1 FTE held by 71B from B (71B)",
      "B (71B) takes Bus Driver, Brooks 1 FTE held by 71C from C (71C)",
    ]);
    // positions not on file (no Position row) are not written
    expect(positionChanges(ok(simulateLayoff(staff, { cut: cut71(["A"]), effectiveDate: "2025-06-02" })))).toEqual([]);
  });

  it("17.04(b), 27.03: bumping stays within the general classification; the less senior education assistant is not displaced", () => {
    const r = ok(simulateLayoff(staff, { cut: cut71(["C"]), effectiveDate: "2025-06-02" }));
    expect(r.laidOff.map((x) => x.employeeId)).toEqual(["C"]);
    expect(r.chains[0]).toEqual({ links: [], laidOff: "C" });
  });

  it("17.05(b): continuing temporary employees have no bumping rights and are never displaced", () => {
    expect(simulateLayoff(staff, { cut: cut71(["T"]), effectiveDate: "2025-06-02" })).toMatchObject({ ok: false, errors: { eliminate: [expect.stringContaining("not a regular employee")] } });
    const r = ok(simulateLayoff(staff, { cut: cut71(["D"]), effectiveDate: "2025-06-02" }));
    expect(r.chains[0].links.map((l) => l.bumped)).toEqual(["B", "C"]);
  });

  it("17.04(a): on the pay-grade basis A may take the Bus Driver position (grade 5) directly", () => {
    const r = ok(simulateLayoff(staff, { cut: cut71(["A"], "pay-grade"), effectiveDate: "2025-06-02" }));
    expect(r.chains[0].links[0]).toEqual({ displaced: "A", bumped: "C", position: "position-of-C" });
  });

  it("17.03: a layoff effective 2025-06-02 needs notice by 2025-04-15; notice on 2025-04-22 is 3 working days short", () => {
    const r = ok(simulateLayoff(staff, { cut: cut71(["C"]), effectiveDate: "2025-06-02", noticeDate: "2025-04-22" }));
    expect(r.notice).toMatchObject({ ok: true, latestNoticeDate: "2025-04-15", compliant: false });
    expect(r.notice.ok && r.notice.shortfall).toContain("3 working day(s) short");
  });

  it("15.04(a)(3)(i): under 18 months of seniority at layoff, seniority is lost after six months", () => {
    const rows = [s71("N", "2023-05-01", "Custodian", "4")];
    const r = ok(simulateLayoff(rows, { cut: cut71(["N"]), effectiveDate: "2024-06-28" }));
    expect(r.laidOff[0].recallExpiry).toMatchObject({ ok: true, date: "2024-12-28", article: "15.04(a)(3)(i)" });
  });

  it("17.08: 41 completed years are capped at two years' salary, elected by 2024-12-28", () => {
    const rows = [s71("O", "1982-09-01", "Custodian", "4")];
    const r = ok(simulateLayoff(rows, { cut: cut71(["O"]), effectiveDate: "2024-06-28" }));
    const monthly = Math.round(hourlyRate({ date: "2024-06-28", payGrade: 4, step: 2 }).cents * 40 * 52 / 12);
    expect(r.laidOff[0].severance).toMatchObject({ ok: true, amountCents: 2 * 12 * monthly, electBy: "2024-12-28" });
    expect(r.laidOff[0].severance.ok && r.laidOff[0].severance.steps.join(" ")).toContain("Capped at two years");
  });

  it("17.04: eliminating the position of someone already laid off is refused, naming them", () => {
    const rows = [...staff.slice(0, 3), s71("C", "2018-09-04", "Bus Driver", "5", { laidOff: true, status: "LAID_OFF" })];
    expect(simulateLayoff(rows, { cut: cut71(["C"]), effectiveDate: "2025-06-02" })).toMatchObject({ ok: false, errors: { eliminate: [expect.stringContaining("C (71C) is already laid off")] } });
  });
});

describe("What the result says up front and in its steps", () => {
  it("C.12.1.b.i: a 0.5 FTE cut lays off E (1 FTE) whole, and says why more than the cut goes", () => {
    const r = ok(simulateLayoff(teachers, { cut: { agreement: "sd73-teachers", kind: "fte", fteMilli: 500 }, effectiveDate: "2025-06-30" }));
    expect(r.totals.fteMilli).toBe(1000);
    expect(r.overCut).toEqual({ askedFteMilli: 500, why: expect.stringContaining("Teacher E (73E), holds 1 FTE, so 1 FTE is laid off in all: 0.5 FTE more than asked") });
    expect(ok(simulateLayoff(teachers, { cut: { agreement: "sd73-teachers", kind: "fte", fteMilli: 1000 }, effectiveDate: "2025-06-30" })).overCut).toBeUndefined();
  });

  it("C.2.3.b: seniority shows as on the list, days to 2 decimals with years, months and days", () => {
    const r = ok(simulateLayoff([t("A", 1, { seniorityDays: 996.5337860780985 })], { cut: { agreement: "sd73-teachers", kind: "positions", count: 1 }, effectiveDate: "2025-06-30" }));
    expect(r.laidOff[0].seniority).toBe("996.53 days (5 y 2 m 13.5 d)");
    expect(r.order.steps).toContainEqual(expect.stringMatching(/^Laid off \(1\): Teacher A \(73A\)\. Notice/));
  });

  it("17.04: bumping that ends on a larger position says why more than the eliminated FTE goes; the steps name people, never ids", () => {
    const rows = staff.map((x) => (x.employeeId === "A" ? { ...x, fteMilli: 500 } : x));
    const r = ok(simulateLayoff(rows, { cut: cut71(["A"]), effectiveDate: "2025-06-02" }));
    expect(r.overCut?.askedFteMilli).toBe(500);
    expect(r.overCut?.why).toContain("C (71C) holds 1 FTE");
    expect(r.order.steps.join(" ")).not.toMatch(/\bposition-of-|\b[A-Z] \(seniority/);
    expect(r.order.steps.join(" ")).toContain("A (71A)");
  });
});
