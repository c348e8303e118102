import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Actor } from "./actor";

export interface LayoffLedgerEntry {
  employeeId: string;
  kind: "LAYOFF" | "RECALL";
  startDate: string;
  fteMilli: number | null;
  note: string;
}

/**
 * Writes LAYOFF and RECALL entries to the service ledger inside the caller's transaction. The one place the layoff
 * and recall code writes the ledger, so the seniority ledger writer (which also refreshes the summaries) plugs in here.
 */
export async function recordLayoffLedger(tx: Prisma.TransactionClient, _actor: Actor, entries: LayoffLedgerEntry[]): Promise<void> {
  if (!entries.length) return;
  await tx.serviceRecord.createMany({
    data: entries.map((e) => ({ employeeId: e.employeeId, kind: e.kind, startDate: new Date(e.startDate + "T00:00:00Z"), fteMilli: e.fteMilli, note: e.note })),
  });
}
