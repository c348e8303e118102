import "server-only";
import { db } from "@/lib/db";
import type { Role } from "@/lib/generated/prisma/enums";
import { ForbiddenError, UnauthenticatedError } from "./errors";

export type { Role };

/** The signed-in user with the memberships that decide what they may see and do. */
export interface Actor {
  userId: string;
  email: string;
  name: string | null;
  memberships: Array<{ role: Role; organizationId: string | null; localId: string | null }>;
  /** Agreements the user can see: those of their districts and of their locals. */
  agreementIds: string[];
  /** Districts the user can see (their own, and the districts their locals bargain with). */
  organizationIds: string[];
  /** Rules folders (e.g. "sd73-teachers") of the agreements of districts where the user is HR clerk or admin. */
  districtRules: string[];
}

/**
 * Loads an actor from the database. Memberships are read on every request so role changes apply at once. With the
 * session's version, a token issued before a sign-out, password change or role change is refused.
 */
export async function loadActor(userId: string, session?: { sessionVersion: number }): Promise<Actor> {
  const prisma = await db();
  const user = await prisma.user.findUnique({ where: { id: userId }, include: { memberships: true } });
  if (!user) throw new UnauthenticatedError();
  if (session && session.sessionVersion !== user.sessionVersion) throw new UnauthenticatedError();
  const orgIds = user.memberships.flatMap((m) => (m.organizationId ? [m.organizationId] : []));
  const localIds = user.memberships.flatMap((m) => (m.localId ? [m.localId] : []));
  const agreements = await prisma.agreement.findMany({
    where: { OR: [{ organizationId: { in: orgIds } }, { localId: { in: localIds } }] },
    select: { id: true, organizationId: true, rulesId: true },
  });
  const hrOrgIds = user.memberships.filter((m) => (m.role === "ADMIN" || m.role === "HR_CLERK") && m.organizationId).map((m) => m.organizationId!);
  return {
    userId: user.id,
    email: user.email,
    name: user.name,
    memberships: user.memberships.map((m) => ({ role: m.role, organizationId: m.organizationId, localId: m.localId })),
    agreementIds: agreements.map((a) => a.id),
    organizationIds: [...new Set(agreements.map((a) => a.organizationId))],
    districtRules: [...new Set(agreements.filter((a) => hrOrgIds.includes(a.organizationId)).map((a) => a.rulesId))],
  };
}

export function hasRole(actor: Actor, roles: Role[], scope?: { organizationId?: string; localId?: string }): boolean {
  return actor.memberships.some(
    (m) =>
      roles.includes(m.role) &&
      (!scope?.organizationId || m.organizationId === scope.organizationId) &&
      (!scope?.localId || m.localId === scope.localId),
  );
}

/** Throws unless the actor holds one of the roles (in the given district or local, when one is given). */
export function requireRole(actor: Actor, roles: Role[], scope?: { organizationId?: string; localId?: string }): void {
  if (!hasRole(actor, roles, scope)) throw new ForbiddenError();
}

/** Districts in which the actor may create and change employees. */
export function writableOrganizationIds(actor: Actor): string[] {
  return actor.memberships.filter((m) => (m.role === "ADMIN" || m.role === "HR_CLERK") && m.organizationId).map((m) => m.organizationId!);
}
