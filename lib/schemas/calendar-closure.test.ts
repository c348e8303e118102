import { describe, expect, it } from "vitest";
import { calendarClosureSchema, schoolYearBounds, schoolYearOf } from "./calendar-closure";

const base = { organizationId: "org", schoolYear: "2024-25", label: "Winter break" };

describe("district closure input (school year July 1 – June 30)", () => {
  it("2024-25 runs 2024-07-01 to 2025-06-30; 2024-26 is not a school year", () => {
    expect(schoolYearBounds("2024-25")).toEqual({ from: "2024-07-01", to: "2025-06-30" });
    expect(schoolYearBounds("2024-26")).toBeNull();
    expect(schoolYearOf("2025-03-17")).toBe("2024-25");
    expect(schoolYearOf("2025-07-02")).toBe("2025-26");
  });
  it("accepts winter break 2024-12-23 to 2025-01-03 in 2024-25", () => {
    expect(calendarClosureSchema.safeParse({ ...base, fromDate: "2024-12-23", toDate: "2025-01-03" }).success).toBe(true);
  });
  it("refuses a last day before the first, next to the last-day field", () => {
    const r = calendarClosureSchema.safeParse({ ...base, fromDate: "2025-01-03", toDate: "2024-12-23" });
    expect(r.success).toBe(false);
    expect(r.error?.issues.map((i) => i.path.join("."))).toContain("toDate");
  });
  it("refuses a closure outside its school year", () => {
    const r = calendarClosureSchema.safeParse({ ...base, fromDate: "2025-07-02", toDate: "2025-07-03" });
    expect(r.success).toBe(false);
    expect(r.error?.issues.map((i) => i.message).join(" ")).toMatch(/2024-07-01 to 2025-06-30/);
  });
});
