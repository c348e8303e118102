import "server-only";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { LayoffAgreement, ScenarioInput, ScenarioResult } from "@/lib/layoffs/types";
import type { Actor } from "./actor";
import { recordAudit } from "./audit";
import { LedgerRefused, recordLayoffLedger } from "./layoff-ledger";
import { PositionMoved, writePositionChanges } from "./layoff-positions";

/** Thrown inside the transaction to undo everything when an employee is already laid off. */
class AlreadyLaidOff extends Error {}

const day = (iso: string) => new Date(iso + "T00:00:00Z");

/**
 * In one transaction: each laid-off employee's status (refused if already laid off), a LAYOFF ledger entry, a recall
 * entry with the date rights or seniority run out (SD73 C.12.1.c.vi.5; SD71 15.04(a)(3)), the position changes of the
 * bumping chains (SD71 17.04, lib/dal/layoff-positions.ts), the scenario marked confirmed with its outcome, and the
 * audit events.
 */
export async function confirmLayoffs(
  actor: Actor,
  s: { id: string; name: string; organizationId: string; rulesId: LayoffAgreement; input: ScenarioInput },
  result: ScenarioResult,
): Promise<{ ok: true; count: number } | { ok: false; message: string }> {
  const prisma = await db();
  try {
    await prisma.$transaction(async (tx) => {
      for (const r of result.laidOff) {
        const changed = await tx.employee.updateMany({ where: { id: r.employeeId, organizationId: s.organizationId, status: { not: "LAID_OFF" } }, data: { status: "LAID_OFF" } });
        if (changed.count !== 1) throw new AlreadyLaidOff(`${r.name} (${r.employeeNumber}) is already laid off: nothing was recorded.`);
        const expiry = r.recallExpiry.ok ? r.recallExpiry : null;
        const entry = await tx.recallEntry.create({
          data: {
            organizationId: s.organizationId, employeeId: r.employeeId, scenarioId: s.id, layoffEffectiveDate: day(result.effectiveDate),
            seniorityDate: s.rulesId === "sd71-cupe439" && r.seniority !== "—" ? day(r.seniority) : null,
            seniorityDays: s.rulesId === "sd73-teachers" ? Number.parseFloat(r.seniority) || 0 : null,
            expiresOn: day(expiry?.date ?? result.effectiveDate), expiryArticle: expiry?.article ?? (s.rulesId === "sd73-teachers" ? "C.12.1.c.vi.5" : "15.04(a)(3)"),
          },
        });
        await recordAudit(tx, actor, { action: "update", entity: "Employee", entityId: r.employeeId, organizationId: s.organizationId, before: { status: "ACTIVE" }, after: { status: "LAID_OFF", layoffScenarioId: s.id } });
        await recordAudit(tx, actor, { action: "create", entity: "RecallEntry", entityId: entry.id, organizationId: s.organizationId, after: { employeeId: r.employeeId, layoffEffectiveDate: result.effectiveDate, expiresOn: expiry?.date } });
      }
      await recordLayoffLedger(tx, actor, result.laidOff.map((r) => ({
        employeeId: r.employeeId, kind: "LAYOFF", startDate: result.effectiveDate, fteMilli: r.fteMilli,
        note: `Laid off (${s.rulesId === "sd73-teachers" ? "C.12.1.b.i" : "17.04"}): scenario “${s.name}”`,
      })));
      await writePositionChanges(tx, actor, s.organizationId, result);
      await tx.layoffScenario.update({ where: { id: s.id }, data: { status: "CONFIRMED", confirmedAt: new Date(), confirmedById: actor.userId, result: result as unknown as Prisma.InputJsonValue } });
      await recordAudit(tx, actor, { action: "update", entity: "LayoffScenario", entityId: s.id, organizationId: s.organizationId, before: { status: "DRAFT" }, after: { status: "CONFIRMED", laidOff: result.laidOff.map((r) => r.employeeNumber) } });
    }, { timeout: 60_000 });
  } catch (e) {
    if (e instanceof AlreadyLaidOff || e instanceof LedgerRefused || e instanceof PositionMoved) return { ok: false, message: e.message };
    throw e;
  }
  return { ok: true, count: result.laidOff.length };
}
