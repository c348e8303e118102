import "server-only";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { closuresCount, type GrievanceAgreement } from "@/lib/rules/grievances";
import type { NewCalendarClosure } from "@/lib/schemas/calendar-closure";
import { requireRole, type Actor } from "./actor";
import { recordAudit } from "./audit";
import { NotFoundError } from "./errors";
import { toIso } from "./dates";
import { refreshSummary } from "./grievance-writes";

const day = (iso: string) => new Date(iso + "T00:00:00Z");

/** Districts whose calendar the actor administers. */
function adminOrgIds(actor: Actor): string[] {
  return actor.memberships.filter((m) => m.role === "ADMIN" && m.organizationId).map((m) => m.organizationId!);
}

/** Each administered district with its closures, grouped by school year (newest year first). */
export async function listDistrictCalendars(actor: Actor) {
  requireRole(actor, ["ADMIN"]);
  const prisma = await db();
  const orgs = await prisma.organization.findMany({
    where: { id: { in: adminOrgIds(actor) } },
    orderBy: { code: "asc" },
    select: { id: true, code: true, name: true, closures: { orderBy: [{ schoolYear: "desc" }, { fromDate: "asc" }] } },
  });
  return orgs.map((o) => {
    const years = new Map<string, Array<{ id: string; from: string; to: string; label: string }>>();
    for (const c of o.closures) {
      const list = years.get(c.schoolYear) ?? [];
      list.push({ id: c.id, from: toIso(c.fromDate), to: toIso(c.toDate), label: c.label });
      years.set(c.schoolYear, list);
    }
    return { id: o.id, code: o.code, name: o.name, years: [...years.entries()].map(([schoolYear, closures]) => ({ schoolYear, closures })) };
  });
}

/**
 * Open grievances of the district whose working-day profile counts closures get their stored
 * next deadline recomputed, in the transaction that changed the calendar.
 */
async function refreshDependents(tx: Prisma.TransactionClient, organizationId: string, today: string) {
  const open = await tx.grievance.findMany({
    where: { organizationId, status: { in: ["OPEN", "AT_ARBITRATION"] } },
    select: { id: true, calendarProfile: true, agreement: { select: { rulesId: true } } },
  });
  const affected = open.filter((g) => closuresCount(g.agreement.rulesId as GrievanceAgreement, g.calendarProfile));
  for (const g of affected) await refreshSummary(tx, g.id, today);
  return affected.length;
}

/** Adds a closure to a district's calendar; every deadline that counts school days moves with it. */
export async function addClosure(actor: Actor, input: NewCalendarClosure, today: string) {
  requireRole(actor, ["ADMIN"], { organizationId: input.organizationId });
  const prisma = await db();
  return prisma.$transaction(async (tx) => {
    const c = await tx.calendarClosure.create({
      data: { organizationId: input.organizationId, schoolYear: input.schoolYear, fromDate: day(input.fromDate), toDate: day(input.toDate), label: input.label },
    });
    const recomputed = await refreshDependents(tx, input.organizationId, today);
    await recordAudit(tx, actor, { action: "create", entity: "CalendarClosure", entityId: c.id, organizationId: input.organizationId, after: { ...input, grievancesRecomputed: recomputed } });
    return { id: c.id, recomputed };
  });
}

/** Removes a closure (the audit log keeps what it was); deadlines are recomputed. */
export async function removeClosure(actor: Actor, id: string, today: string) {
  requireRole(actor, ["ADMIN"]);
  const prisma = await db();
  const c = await prisma.calendarClosure.findFirst({ where: { id, organizationId: { in: adminOrgIds(actor) } } });
  if (!c) throw new NotFoundError("Closure");
  return prisma.$transaction(async (tx) => {
    await tx.calendarClosure.delete({ where: { id } });
    const recomputed = await refreshDependents(tx, c.organizationId, today);
    await recordAudit(tx, actor, {
      action: "delete", entity: "CalendarClosure", entityId: id, organizationId: c.organizationId,
      before: { schoolYear: c.schoolYear, fromDate: toIso(c.fromDate), toDate: toIso(c.toDate), label: c.label }, after: { grievancesRecomputed: recomputed },
    });
    return { recomputed };
  });
}
