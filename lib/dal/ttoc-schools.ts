import "server-only";
import { db } from "@/lib/db";
import { requireRole, writableOrganizationIds, type Actor } from "./actor";
import { recordAudit } from "./audit";
import { ForbiddenError, NotFoundError } from "./errors";
import { ChangedSinceError, changedSince } from "./optimistic-lock";
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

/**
 * Changes a school's hours; the lunch break's start decides a TTOC half day there from now on (B.2.9.e). With
 * `outlying`, also whether the school is outlying: C.12.1.b.i bypasses its positions in a layoff (SD73 schools only;
 * the agreement names none, so the district decides). Audited.
 * With `openedVersion` (the version the form was opened with) a save over someone else's newer save is refused:
 * ChangedSinceError names who saved last and when, and nothing is saved.
 */
export async function updateSchoolHours(actor: Actor, schoolId: string, h: { dayStart: string; lunchStart: string; dayEnd: string; outlying?: boolean }, openedVersion?: number) {
  const prisma = await db();
  const school = await prisma.school.findFirst({
    where: { id: schoolId, organizationId: { in: writableOrganizationIds(actor) } },
    include: { organization: { select: { agreements: { select: { rulesId: true } } } } },
  });
  if (!school) throw new NotFoundError("School");
  requireRole(actor, ["ADMIN", "HR_CLERK"], { organizationId: school.organizationId });
  if (h.outlying !== undefined && !school.organization.agreements.some((a) => a.rulesId === "sd73-teachers")) throw new ForbiddenError("Only a school under the SD73 teachers' agreement can be outlying (C.12.1.b.i).");
  const before = { dayStart: school.dayStart, lunchStart: school.lunchStart, dayEnd: school.dayEnd, ...(h.outlying === undefined ? {} : { outlying: school.outlying }) };
  const stale = await prisma.$transaction(async (tx) => {
    const saved = await tx.school.updateMany({ where: { id: schoolId, ...(openedVersion === undefined ? {} : { version: openedVersion }) }, data: { ...h, version: { increment: 1 } } });
    if (saved.count === 0) return changedSince(tx, "School", schoolId);
    await recordAudit(tx, actor, { action: "update", entity: "School", entityId: schoolId, organizationId: school.organizationId, before, after: h });
    return null;
  });
  if (stale) throw new ChangedSinceError(stale);
  return school.name;
}
