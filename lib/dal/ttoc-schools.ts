import "server-only";
import { db } from "@/lib/db";
import { requireRole, writableOrganizationIds, type Actor } from "./actor";
import { recordAudit } from "./audit";
import { NotFoundError } from "./errors";
import { requireTtocAccess } from "./ttoc";

/** The schools of the districts where the actor runs TTOC pay, with their day and lunch-break times (B.2.9.e). */
export async function listSchools(actor: Actor) {
  requireTtocAccess(actor);
  const prisma = await db();
  return prisma.school.findMany({
    where: { organizationId: { in: writableOrganizationIds(actor) }, organization: { agreements: { some: { rulesId: "sd73-teachers" } } } },
    include: { organization: { select: { code: true } } }, orderBy: [{ organizationId: "asc" }, { name: "asc" }],
  });
}

/** Changes a school's hours; the lunch break's start decides a TTOC half day there from now on (B.2.9.e). Audited. */
export async function updateSchoolHours(actor: Actor, schoolId: string, h: { dayStart: string; lunchStart: string; dayEnd: string }) {
  const prisma = await db();
  const school = await prisma.school.findFirst({ where: { id: schoolId, organizationId: { in: writableOrganizationIds(actor) } } });
  if (!school) throw new NotFoundError("School");
  requireRole(actor, ["ADMIN", "HR_CLERK"], { organizationId: school.organizationId });
  await prisma.$transaction(async (tx) => {
    await tx.school.update({ where: { id: schoolId }, data: h });
    await recordAudit(tx, actor, { action: "update", entity: "School", entityId: schoolId, organizationId: school.organizationId, before: { dayStart: school.dayStart, lunchStart: school.lunchStart, dayEnd: school.dayEnd }, after: h });
  });
  return school.name;
}
