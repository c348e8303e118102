import "server-only";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { validateEntries, type EntryError } from "@/lib/seniority/validate";
import type { LedgerRecord } from "@/lib/seniority/types";
import { requireRole, type Actor } from "./actor";
import { recordAudit } from "./audit";
import { NotFoundError } from "./errors";
import { refreshSummaries, toLedger } from "./seniority-summaries";
import { toIso } from "./dates";

type Tx = Prisma.TransactionClient;

/** A ledger entry to write: a ServiceRecord in storage units (see prisma/schema.prisma ServiceRecord). */
export interface LedgerEntry extends LedgerRecord {
  employeeId: string;
  note?: string | null;
}

export type LedgerWriteResult = { ok: true; ids: string[] } | { ok: false; errors: EntryError[] };

const day = (iso: string | null) => (iso ? new Date(iso + "T00:00:00Z") : null);

/**
 * Writes ServiceRecords AND refreshes the employees' SenioritySummary rows in the caller's
 * transaction, with an AuditEvent per entry. The actor must be ADMIN or HR_CLERK of each
 * employee's district (ForbiddenError); an employee outside the actor's scope is NotFoundError.
 * Entries are checked against the ledger first (overlapping contracts, a span ending before it
 * starts, TTOC days or hours with no employment): on any error nothing is written and the
 * errors name the entry's index in `entries` and the field.
 */
export async function recordLedgerEntries(tx: Tx, actor: Actor, entries: LedgerEntry[]): Promise<LedgerWriteResult> {
  const ids = [...new Set(entries.map((e) => e.employeeId))];
  const people = await tx.employee.findMany({
    where: { id: { in: ids }, agreementId: { in: actor.agreementIds } },
    include: { serviceRecords: true },
  });
  if (people.length !== ids.length) throw new NotFoundError("Employee");
  for (const p of people) requireRole(actor, ["ADMIN", "HR_CLERK"], { organizationId: p.organizationId });
  const errors = validateEntries(
    people.map((p) => ({
      hireDate: toIso(p.hireDate), employmentType: p.employmentType, records: p.serviceRecords.map(toLedger),
      entries: entries.map((record, index) => ({ index, record })).filter((x) => x.record.employeeId === p.id),
    })),
  );
  if (errors.length) return { ok: false, errors: errors.sort((a, b) => a.index - b.index) };
  const byId = new Map(people.map((p) => [p.id, p]));
  const out: string[] = [];
  for (const e of entries) {
    const r = await tx.serviceRecord.create({
      data: {
        employeeId: e.employeeId, kind: e.kind, startDate: day(e.startDate)!, endDate: day(e.endDate),
        fteMilli: e.fteMilli, quantity: e.quantity, reason: e.reason, note: e.note ?? null,
      },
    });
    out.push(r.id);
    await recordAudit(tx, actor, { action: "create", entity: "ServiceRecord", entityId: r.id, organizationId: byId.get(e.employeeId)!.organizationId, after: e });
  }
  await refreshSummaries(tx, ids);
  return { ok: true, ids: out };
}

/** One entry from the ledger form, in its own transaction. */
export async function addLedgerEntry(actor: Actor, entry: LedgerEntry): Promise<LedgerWriteResult> {
  const prisma = await db();
  return prisma.$transaction((tx) => recordLedgerEntries(tx, actor, [entry]));
}

/** A CSV import: every row or none (rows were validated by lib/schemas/ledger-csv.ts). */
export async function importLedgerEntries(actor: Actor, organizationId: string, rows: Array<LedgerRecord & { employeeNumber: string; note: string | null }>) {
  requireRole(actor, ["ADMIN", "HR_CLERK"], { organizationId });
  const prisma = await db();
  const numbers = [...new Set(rows.map((r) => r.employeeNumber))];
  const found = await prisma.employee.findMany({ where: { organizationId, employeeNumber: { in: numbers }, agreementId: { in: actor.agreementIds } }, select: { id: true, employeeNumber: true } });
  const idOf = new Map(found.map((e) => [e.employeeNumber, e.id]));
  const missing = rows.flatMap((r, i) => (idOf.has(r.employeeNumber) ? [] : [{ row: i + 2, field: "employeeNumber", message: `no employee ${r.employeeNumber} in this district` }]));
  if (missing.length) return { ok: false as const, errors: missing };
  const entries = rows.map(({ employeeNumber, ...r }) => ({ ...r, employeeId: idOf.get(employeeNumber)! }));
  const res = await prisma.$transaction(async (tx) => {
    const r = await recordLedgerEntries(tx, actor, entries);
    if (r.ok) {
      const created = r.ids.map((id, i) => [id, rows[i].employeeNumber, rows[i].kind, rows[i].startDate]);
      await recordAudit(tx, actor, { action: "import", entity: "ServiceRecord", organizationId, after: { count: rows.length, createdColumns: ["id", "employeeNumber", "kind", "startDate"], created } });
    }
    return r;
  }, { timeout: 120_000 });
  if (!res.ok) return { ok: false as const, errors: res.errors.map((e) => ({ row: e.index + 2, field: e.field, message: e.message })) };
  return { ok: true as const, count: res.ids.length };
}
