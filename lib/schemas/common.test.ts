import { describe, expect, it } from "vitest";
import { z } from "zod";
import { AllocationSchema, MeetingSchema } from "./lif";
import { EmployeeFields } from "./employee";
import { grievanceEventSchema, grievanceFilterSchema, newGrievanceSchema } from "./grievance";
import { LedgerFields } from "./ledger";
import { TtocRowSchema } from "./ttoc";
import { EmployeeFilterSchema } from "./employee-filter";

const errors = (r: { success: boolean; error?: z.ZodError }) => (r.success ? {} : z.flattenError(r.error!).fieldErrors) as Record<string, string[] | undefined>;
const employee = {
  employeeNumber: "T1001", firstName: "Ada", lastName: "Lovelace", status: "ACTIVE", employmentType: "CONTINUING",
  certificated: "on", teacherCategory: "5", teacherStep: "3", fte: "1", hireDate: "2015-09-01",
};

describe("shared input schemas refuse what PostgreSQL or people cannot use", () => {
  it("refuses a NUL byte in a person's name with a field error", () => {
    expect(errors(EmployeeFields.safeParse({ ...employee, lastName: "Love\u0000lace" })).lastName).toEqual(["must not contain control characters"]);
  });
  it("refuses other control characters in single-line fields but keeps line breaks in multi-line ones", () => {
    const g = newGrievanceSchema("2025-01-10");
    const base = { agreementId: "a", type: "INDIVIDUAL", grievors: "T1001", articles: "C.2.1", remedy: "Make whole", violationDate: "2025-01-06" };
    expect(g.safeParse({ ...base, summary: "Line one\nline two\tindented" }).success).toBe(true);
    expect(errors(g.safeParse({ ...base, summary: "Bell \u0007 in the summary" })).summary).toEqual(["must not contain control characters"]);
    expect(errors(grievanceEventSchema.safeParse({ type: "MEETING", date: "2025-01-06", note: "a\u0000b" })).note).toEqual(["must not contain control characters"]);
    expect(errors(LedgerFields.safeParse({ kind: "LEAVE", startDate: "2025-01-06", reason: "x\u001bx" })).reason).toEqual(["must not contain control characters"]);
    expect(errors(TtocRowSchema.safeParse({ employeeNumber: "T1\u0000", date: "2025-01-06", school: "Valleyview", fraction: "1" })).employeeNumber).toEqual(["must not contain control characters"]);
    expect(MeetingSchema.safeParse({ date: "2025-01-06", districtAttendees: "HR", localAttendees: "Local", minutes: "1. Opened\r\n2. Closed" }).success).toBe(true);
  });
  it("strips bidirectional override characters from names (U+202A–U+202E, U+2066–U+2069)", () => {
    const r = EmployeeFields.safeParse({ ...employee, firstName: "\u202EadA", lastName: "Love\u2066lace\u2069" });
    expect(r.success && [r.data.firstName, r.data.lastName]).toEqual(["adA", "Lovelace"]);
  });
  it("drops a query-string filter carrying a NUL byte instead of sending it to the database", () => {
    expect(grievanceFilterSchema.parse({ q: "smith\u0000" }).q).toBeUndefined();
    expect(EmployeeFilterSchema.parse({ q: "a\u0000" }).q).toBeUndefined();
  });
  it("refuses years outside 1900–2100 in every date", () => {
    expect(errors(EmployeeFields.safeParse({ ...employee, hireDate: "0001-01-01" })).hireDate).toEqual(["The year must be between 1900 and 2100"]);
    expect(errors(EmployeeFields.safeParse({ ...employee, hireDate: "2101-01-01" })).hireDate).toEqual(["The year must be between 1900 and 2100"]);
    expect(EmployeeFields.safeParse({ ...employee, hireDate: "1900-01-01" }).success).toBe(true);
    expect(errors(LedgerFields.safeParse({ kind: "APPOINTMENT", startDate: "9999-09-01" })).startDate).toEqual(["The year must be between 1900 and 2100"]);
  });
  it("refuses an LIF allocation beyond an integer cents column: $21,474,836.48 and up", () => {
    const a = { organizationId: "o", schoolYear: "2024-25", source: "Ministry letter" };
    expect(AllocationSchema.safeParse({ ...a, amount: "21474836.47" }).success).toBe(true);
    expect(AllocationSchema.safeParse({ ...a, amount: "21,474,836.47" }).success).toBe(true);
    expect(errors(AllocationSchema.safeParse({ ...a, amount: "21474836.48" })).amount).toEqual(["Amount must be at most $21,474,836.47"]);
    expect(errors(AllocationSchema.safeParse({ ...a, amount: "99999999999999999999" })).amount).toEqual(["Amount must be at most $21,474,836.47"]);
  });
});
