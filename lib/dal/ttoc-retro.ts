import "server-only";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { RulesError } from "@/lib/rules";
import { formatCents } from "@/lib/rules/core";
import { payForDay, type CalloutDay } from "@/lib/ttoc/compute-lines";
import { requireRole, type Actor } from "./actor";
import { recordAudit } from "./audit";
import { toIso } from "./dates";
import { loadParameterSet, overlayCite } from "./parameter-set";
import { findPayPeriod } from "./ttoc";
import { loadTimelines } from "./ttoc-timelines";

const notRun = (pvId: string, organizationId: string, from: Date) => ({
  kind: "PAY", date: { gte: from }, period: { status: "APPROVED" as const, organizationId }, adjustments: { none: { parameterValueId: pvId } },
});

/** District-entered values dated before approved TTOC days that no retro run has covered yet (shown on the pay page). */
export async function retroCandidates(actor: Actor, periodId: string) {
  const period = await findPayPeriod(actor, periodId);
  const prisma = await db();
  const values = await prisma.parameterValue.findMany({
    where: { agreement: { organizationId: period.organizationId, rulesId: "sd73-teachers" }, withdrawnAt: null },
    include: { enteredBy: { select: { name: true, email: true } } }, orderBy: { effectiveDate: "asc" },
  });
  const out = [];
  for (const v of values) {
    const days = await prisma.payLine.count({ where: notRun(v.id, period.organizationId, v.effectiveDate) });
    if (days) out.push({ id: v.id, label: `${v.seriesId} from ${toIso(v.effectiveDate)}: ${overlayCite(v)}`, days });
  }
  return out;
}

/**
 * Retro run (DESIGN decision 6): every approved day from the value's effective date, recomputed with the district's
 * values now in force, less everything already paid for that day, becomes an ADJUSTMENT line in this open period
 * referring to the approved line. Idempotent: a line already adjusted for this value is skipped, and the pair
 * (original line, value) is unique in the table.
 */
export async function runRetro(actor: Actor, periodId: string, parameterValueId: string) {
  const period = await findPayPeriod(actor, periodId);
  requireRole(actor, ["ADMIN", "HR_CLERK"], { organizationId: period.organizationId });
  if (period.status === "APPROVED") return { ok: false as const, message: "This period is approved: run the retro in an open period." };
  const org = period.organizationId;
  const prisma = await db();
  const pv = await prisma.parameterValue.findFirst({ where: { id: parameterValueId, agreement: { organizationId: org }, withdrawnAt: null }, include: { enteredBy: { select: { name: true, email: true } } } });
  if (!pv) return { ok: false as const, message: "That parameter value does not exist or was withdrawn." };
  const originals = await prisma.payLine.findMany({ where: notRun(pv.id, org, pv.effectiveDate), select: { id: true, employeeId: true, date: true, period: { select: { startDate: true, endDate: true } } } });
  if (!originals.length) return { ok: true as const, count: 0, totalCents: 0, days: 0 };
  const empIds = [...new Set(originals.map((o) => o.employeeId))];
  const dates = originals.map((o) => o.date.getTime());
  const [lo, hi] = [new Date(Math.min(...dates)), new Date(Math.max(...dates))];
  const [employees, callouts, paidLines, params] = await Promise.all([
    prisma.employee.findMany({ where: { id: { in: empIds }, organizationId: org }, select: { id: true, employeeNumber: true, certificated: true, teacherCategory: true, teacherStep: true, hireDate: true } }),
    prisma.ttocDay.findMany({ where: { organizationId: org, employeeId: { in: empIds }, date: { gte: lo, lte: hi } }, select: { employeeId: true, date: true, fractionMilli: true } }),
    prisma.payLine.findMany({ where: { employeeId: { in: empIds }, date: { gte: lo, lte: hi }, period: { organizationId: org } }, select: { employeeId: true, date: true, totalCents: true, wageCents: true, inLieuCents: true, paidFractionMilli: true } }),
    loadParameterSet(prisma, org),
  ]);
  const { placementFor } = await loadTimelines(prisma, org, employees, hi);
  const emp = new Map(employees.map((e) => [e.id, e]));
  const key = (e: string, d: Date) => `${e}|${toIso(d)}`;
  const calls = new Map<string, CalloutDay[]>();
  for (const c of callouts) { const k = key(c.employeeId, c.date); const l = calls.get(k) ?? []; l.push({ employeeId: c.employeeId, date: toIso(c.date), fractionMilli: c.fractionMilli, employee: emp.get(c.employeeId)! }); calls.set(k, l); }
  const paid = new Map<string, { total: number; wage: number; inLieu: number; milli: number }>();
  for (const l of paidLines) { const k = key(l.employeeId, l.date); const p = paid.get(k) ?? { total: 0, wage: 0, inLieu: 0, milli: 0 }; p.total += l.totalCents; p.wage += l.wageCents; p.inLieu += l.inLieuCents; p.milli += l.paidFractionMilli; paid.set(k, p); }
  const reason = `Retro: ${overlayCite(pv)}, effective ${toIso(pv.effectiveDate)}`;
  const data: Prisma.PayLineCreateManyInput[] = [];
  const errors: string[] = [];
  for (const o of originals) {
    const k = key(o.employeeId, o.date), iso = toIso(o.date);
    const c = calls.get(k);
    if (!c) continue; // no callout any more: a correction, not a retro
    let fresh;
    try { fresh = payForDay(o.employeeId, iso, c, placementFor, params); } catch (e) {
      if (e instanceof RulesError) { errors.push(`${emp.get(o.employeeId)?.employeeNumber} on ${iso}: ${e.message}`); continue; }
      throw e;
    }
    const p = paid.get(k)!;
    const cents = fresh.totalCents - p.total;
    if (cents === 0) continue;
    const ref = `${toIso(o.period.startDate)} to ${toIso(o.period.endDate)}`;
    data.push({
      periodId, employeeId: o.employeeId, date: o.date, kind: "ADJUSTMENT", reason, refLineId: o.id, parameterValueId: pv.id,
      totalCents: cents, wageCents: fresh.wageCents - p.wage, inLieuCents: fresh.inLieuCents - p.inLieu, paidFractionMilli: fresh.paidFractionMilli - p.milli,
      citations: [...new Set(["B.2.7", ...fresh.citations])],
      steps: [`Retro of the line of ${iso} in the approved period ${ref}; the approved period is not changed.`, ...fresh.steps.map((s) => `Recomputed: ${s}`),
        `Already paid for ${iso}: ${formatCents(p.total)}.`, `Adjustment = ${formatCents(fresh.totalCents)} − ${formatCents(p.total)} = ${formatCents(cents)}.`],
    });
  }
  if (errors.length) return { ok: false as const, message: `Nothing was saved: ${errors.slice(0, 10).join("; ")}` };
  const totalCents = data.reduce((s, d) => s + (d.totalCents as number), 0);
  await prisma.$transaction(async (tx) => {
    for (let i = 0; i < data.length; i += 5000) await tx.payLine.createMany({ data: data.slice(i, i + 5000), skipDuplicates: true });
    await recordAudit(tx, actor, { action: "create", entity: "RetroRun", entityId: pv.id, organizationId: org, after: { periodId, parameterValueId: pv.id, days: originals.length, lines: data.length, totalCents } });
  }, { timeout: 60_000 });
  return { ok: true as const, count: data.length, totalCents, days: originals.length };
}
