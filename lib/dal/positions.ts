import "server-only";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { requireRole, type Actor } from "./actor";
import { recordAudit } from "./audit";
import { NotFoundError } from "./errors";
import { todayInBC, toIso } from "./dates";
import { changedSince } from "./optimistic-lock";

/** What the HR clerk sets on a position: its title, its school (null: none) and its FTE in thousandths. */
export interface PositionColumns { title: string; schoolId: string | null; fteMilli: number }
export type PositionResult = { ok: true; id: string } | { ok: false; field: "school" | "version" | "form"; message: string };

const day = (iso: string) => new Date(iso + "T00:00:00Z");
/** Not ended as of today (BC): the current position, and one that starts later. */
const open = () => ({ OR: [{ endDate: null }, { endDate: { gte: day(todayInBC()) } }] });
const show = { id: true, title: true, fteMilli: true, startDate: true, endDate: true, updatedAt: true, school: { select: { id: true, name: true, outlying: true } } } as const;

/** The employee's positions that have not ended, oldest first; NotFoundError when the employee is outside the actor's scope. */
export async function employeePositions(actor: Actor, employeeId: string) {
  const prisma = await db();
  if (!(await prisma.employee.findFirst({ where: { id: employeeId, agreementId: { in: actor.agreementIds } }, select: { id: true } }))) throw new NotFoundError("Employee");
  return prisma.position.findMany({ where: { employeeId, ...open() }, select: show, orderBy: [{ startDate: "asc" }, { createdAt: "asc" }] });
}

/** The schools a position of the district can be at, for the district's HR clerks and administrators. */
export async function districtSchools(actor: Actor, organizationId: string) {
  requireRole(actor, ["ADMIN", "HR_CLERK"], { organizationId });
  const prisma = await db();
  return prisma.school.findMany({ where: { organizationId }, select: { id: true, name: true, outlying: true }, orderBy: { name: "asc" } });
}

/** The school as stored on the position (its name also as the free-text site), or a refusal when it is not the district's. */
async function schoolOf(tx: Prisma.TransactionClient, organizationId: string, schoolId: string | null) {
  if (!schoolId) return { school: null };
  const school = await tx.school.findFirst({ where: { id: schoolId, organizationId }, select: { id: true, name: true } });
  return school ? { school } : null;
}
const NOT_A_SCHOOL = { ok: false as const, field: "school" as const, message: "Choose one of the district's schools, or No school" };

/**
 * Changes a position's title, school and FTE (the school decides whether C.12.1.b.i bypasses it in a layoff). Audited
 * before/after. With `openedAt` (the position's last change when the form was opened) a save over someone else's newer
 * change, a layoff's included, is refused and nothing is saved.
 */
export async function updatePosition(actor: Actor, positionId: string, c: PositionColumns, openedAt?: Date): Promise<PositionResult> {
  const prisma = await db();
  const p = await prisma.position.findFirst({
    where: { id: positionId, employee: { agreementId: { in: actor.agreementIds } }, ...open() },
    select: { ...show, organizationId: true, employeeId: true },
  });
  if (!p) throw new NotFoundError("Position");
  requireRole(actor, ["ADMIN", "HR_CLERK"], { organizationId: p.organizationId });
  return prisma.$transaction(async (tx) => {
    const s = await schoolOf(tx, p.organizationId, c.schoolId);
    if (!s) return NOT_A_SCHOOL;
    const schoolChanged = (p.school?.id ?? null) !== c.schoolId;
    const saved = await tx.position.updateMany({
      where: { id: positionId, ...(openedAt ? { updatedAt: openedAt } : {}) },
      data: { title: c.title, fteMilli: c.fteMilli, schoolId: c.schoolId, ...(schoolChanged ? { site: s.school?.name ?? null } : {}) },
    });
    if (saved.count === 0) return { ok: false as const, field: "version" as const, message: await changedSince(tx, "Position", positionId) };
    await recordAudit(tx, actor, {
      action: "update", entity: "Position", entityId: positionId, organizationId: p.organizationId,
      before: { employeeId: p.employeeId, title: p.title, schoolId: p.school?.id ?? null, school: p.school?.name ?? null, fteMilli: p.fteMilli },
      after: { employeeId: p.employeeId, title: c.title, schoolId: c.schoolId, school: s.school?.name ?? null, fteMilli: c.fteMilli },
    });
    return { ok: true as const, id: positionId };
  });
}

/** Gives an employee who holds no position one, from `startDate`. Audited; refused when they already hold one. */
export async function addPosition(actor: Actor, employeeId: string, c: PositionColumns & { startDate: string }): Promise<PositionResult> {
  const prisma = await db();
  const e = await prisma.employee.findFirst({ where: { id: employeeId, agreementId: { in: actor.agreementIds } }, select: { organizationId: true } });
  if (!e) throw new NotFoundError("Employee");
  requireRole(actor, ["ADMIN", "HR_CLERK"], { organizationId: e.organizationId });
  return prisma.$transaction(async (tx) => {
    const held = await tx.position.findFirst({ where: { employeeId, ...open() }, select: { title: true, startDate: true } });
    if (held) return { ok: false as const, field: "form" as const, message: `Not added: the employee already holds a position (${held.title}, from ${toIso(held.startDate)}). Reload the page to edit it.` };
    const s = await schoolOf(tx, e.organizationId, c.schoolId);
    if (!s) return NOT_A_SCHOOL;
    const row = await tx.position.create({
      data: { organizationId: e.organizationId, employeeId, title: c.title, schoolId: c.schoolId, site: s.school?.name ?? null, fteMilli: c.fteMilli, startDate: day(c.startDate) },
    });
    await recordAudit(tx, actor, { action: "create", entity: "Position", entityId: row.id, organizationId: e.organizationId, after: { employeeId, ...c, school: s.school?.name ?? null } });
    return { ok: true as const, id: row.id };
  });
}
