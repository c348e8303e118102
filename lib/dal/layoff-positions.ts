import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { positionChanges } from "@/lib/layoffs/position-changes";
import type { ScenarioResult } from "@/lib/layoffs/types";
import type { Actor } from "./actor";
import { recordAudit } from "./audit";

/** Thrown inside the confirmation's transaction when a position no longer stands as the scenario saw it. */
export class PositionMoved extends Error {}

const day = (iso: string) => new Date(iso + "T00:00:00Z");
const iso = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : null);

/**
 * Writes the bumping of a confirmed layoff (17.04) inside the caller's transaction, each change audited before/after:
 * the displacing employee becomes the holder of the position they displace into, and each eliminated position ends. An
 * eliminated position ends rather than falling vacant because a layoff is "a reduction in the work force" (17.01): a
 * vacant position would be work to post and fill by recall (17.05(a)). Its last day is the day before the layoff is
 * effective (17.03), the day the LAYOFF ledger entry starts, since a position's end date is its last day held.
 */
export async function writePositionChanges(tx: Prisma.TransactionClient, actor: Actor, organizationId: string, result: ScenarioResult): Promise<number> {
  const changes = positionChanges(result);
  const effective = day(result.effectiveDate);
  const lastDay = new Date(effective.getTime() - 86_400_000);
  for (const c of changes) {
    const holder = c.kind === "end" ? c.holder : c.from;
    const label = result.positions[c.position] ?? "A position";
    const p = await tx.position.findFirst({ where: { id: c.position, organizationId }, select: { id: true, employeeId: true, endDate: true } });
    if (!p || p.employeeId !== holder || (p.endDate && p.endDate < effective)) {
      throw new PositionMoved(`${label} is no longer held by ${result.names[holder] ?? "the employee the scenario names"}: nothing was recorded. Run the scenario again.`);
    }
    if (c.kind === "end") {
      await tx.position.update({ where: { id: p.id }, data: { endDate: lastDay } });
      await recordAudit(tx, actor, { action: "update", entity: "Position", entityId: p.id, organizationId, before: { endDate: iso(p.endDate) }, after: { endDate: iso(lastDay), reason: `Eliminated (17.01, 17.04): layoff effective ${result.effectiveDate}` } });
    } else {
      await tx.position.update({ where: { id: p.id }, data: { employeeId: c.to } });
      await recordAudit(tx, actor, { action: "update", entity: "Position", entityId: p.id, organizationId, before: { employeeId: c.from, holder: result.names[c.from] }, after: { employeeId: c.to, holder: result.names[c.to], reason: `Displaced (17.04): layoff effective ${result.effectiveDate}` } });
    }
  }
  return changes.length;
}
