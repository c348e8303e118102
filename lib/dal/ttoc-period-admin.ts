import "server-only";
import { db } from "@/lib/db";
import { nextSemiMonthlyPeriod, type PeriodRange } from "@/lib/ttoc/semi-monthly";
import { requireRole, type Actor } from "./actor";
import { recordAudit } from "./audit";
import { toIso, todayInBC } from "./dates";
import { findPayPeriod } from "./ttoc";

/** The range to pre-fill for each district's next period: the semi-monthly period after its last one (B.9). */
export async function nextPeriodDefaults(actor: Actor, organizationIds: string[]): Promise<Record<string, PeriodRange>> {
  const prisma = await db();
  const last = await prisma.payPeriod.groupBy({ by: ["organizationId"], where: { organizationId: { in: organizationIds.filter((o) => actor.organizationIds.includes(o)) } }, _max: { endDate: true } });
  const today = todayInBC();
  return Object.fromEntries(organizationIds.map((o) => {
    const end = last.find((l) => l.organizationId === o)?._max.endDate;
    return [o, nextSemiMonthlyPeriod(end ? toIso(end) : null, today)];
  }));
}

/** What deleting an open period removes; refused for an approved period (its lines are frozen). */
export async function deletionSummary(actor: Actor, id: string) {
  const period = await findPayPeriod(actor, id);
  requireRole(actor, ["ADMIN", "HR_CLERK"], { organizationId: period.organizationId });
  const prisma = await db();
  const [lines, adjustments, callouts] = await Promise.all([
    prisma.payLine.count({ where: { periodId: id, kind: "PAY" } }),
    prisma.payLine.count({ where: { periodId: id, kind: { not: "PAY" } } }),
    prisma.ttocDay.count({ where: { organizationId: period.organizationId, date: { gte: period.startDate, lte: period.endDate } } }),
  ]);
  return { period, deletable: period.status === "OPEN", lines, adjustments, callouts };
}

/** Deletes an open period and its (unapproved) lines; the callouts stay, dated, for the period that replaces it. */
export async function deletePayPeriod(actor: Actor, id: string) {
  const s = await deletionSummary(actor, id);
  if (!s.deletable) return { ok: false as const, message: "This period is approved: its lines are frozen and it cannot be deleted." };
  const prisma = await db();
  await prisma.$transaction(async (tx) => {
    await tx.payLine.deleteMany({ where: { periodId: id } });
    await tx.payPeriod.delete({ where: { id } });
    await recordAudit(tx, actor, { action: "delete", entity: "PayPeriod", entityId: id, organizationId: s.period.organizationId, before: { startDate: toIso(s.period.startDate), endDate: toIso(s.period.endDate), lines: s.lines, adjustments: s.adjustments, nonStandardReason: s.period.nonStandardReason } });
  });
  return { ok: true as const };
}

/** What approval freezes: line and TTOC counts, the total, the adjustments, and every TTOC with their total. */
export async function approvalSummary(actor: Actor, id: string) {
  const period = await findPayPeriod(actor, id);
  requireRole(actor, ["ADMIN", "HR_CLERK"], { organizationId: period.organizationId });
  const prisma = await db();
  const [byTtoc, adjustments] = await Promise.all([
    prisma.$queryRaw<Array<{ employeeNumber: string; lastName: string; firstName: string; cents: bigint; lines: bigint }>>`SELECT e."employeeNumber", e."lastName", e."firstName", SUM(l."totalCents") AS cents, COUNT(*) AS lines
      FROM pay_line l JOIN employee e ON e.id = l."employeeId" WHERE l."periodId" = ${id}
      GROUP BY e."employeeNumber", e."lastName", e."firstName" ORDER BY e."lastName", e."firstName", e."employeeNumber"`,
    prisma.payLine.count({ where: { periodId: id, kind: { not: "PAY" } } }),
  ]);
  const ttocs = byTtoc.map((r) => ({ employeeNumber: r.employeeNumber, name: `${r.lastName}, ${r.firstName}`, cents: Number(r.cents), lines: Number(r.lines) }));
  return { period, ttocs, lineCount: ttocs.reduce((s, t) => s + t.lines, 0), totalCents: ttocs.reduce((s, t) => s + t.cents, 0), adjustments };
}
