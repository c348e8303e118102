import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Actor } from "./actor";
import { recordLedgerEntries } from "./seniority-ledger";

export interface LayoffLedgerEntry {
  employeeId: string;
  kind: "LAYOFF" | "RECALL";
  startDate: string;
  fteMilli: number | null;
  note: string;
}

/** Thrown inside a transaction when the ledger refuses an entry, so the whole confirmation is undone. */
export class LedgerRefused extends Error {}

/**
 * Writes LAYOFF and RECALL entries through the seniority ledger writer (which refreshes the summaries and audits each
 * entry) inside the caller's transaction; a refused entry throws LedgerRefused so nothing is kept.
 */
export async function recordLayoffLedger(tx: Prisma.TransactionClient, actor: Actor, entries: LayoffLedgerEntry[]): Promise<void> {
  if (!entries.length) return;
  const r = await recordLedgerEntries(tx, actor, entries.map((e) => ({ employeeId: e.employeeId, kind: e.kind, startDate: e.startDate, endDate: null, fteMilli: e.fteMilli, quantity: null, reason: null, note: e.note })));
  if (!r.ok) throw new LedgerRefused(`The service ledger refused the ${entries[0].kind === "LAYOFF" ? "layoff" : "recall"}: ${r.errors.map((x) => `${x.field} ${x.message}`).join("; ")}. Nothing was recorded.`);
}
