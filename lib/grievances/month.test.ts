import { describe, expect, it } from "vitest";
import { grievorLine, monthGrid, profileLegend } from "./month";
import { deadlineText } from "@/lib/format/dates";

describe("deadline month grid", () => {
  it("February 2025 starts on a Saturday, has 28 days in 5 Monday-first weeks; neighbours are 2025-01 and 2025-03", () => {
    const g = monthGrid("2025-02");
    expect(g.title).toBe("February 2025");
    expect(g.weeks).toHaveLength(5);
    expect(g.weeks[0].slice(0, 6)).toEqual([null, null, null, null, null, "2025-02-01"]);
    expect(g.last).toBe("2025-02-28");
    expect([g.prev, g.next]).toEqual(["2025-01", "2025-03"]);
  });
  it("December 2024 rolls over to January 2025", () => {
    expect(monthGrid("2024-12").next).toBe("2025-01");
    expect(monthGrid("2025-01").prev).toBe("2024-12");
  });
});

describe("month view wording", () => {
  it("names up to three grievors with their employee numbers and counts the rest", () => {
    expect(grievorLine(["Ann Lee", "Bo Chan", "Cy Dunn"], ["100234", "100412", "100500"], 5)).toBe("Ann Lee (100234), Bo Chan (100412), Cy Dunn (100500) and 2 others");
    expect(grievorLine(["Ann Lee"], ["100234"], 1)).toBe("Ann Lee (100234)");
    expect(grievorLine(["Ann Lee", "Bo Chan", "Cy Dunn"], ["1", "2", "3"], 4)).toMatch(/and 1 other$/);
    expect(grievorLine([], [], 0)).toBe("Group or policy grievance");
  });
  it("says each calendar profile once, with the grievances counted on it", () => {
    const wdA = "WD-A: Monday–Friday minus BC statutory holidays, Easter Monday and Boxing Day";
    const cupe = "Mon–Fri minus BC statutory holidays, Easter Monday and Boxing Day (21.01)";
    expect(profileLegend([
      { profile: wdA, label: "KTTA-2026-001" }, { profile: cupe, label: "CUPE439-2026-002" }, { profile: wdA, label: "KTTA-2026-003" }, { profile: wdA, label: "KTTA-2026-001" },
    ])).toEqual([{ profile: wdA, labels: ["KTTA-2026-001", "KTTA-2026-003"] }, { profile: cupe, labels: ["CUPE439-2026-002"] }]);
    expect(profileLegend([])).toEqual([]);
  });
  it("an overdue SD73 Step One date reads 'Overdue since Fri Dec 4 (1 working day)' on Mon Dec 7, 2026 (A.6.2.b), never 'Overdue (0)'", () => {
    expect(deadlineText({ due: "2026-12-04", workingDaysLeft: -1 }, "2026-12-07")).toBe("Overdue since Fri Dec 4 (1 working day)");
    expect(deadlineText({ due: "2026-12-01", workingDaysLeft: -4 }, "2026-12-07")).toBe("Overdue since Tue Dec 1 (4 working days)");
  });
});
