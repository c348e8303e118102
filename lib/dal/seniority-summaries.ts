import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { summaryHorizon, type AgreementRules } from "@/lib/seniority/summary";
import { summaryRow } from "@/lib/seniority/summary-row";
import type { LedgerEmployee, LedgerRecord } from "@/lib/seniority/types";
import { toIso, todayInBC } from "./dates";

type Tx = Prisma.TransactionClient;

export type LedgerRow = { kind: string; startDate: Date; endDate: Date | null; fteMilli: number | null; quantity: number | null; reason: string | null };
export const toLedger = (r: LedgerRow): LedgerRecord => ({
  kind: r.kind as LedgerRecord["kind"], startDate: toIso(r.startDate), endDate: r.endDate ? toIso(r.endDate) : null,
  fteMilli: r.fteMilli, quantity: r.quantity, reason: r.reason,
});
export const toLedgerEmployee = (e: { employmentType: string; classification: string | null; hireDate: Date; applicationDate: Date | null }): LedgerEmployee => ({
  employmentType: e.employmentType, classification: e.classification, hireDate: toIso(e.hireDate), applicationDate: e.applicationDate ? toIso(e.applicationDate) : null,
});

/**
 * Recomputes the SenioritySummary of each employee from its whole ledger, inside the caller's
 * transaction, so a ledger write and its summary commit together (DESIGN.md §4).
 */
export async function refreshSummaries(tx: Tx, employeeIds: string[], today = todayInBC()): Promise<void> {
  const horizon = summaryHorizon(today);
  const ids = [...new Set(employeeIds)];
  for (let k = 0; k < ids.length; k += 500) {
    const people = await tx.employee.findMany({
      where: { id: { in: ids.slice(k, k + 500) } },
      include: { agreement: { select: { rulesId: true } }, serviceRecords: { orderBy: { startDate: "asc" } } },
    });
    for (const e of people) {
      const row = summaryRow(e.agreement.rulesId as AgreementRules, toLedgerEmployee(e), e.serviceRecords.map(toLedger), horizon);
      const data = { ...row, organizationId: e.organizationId, agreementId: e.agreementId };
      await tx.senioritySummary.upsert({ where: { employeeId: e.id }, create: { employeeId: e.id, ...data }, update: data });
    }
  }
}
