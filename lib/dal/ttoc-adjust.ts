import "server-only";
import { db } from "@/lib/db";
import { RulesError } from "@/lib/rules";
import { formatCents } from "@/lib/rules/core";
import { payForDay } from "@/lib/ttoc/compute-lines";
import { requireRole, type Actor } from "./actor";
import { recordAudit } from "./audit";
import { toIso } from "./dates";
import { withExplanation } from "./ttoc-lines";
import { findPayPeriod } from "./ttoc";
import { loadParameterSet } from "./parameter-set";
import { loadTimelines } from "./ttoc-timelines";

type Fail = { ok: false; message: string; errors?: Record<string, string[]> };
const day = (iso: string) => new Date(iso + "T00:00:00Z");

/** The adjustment lines of a period, each with the approved line it corrects. */
export async function listAdjustments(actor: Actor, periodId: string) {
  await findPayPeriod(actor, periodId);
  const prisma = await db();
  const rows = await prisma.payLine.findMany({
    where: { periodId, kind: "ADJUSTMENT" }, orderBy: [{ createdAt: "asc" }],
    include: { employee: { select: { employeeNumber: true, firstName: true, lastName: true } }, explanation: { select: { steps: true, citations: true } }, refLine: { select: { date: true, totalCents: true, period: { select: { id: true, startDate: true, endDate: true } } } } },
  });
  return rows.map(withExplanation);
}

/**
 * A correction after approval: the day is recomputed under the rules (its callouts, the placement in effect that day
 * as now recorded) and compared with everything already paid for it; the difference becomes an ADJUSTMENT line in
 * this open period, referring to the approved line. The approved period itself never changes.
 */
export async function recordAdjustment(actor: Actor, periodId: string, input: { employeeNumber: string; date: string; reason: string }): Promise<{ ok: true; cents: number } | Fail> {
  const period = await findPayPeriod(actor, periodId);
  requireRole(actor, ["ADMIN", "HR_CLERK"], { organizationId: period.organizationId });
  if (period.status === "APPROVED") return { ok: false, message: "This period is approved and cannot change: record the adjustment in a later open period." };
  const prisma = await db();
  const emp = await prisma.employee.findFirst({ where: { organizationId: period.organizationId, employmentType: "TTOC", employeeNumber: input.employeeNumber } });
  if (!emp) return { ok: false, message: "Nothing was saved.", errors: { employeeNumber: [`employeeNumber ${input.employeeNumber} is not a TTOC of this district`] } };
  const original = await prisma.payLine.findFirst({
    where: { employeeId: emp.id, date: day(input.date), kind: "PAY", period: { status: "APPROVED", organizationId: period.organizationId } },
    include: { period: { select: { startDate: true, endDate: true } } },
  });
  if (!original) return { ok: false, message: "Nothing was saved.", errors: { date: [`${input.employeeNumber} has no pay line on ${input.date} in an approved period`] } };
  const [callouts, paidLines, { placementFor }, params] = await Promise.all([
    prisma.ttocDay.findMany({ where: { employeeId: emp.id, date: day(input.date) }, select: { fractionMilli: true } }),
    prisma.payLine.findMany({ where: { employeeId: emp.id, date: day(input.date), period: { organizationId: period.organizationId } }, include: { period: { select: { startDate: true } } } }),
    loadTimelines(prisma, period.organizationId, [emp.id], day(input.date)),
    loadParameterSet(prisma, period.organizationId),
  ]);
  const paid = paidLines.reduce((s, l) => ({ total: s.total + l.totalCents, wage: s.wage + l.wageCents, inLieu: s.inLieu + l.inLieuCents, milli: s.milli + l.paidFractionMilli }), { total: 0, wage: 0, inLieu: 0, milli: 0 });
  let fresh;
  try {
    fresh = callouts.length
      ? payForDay(emp.id, input.date, callouts.map((c) => ({ employeeId: emp.id, date: input.date, fractionMilli: c.fractionMilli, employee: emp })), placementFor, params)
      : { totalCents: 0, wageCents: 0, inLieuCents: 0, paidFractionMilli: 0, citations: ["B.2.7"], steps: ["No callout is recorded on this date any more: nothing is due for it."] };
  } catch (e) {
    if (e instanceof RulesError) return { ok: false, message: "Nothing was saved.", errors: { date: [`${e.message.replace(/ \[field: .*\]$/, "")} (${e.article})`] } };
    throw e;
  }
  const cents = fresh.totalCents - paid.total;
  if (cents === 0) return { ok: false, message: "Nothing was saved.", errors: { date: [`Recomputing ${input.date} gives ${formatCents(fresh.totalCents)}, exactly what was paid: there is nothing to adjust.`] } };
  const ref = `${toIso(original.period.startDate)} to ${toIso(original.period.endDate)}`;
  const steps = [
    `Correction of the line of ${input.date} in the approved period ${ref} (${input.reason}); the approved period is not changed.`,
    ...fresh.steps.map((s) => `Recomputed: ${s}`),
    `Already paid for ${input.date}: ${paidLines.map((l) => `${formatCents(l.totalCents)} (${l.kind === "PAY" ? "pay" : "adjustment"}, period from ${toIso(l.period.startDate)})`).join(" + ")} = ${formatCents(paid.total)}.`,
    `Adjustment = ${formatCents(fresh.totalCents)} − ${formatCents(paid.total)} = ${formatCents(cents)}.`,
  ];
  await prisma.$transaction(async (tx) => {
    const line = await tx.payLine.create({
      data: {
        periodId, employeeId: emp.id, date: day(input.date), kind: "ADJUSTMENT", reason: input.reason, refLineId: original.id,
        totalCents: cents, wageCents: fresh.wageCents - paid.wage, inLieuCents: fresh.inLieuCents - paid.inLieu, paidFractionMilli: fresh.paidFractionMilli - paid.milli,
        citations: [...new Set(["B.2.7", ...fresh.citations])], steps,
      },
    });
    await recordAudit(tx, actor, { action: "create", entity: "PayLine", entityId: line.id, organizationId: period.organizationId, after: { kind: "ADJUSTMENT", employeeNumber: input.employeeNumber, date: input.date, cents, reason: input.reason, refLineId: original.id } });
  });
  return { ok: true, cents };
}
