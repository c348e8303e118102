import { describe, expect, it } from "vitest";
import { nextDeadlines, workingDaysUntil } from "./index";

const proD = [{ from: "2024-10-25", to: "2024-10-25", name: "Pro-D day" }];
const g = { agreement: "sd73-teachers" as const, type: "LOCAL_MATTER", policy: false, violationDate: "2024-10-01", awarenessDate: null };

describe("district closures in grievance deadlines", () => {
  it("A.6.2.b on WD-B (school days): a Pro-D day closure moves the 30-working-day Step One date from 2024-11-14 to 2024-11-15", () => {
    const before = nextDeadlines({ ...g, profile: "wd-b" }, [], {}).deadlines[0];
    const after = nextDeadlines({ ...g, profile: "wd-b" }, [], { closures: proD }).deadlines[0];
    expect(before.due).toBe("2024-11-14");
    expect(after.due).toBe("2024-11-15");
    expect(after.article).toBe("A.6.2.b");
    expect(after.explanation.profile.id).toBe("wd-b");
    expect(after.explanation.closures).toEqual(proD);
    expect(after.explanation.closureNote).toContain("Pro-D day 2024-10-25");
    expect(after.explanation.skipped).toContainEqual({ date: "2024-10-25", reason: "Pro-D day" });
  });

  it("A.6.2.b on WD-A (the default): a closure is a working day, the date stays 2024-11-14 and the note says why", () => {
    const d = nextDeadlines({ ...g, profile: null }, [], { closures: proD }).deadlines[0];
    expect(d.due).toBe("2024-11-14");
    expect(d.explanation.closures).toEqual([]);
    expect(d.explanation.closureNote).toMatch(/not count school days only/);
  });

  it("12.02 (SD71 working days under 18.01(a), 21.01): school closures do not shorten the count", () => {
    const s = { agreement: "sd71-cupe439" as const, type: "INDIVIDUAL", policy: false, violationDate: "2024-10-01", awarenessDate: null };
    const a = nextDeadlines(s, [], {}).deadlines[0];
    const b = nextDeadlines(s, [], { closures: [{ from: "2024-10-02", to: "2024-10-04", name: "Pro-D days" }] }).deadlines[0];
    expect(b.due).toBe(a.due);
    expect(b.explanation.closures).toEqual([]);
  });

  it("working days left on the dashboard skip the same closures: 2024-10-21 → 2024-10-28 is 5 on WD-A, 4 on WD-B with the Pro-D day", () => {
    expect(workingDaysUntil("sd73-teachers", null, "2024-10-21", "2024-10-28", proD)).toBe(5);
    expect(workingDaysUntil("sd73-teachers", "wd-b", "2024-10-21", "2024-10-28", proD)).toBe(4);
    expect(workingDaysUntil("sd73-teachers", "wd-b", "2024-10-21", "2024-10-28")).toBe(5);
  });
});
