import { describe, expect, it } from "vitest";
import { z } from "zod";
import { employeeSchemaFor, toEmployeeColumns } from "./employee";
import { validateEmployeeCsv, validateEmployeeCsvChunked } from "./employee-csv";
import { sd71Employees, sd73Employees } from "@/lib/demo/factories";

const teacher = { employeeNumber: "739999", firstName: "Ada", lastName: "Lovelace", status: "ACTIVE", employmentType: "CONTINUING", certificated: "on", teacherCategory: "5", teacherStep: "8", fte: "0.6", hireDate: "2020-09-01" };

describe("employee validation", () => {
  it("accepts a certificated SD73 teacher placed on Appendix A and stores FTE in thousandths", () => {
    const r = employeeSchemaFor("sd73-teachers").parse(teacher);
    expect(toEmployeeColumns(r, "sd73-teachers")).toMatchObject({ teacherCategory: "5", teacherStep: 8, fteMilli: 600, certificated: true });
  });
  it("requires a category and step for a certificated SD73 teacher (Appendix A)", () => {
    const r = employeeSchemaFor("sd73-teachers").safeParse({ ...teacher, teacherCategory: "", teacherStep: "" });
    const fe = z.flattenError(r.error!).fieldErrors as Record<string, string[]>;
    expect(fe.teacherCategory?.[0]).toMatch(/salary category/);
    expect(fe.teacherStep?.[0]).toMatch(/salary step/);
  });
  it("refuses a CUPE 439 employment type for a teacher, and a non-certificated continuing teacher (B.2.8)", () => {
    const r = employeeSchemaFor("sd73-teachers").safeParse({ ...teacher, employmentType: "REGULAR", certificated: "" });
    const fe = z.flattenError(r.error!).fieldErrors as Record<string, string[]>;
    expect(fe.employmentType).toBeDefined();
    expect(fe.certificated?.[0]).toMatch(/Only a TTOC/);
  });
  it("requires a pay grade and step for CUPE 439 staff and rejects a bad date", () => {
    const r = employeeSchemaFor("sd71-cupe439").safeParse({ ...teacher, employmentType: "REGULAR", hireDate: "2020-02-30" });
    const fe = z.flattenError(r.error!).fieldErrors as Record<string, string[]>;
    expect(fe.payGrade).toBeDefined();
    expect(fe.hireDate?.[0]).toMatch(/YYYY-MM-DD/);
  });
  it("accepts every generated demo employee of both districts", () => {
    for (const [rulesId, people] of [["sd73-teachers", sd73Employees()], ["sd71-cupe439", sd71Employees()]] as const) {
      expect(people).toHaveLength(300);
      expect(new Set(people.map((p) => p.employeeNumber)).size).toBe(300);
      for (const p of people) {
        const raw = { ...p, certificated: String(p.certificated), teacherStep: p.teacherStep ?? "", payStep: p.payStep ?? "", fte: String(p.fteMilli / 1000), qualifications: p.qualifications.join(";"), applicationDate: p.applicationDate ?? "" };
        const r = employeeSchemaFor(rulesId).safeParse(raw);
        expect(r.success, `${p.employeeNumber}: ${r.success ? "" : r.error.message}`).toBe(true);
      }
    }
  });
});

describe("employee CSV import", () => {
  const header = "employeeNumber,firstName,lastName,status,employmentType,payGrade,payStep,hireDate\n";
  it("validates every row and reports errors by row number, header being row 1", () => {
    const r = validateEmployeeCsv(header + "710900,Ann,Lee,ACTIVE,REGULAR,8,2,2019-01-07\n710901,,Kim,ACTIVE,REGULAR,20,2,2019-01-07\n", "sd71-cupe439");
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.rowErrors.map((e) => e.row)).toEqual([3, 3]);
      expect(r.rowErrors.map((e) => e.message).join(" ")).toMatch(/firstName.*payGrade/);
    }
  });
  it("returns typed rows when every row is valid", () => {
    const r = validateEmployeeCsv(header + "710900,Ann,Lee,ACTIVE,REGULAR,B11,1,2019-01-07\n", "sd71-cupe439");
    expect(r.ok && r.rows[0]).toMatchObject({ payGrade: "B11", payStep: 1, hireDate: "2019-01-07", fteMilli: 1000 });
  });
  it("checks a 1,200-row file in chunks that yield to other work, with the same rows and row numbers as in one pass", async () => {
    const rows = Array.from({ length: 1200 }, (_, i) => `71${String(i).padStart(4, "0")},Ann,Lee,ACTIVE,REGULAR,${i === 699 ? "Z99" : "B11"},1,2019-01-07`);
    const text = header + rows.join("\n") + "\n";
    let otherWorkRan = false;
    setImmediate(() => { otherWorkRan = true; });
    const chunked = validateEmployeeCsvChunked(text, "sd71-cupe439");
    expect(otherWorkRan).toBe(false);
    const r = await chunked;
    expect(otherWorkRan).toBe(true);
    expect(r).toEqual(validateEmployeeCsv(text, "sd71-cupe439"));
    expect(!r.ok && r.rowErrors.map((e) => e.row)).toEqual([701]);
    const valid = await validateEmployeeCsvChunked(header + rows.filter((_, i) => i !== 699).join("\n"), "sd71-cupe439");
    expect(valid.ok && valid.rows.length).toBe(1199);
  });
});
