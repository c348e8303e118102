import { z } from "zod";
import { safeString } from "./common";
import { parseCsvRecords } from "@/lib/csv";
import { ledgerSchemaFor, toLedgerRecord } from "./ledger";
import type { LedgerRecord } from "@/lib/seniority/types";

/** The documented columns of a service-ledger CSV file. */
export const LEDGER_CSV_COLUMNS = ["employeeNumber", "kind", "startDate", "endDate", "fte", "quantity", "reason", "note"] as const;
export const LEDGER_CSV_REQUIRED = ["employeeNumber", "kind", "startDate"] as const;
export const MAX_LEDGER_ROWS = 20_000;

export type LedgerCsvRow = LedgerRecord & { employeeNumber: string; note: string | null };
type Checked = { ok: true; rows: LedgerCsvRow[] } | { ok: false; message: string; rowErrors: Array<{ row: number; message: string }> };

const employeeNumber = safeString().trim().regex(/^[A-Za-z0-9-]{1,20}$/, "1–20 letters, digits or dashes");

/** Validates every row (row numbers count the header as row 1); nothing is returned to save unless all rows pass. */
export function validateLedgerCsv(text: string, rulesId: string): Checked {
  let parsed;
  try {
    parsed = parseCsvRecords(text, LEDGER_CSV_COLUMNS, LEDGER_CSV_REQUIRED);
  } catch (e) {
    return { ok: false, message: e instanceof Error ? e.message : "The file could not be read as CSV.", rowErrors: [] };
  }
  if (parsed.error) return { ok: false, message: parsed.error, rowErrors: [] };
  if (parsed.records.length === 0) return { ok: false, message: "The file has a header row but no entries.", rowErrors: [] };
  if (parsed.records.length > MAX_LEDGER_ROWS) return { ok: false, message: `The file has ${parsed.records.length} rows; import at most ${MAX_LEDGER_ROWS} at a time.`, rowErrors: [] };
  const schema = ledgerSchemaFor(rulesId);
  const rows: LedgerCsvRow[] = [];
  const rowErrors: Array<{ row: number; message: string }> = [];
  parsed.records.forEach((rec, i) => {
    const n = employeeNumber.safeParse(rec.employeeNumber);
    if (!n.success) rowErrors.push({ row: i + 2, message: `employeeNumber: ${n.error.issues[0].message}` });
    const r = schema.safeParse(rec);
    if (r.success && n.success) rows.push({ ...toLedgerRecord(r.data), employeeNumber: n.data });
    else if (!r.success) {
      const fe = z.flattenError(r.error).fieldErrors as Record<string, string[] | undefined>;
      for (const [field, msgs] of Object.entries(fe)) for (const m of msgs ?? []) rowErrors.push({ row: i + 2, message: `${field}: ${m}` });
    }
  });
  if (rowErrors.length) return { ok: false, message: `Nothing was imported: ${new Set(rowErrors.map((e) => e.row)).size} row(s) have errors.`, rowErrors };
  return { ok: true, rows };
}
