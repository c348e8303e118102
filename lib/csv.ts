/** RFC 4180 CSV: quoted fields, doubled quotes, CRLF or LF line ends. Returns rows of raw strings. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0; // skip a byte-order mark
  for (; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"') {
        if (text[i + 1] === '"') { field += '"'; i++; } else quoted = false;
      } else field += c;
    } else if (c === '"' && field === "") quoted = true;
    else if (c === ",") { row.push(field); field = ""; }
    else if (c === "\n" || c === "\r") {
      if (c === "\r" && text[i + 1] === "\n") i++;
      row.push(field); field = "";
      if (row.length > 1 || row[0] !== "") rows.push(row);
      row = [];
    } else field += c;
  }
  if (quoted) throw new Error("The file ends inside a quoted field: check for an unmatched double quote.");
  row.push(field);
  if (row.length > 1 || row[0] !== "") rows.push(row);
  return rows;
}

function cell(v: unknown): string {
  const s = v === null || v === undefined ? "" : String(v);
  // Quote when needed; prefix formula-looking text so spreadsheets do not execute it.
  const safe = /^[=+\-@\t\r]/.test(s) && !/^-?\d/.test(s) ? `'${s}` : s;
  return /[",\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function toCsv(header: string[], rows: unknown[][]): string {
  return [header, ...rows].map((r) => r.map(cell).join(",")).join("\r\n") + "\r\n";
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
