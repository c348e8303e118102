import { z } from "zod";
import { parseCsvRecords } from "@/lib/csv";
import { employeeSchemaFor, toEmployeeColumns, type EmployeeColumns } from "./employee";

/** The documented column format of employee CSV files (import and export use the same names). */
export const EMPLOYEE_CSV_COLUMNS = [
  "employeeNumber", "firstName", "lastName", "email", "status", "employmentType", "certificated",
  "teacherCategory", "teacherStep", "payGrade", "payStep", "classification", "generalClassification",
  "fte", "qualifications", "hireDate", "applicationDate",
] as const;
export const EMPLOYEE_CSV_REQUIRED = ["employeeNumber", "firstName", "lastName", "status", "employmentType", "hireDate"] as const;

export const MAX_IMPORT_ROWS = 10_000;

type Checked =
  | { ok: true; rows: EmployeeColumns[] }
  | { ok: false; message: string; rowErrors: Array<{ row: number; message: string }> };

/** Validates every row against the agreement's employee rules; row numbers count the header as row 1. */
export function validateEmployeeCsv(text: string, rulesId: string): Checked {
  let parsed;
  try {
    parsed = parseCsvRecords(text, [...EMPLOYEE_CSV_COLUMNS, "district"], EMPLOYEE_CSV_REQUIRED);
  } catch (e) {
    return { ok: false, message: e instanceof Error ? e.message : "The file could not be read as CSV.", rowErrors: [] };
  }
  if (parsed.error) return { ok: false, message: parsed.error, rowErrors: [] };
  if (parsed.records.length === 0) return { ok: false, message: "The file has a header row but no employees.", rowErrors: [] };
  if (parsed.records.length > MAX_IMPORT_ROWS) return { ok: false, message: `The file has ${parsed.records.length} rows; import at most ${MAX_IMPORT_ROWS} at a time.`, rowErrors: [] };
  const schema = employeeSchemaFor(rulesId);
  const rows: EmployeeColumns[] = [];
  const rowErrors: Array<{ row: number; message: string }> = [];
  parsed.records.forEach((rec, i) => {
    const r = schema.safeParse(rec);
    if (r.success) rows.push(toEmployeeColumns(r.data, rulesId));
    else {
      const fe = z.flattenError(r.error).fieldErrors as Record<string, string[] | undefined>;
      for (const [field, msgs] of Object.entries(fe)) for (const m of msgs ?? []) rowErrors.push({ row: i + 2, message: `${field}: ${m}` });
    }
  });
  if (rowErrors.length) return { ok: false, message: `Nothing was imported: ${new Set(rowErrors.map((e) => e.row)).size} row(s) have errors.`, rowErrors };
  return { ok: true, rows };
}
