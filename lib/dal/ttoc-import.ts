import "server-only";
import { parseCsvRecords } from "@/lib/csv";
import { TTOC_CSV_COLUMNS, TTOC_CSV_REQUIRED } from "@/lib/schemas/ttoc";
import type { Actor } from "./actor";
import { saveCallouts, type RowError } from "./ttoc-entry";

export type { RowError };

/** Validates a dispatch CSV against the period, the roster, the schools and the pay rules; saves every row or none. */
export async function importTtocDays(actor: Actor, periodId: string, text: string): Promise<{ ok: true; count: number } | { ok: false; message: string; errors: RowError[] }> {
  let parsed;
  try { parsed = parseCsvRecords(text, TTOC_CSV_COLUMNS, TTOC_CSV_REQUIRED); } catch (e) { return { ok: false, message: (e as Error).message, errors: [] }; }
  if (parsed.error) return { ok: false, message: parsed.error, errors: [] };
  if (!parsed.records.length) return { ok: false, message: "The file has a header row but no callouts.", errors: [] };
  const r = await saveCallouts(actor, periodId, parsed.records, (i) => i + 2, "import");
  return r.ok || !r.errors.length ? r : { ...r, message: r.message.replace("Nothing was saved", "Nothing was imported") };
}
