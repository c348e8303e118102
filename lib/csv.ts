// RFC 4180 CSV through csv-parse and csv-stringify; this module keeps Accord's conventions on top of them.
import { CsvError, parse } from "csv-parse/sync";
import { stringify } from "csv-stringify/sync";

/** Quoted fields, doubled quotes, CRLF or LF line ends; a byte-order mark and blank lines are skipped. */
export function parseCsv(text: string): string[][] {
  try {
    return parse(text, { bom: true, relax_column_count: true, skip_empty_lines: true }) as string[][];
  } catch (e) {
    if (e instanceof CsvError && e.code === "CSV_QUOTE_NOT_CLOSED") throw new Error("The file ends inside a quoted field: check for an unmatched double quote.");
    throw e;
  }
}

/**
 * A cell a spreadsheet could run as a formula (starting with =, +, -, @, tab or carriage return) gets a leading
 * apostrophe, unless the whole cell is a plain number such as -12.50 (OWASP CSV injection).
 */
export function neutralise(s: string): string {
  return /^[=+\-@\t\r]/.test(s) && !/^[+-]?\d+(\.\d+)?$/.test(s) ? `'${s}` : s;
}

export function toCsv(header: string[], rows: unknown[][]): string {
  const cells = [header, ...rows].map((r) => r.map((v) => neutralise(v === null || v === undefined ? "" : String(v))));
  return stringify(cells, { record_delimiter: "\r\n", quoted_match: /[\r\n]/ });
}

/** Parses a CSV with a header row into records keyed by header name. Unknown or missing columns are reported. */
export function parseCsvRecords(text: string, expected: readonly string[], required: readonly string[]) {
  const rows = parseCsv(text);
  if (rows.length === 0) return { error: "The file is empty.", records: [] as Record<string, string>[] };
  const header = rows[0].map((h) => h.trim());
  const unknown = header.filter((h) => !expected.includes(h));
  const missing = required.filter((h) => !header.includes(h));
  if (unknown.length || missing.length) {
    const parts = [];
    if (missing.length) parts.push(`missing column(s): ${missing.join(", ")}`);
    if (unknown.length) parts.push(`unknown column(s): ${unknown.join(", ")}`);
    return { error: `The header row does not match the format (${parts.join("; ")}).`, records: [] };
  }
  const records = rows.slice(1).map((r) => Object.fromEntries(header.map((h, i) => [h, r[i] ?? ""])));
  return { error: null, records };
}
