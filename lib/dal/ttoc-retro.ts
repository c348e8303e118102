import "server-only";
import { db } from "@/lib/db";
import { RulesError } from "@/lib/rules";
import { formatCents } from "@/lib/rules/core";
import { payForDay, type CalloutDay, type PayLineData } from "@/lib/ttoc/compute-lines";
import { requireRole, type Actor } from "./actor";
import { recordAudit } from "./audit";
import { toIso } from "./dates";
import { loadParameterSet, overlayCite } from "./parameter-set";
import { findPayPeriod } from "./ttoc";
import { insertAdjustmentLines, type AdjustmentRow } from "./ttoc-lines";
import { countRetroDays, loadRetroOriginals } from "./ttoc-retro-load";
import { loadTimelines } from "./ttoc-timelines";

/** District-entered values dated before approved TTOC days that no retro run has covered yet (shown on the pay page). */
export async function retroCandidates(actor: Actor, periodId: string) {
  const period = await findPayPeriod(actor, periodId);
  const prisma = await db();
  const values = await prisma.parameterValue.findMany({
    where: { agreement: { organizationId: period.organizationId, rulesId: "sd73-teachers" }, withdrawnAt: null },
    include: { enteredBy: { select: { name: true, email: true } } }, orderBy: { effectiveDate: "asc" },
  });
  const counts = await countRetroDays(prisma, period.organizationId, values);
  const out = [];
  for (const v of values) {
    const days = counts.get(v.id) ?? 0;
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
  const { originals, known } = await loadRetroOriginals(prisma, org, pv.id, pv.effectiveDate);
  if (!originals.length) return { ok: true as const, count: 0, totalCents: 0, days: 0 };
  const empIds = [...new Set(originals.map((o) => o.employeeId))];
  let hiIso = originals[0].date;
  for (const o of originals) if (o.date > hiIso) hiIso = o.date;
  const hi = new Date(`${hiIso}T00:00:00Z`);
  const [employees, params] = await Promise.all([
    prisma.employee.findMany({ where: { id: { in: empIds }, organizationId: org }, select: { id: true, employeeNumber: true, certificated: true, teacherCategory: true, teacherStep: true, hireDate: true } }),
    loadParameterSet(prisma, org),
  ]);
  const { placementFor } = await loadTimelines(prisma, org, employees, hi, known, { explain: false });
  const emp = new Map(employees.map((e) => [e.id, e]));
  const reason = `Retro: ${overlayCite(pv)}, effective ${toIso(pv.effectiveDate)}`;
  const data: AdjustmentRow[] = [];
  const errors: string[] = [];
  // Days at the same placement, date and callouts price identically (the rules are pure): each is computed once, and
  // lines that also share the approved period and the amount paid share one explanation object.
  const priced = new Map<string, { fresh: PayLineData; citations: string[]; recomputed: string[] }>();
  const shared = new Map<string, { steps: string[]; citations: string[] }>();
  for (const o of originals) {
    if (!o.fractions) continue; // no callout any more: a correction, not a retro
    const iso = o.date;
    const p = placementFor(o.employeeId, iso);
    const pk = p ? `${iso}|${o.fractions.join(",")}|${p.certificated}|${p.category}|${p.step}|${p.source}|${p.effectiveDate}` : "";
    let hit = pk ? priced.get(pk) : undefined;
    if (!hit) {
      const c: CalloutDay[] = o.fractions.map((fractionMilli) => ({ employeeId: o.employeeId, date: iso, fractionMilli, employee: emp.get(o.employeeId)! }));
      let fresh;
      try { fresh = payForDay(o.employeeId, iso, c, placementFor, params); } catch (e) {
        if (e instanceof RulesError) { errors.push(`${emp.get(o.employeeId)?.employeeNumber} on ${iso}: ${e.message}`); continue; }
        throw e;
      }
      hit = { fresh, citations: [...new Set(["B.2.7", ...fresh.citations])], recomputed: fresh.steps.map((s) => `Recomputed: ${s}`) };
      if (pk) priced.set(pk, hit);
    }
    const { fresh } = hit;
    const cents = fresh.totalCents - o.paid.total;
    if (cents === 0) continue;
    const ref = `${o.startDate} to ${o.endDate}`;
    const ek = `${pk}|${ref}|${o.paid.total}`;
    let explanation = pk ? shared.get(ek) : undefined;
    if (!explanation) {
      explanation = { citations: hit.citations, steps: [`Retro of the line of ${iso} in the approved period ${ref}; the approved period is not changed.`, ...hit.recomputed, `Already paid for ${iso}: ${formatCents(o.paid.total)}.`] };
      if (pk) shared.set(ek, explanation);
    }
    data.push({
      employeeId: o.employeeId, date: iso, reason, refLineId: o.id, parameterValueId: pv.id,
      totalCents: cents, wageCents: fresh.wageCents - o.paid.wage, inLieuCents: fresh.inLieuCents - o.paid.inLieu, paidFractionMilli: fresh.paidFractionMilli - o.paid.milli,
      explanation, lastStep: `Adjustment = ${formatCents(fresh.totalCents)} − ${formatCents(o.paid.total)} = ${formatCents(cents)}.`,
    });
  }
  if (errors.length) return { ok: false as const, message: `Nothing was saved: ${errors.slice(0, 10).join("; ")}` };
  const totalCents = data.reduce((s, d) => s + d.totalCents, 0);
  await prisma.$transaction(async (tx) => {
    await insertAdjustmentLines(tx, periodId, data);
    await recordAudit(tx, actor, { action: "create", entity: "RetroRun", entityId: pv.id, organizationId: org, after: { periodId, parameterValueId: pv.id, days: originals.length, lines: data.length, totalCents } });
  }, { timeout: 60_000 });
  return { ok: true as const, count: data.length, totalCents, days: originals.length };
}
