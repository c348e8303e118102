import { z } from "zod";
import { parseCsvRecords } from "@/lib/csv";
import { yieldToEventLoop } from "@/lib/event-loop";
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

type Parsed = { ok: true; records: Record<string, string>[] } | { ok: false; message: string };

function parse(text: string): Parsed {
  let parsed;
  try {
    parsed = parseCsvRecords(text, [...EMPLOYEE_CSV_COLUMNS, "district"], EMPLOYEE_CSV_REQUIRED);
  } catch (e) {
    return { ok: false, message: e instanceof Error ? e.message : "The file could not be read as CSV." };
  }
  if (parsed.error) return { ok: false, message: parsed.error };
  if (parsed.records.length === 0) return { ok: false, message: "The file has a header row but no employees." };
  if (parsed.records.length > MAX_IMPORT_ROWS) return { ok: false, message: `The file has ${parsed.records.length} rows; import at most ${MAX_IMPORT_ROWS} at a time.` };
  return { ok: true, records: parsed.records };
}

/** Checks records [from, to) into rows or rowErrors (row numbers count the header as row 1). */
function checkRange(records: Record<string, string>[], rulesId: string, from: number, to: number, rows: EmployeeColumns[], rowErrors: Array<{ row: number; message: string }>) {
  const schema = employeeSchemaFor(rulesId);
  for (let i = from; i < to; i++) {
    const r = schema.safeParse(records[i]);
    if (r.success) rows.push(toEmployeeColumns(r.data, rulesId));
    else {
      const fe = z.flattenError(r.error).fieldErrors as Record<string, string[] | undefined>;
      for (const [field, msgs] of Object.entries(fe)) for (const m of msgs ?? []) rowErrors.push({ row: i + 2, message: `${field}: ${m}` });
    }
  }
}

function result(rows: EmployeeColumns[], rowErrors: Array<{ row: number; message: string }>): Checked {
  if (rowErrors.length) return { ok: false, message: `Nothing was imported: ${new Set(rowErrors.map((e) => e.row)).size} row(s) have errors.`, rowErrors };
  return { ok: true, rows };
}

/** Validates every row against the agreement's employee rules; row numbers count the header as row 1. */
export function validateEmployeeCsv(text: string, rulesId: string): Checked {
  const parsed = parse(text);
  if (!parsed.ok) return { ok: false, message: parsed.message, rowErrors: [] };
  const rows: EmployeeColumns[] = [];
  const rowErrors: Array<{ row: number; message: string }> = [];
  checkRange(parsed.records, rulesId, 0, parsed.records.length, rows, rowErrors);
  return result(rows, rowErrors);
}

const CHUNK = 500;

/**
 * The same check in chunks of 500 rows that yield to the event loop between them, so a 10,000-row file does not hold
 * up other people's requests on the same server while it is validated.
 */
export async function validateEmployeeCsvChunked(text: string, rulesId: string): Promise<Checked> {
  const parsed = parse(text);
  if (!parsed.ok) return { ok: false, message: parsed.message, rowErrors: [] };
  const rows: EmployeeColumns[] = [];
  const rowErrors: Array<{ row: number; message: string }> = [];
  for (let from = 0; from < parsed.records.length; from += CHUNK) {
    checkRange(parsed.records, rulesId, from, Math.min(from + CHUNK, parsed.records.length), rows, rowErrors);
    await yieldToEventLoop();
  }
  return result(rows, rowErrors);
}
