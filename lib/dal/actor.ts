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
  memberships: Array<{ role: Role; organizationId: string | null; localId: string | null; /** district code or local name, when loaded */ scope?: string }>;
  /** Agreements the user can see: those of their districts and of their locals. */
  agreementIds: string[];
  /** Districts the user can see (their own, and the districts their locals bargain with). */
  organizationIds: string[];
  /** Rules folders (e.g. "sd73-teachers") of the agreements of districts where the user is HR clerk or admin. */
  districtRules: string[];
  /** The rules folder (e.g. "sd73-teachers") of each visible agreement, by agreement id. */
  agreementRules: Record<string, string>;
}

interface ActorRow {
  id: string;
  email: string;
  name: string | null;
  sessionVersion: number;
  memberships: Array<{ role: Role; organizationId: string | null; localId: string | null; scope: string }>;
  agreements: Array<{ id: string; organizationId: string; rulesId: string }>;
}

/**
 * Loads an actor from the database. Memberships are read on every request so role changes apply at once. With the
 * session's version, a token issued before a sign-out, password change or role change is refused. One statement
 * (user, memberships with their district code or local name, and the visible agreements): this runs on every page and
 * action, and each separate query costs the server more than the SQL itself.
 */
export async function loadActor(userId: string, session?: { sessionVersion: number }): Promise<Actor> {
  const prisma = await db();
  const [user] = await prisma.$queryRaw<ActorRow[]>`
    SELECT u.id, u.email, u.name, u."sessionVersion",
      COALESCE((SELECT json_agg(json_build_object('role', m.role, 'organizationId', m."organizationId", 'localId', m."localId",
                                                  'scope', COALESCE(o.code, l.name, '')) ORDER BY m."createdAt", m.id)
                FROM membership m LEFT JOIN organization o ON o.id = m."organizationId" LEFT JOIN union_local l ON l.id = m."localId"
                WHERE m."userId" = u.id), '[]'::json) AS memberships,
      COALESCE((SELECT json_agg(json_build_object('id', a.id, 'organizationId', a."organizationId", 'rulesId', a."rulesId") ORDER BY a.id)
                FROM agreement a
                WHERE a."organizationId" IN (SELECT "organizationId" FROM membership WHERE "userId" = u.id)
                   OR a."localId" IN (SELECT "localId" FROM membership WHERE "userId" = u.id)), '[]'::json) AS agreements
    FROM "user" u WHERE u.id = ${userId}`;
  if (!user) throw new UnauthenticatedError();
  if (session && session.sessionVersion !== user.sessionVersion) throw new UnauthenticatedError();
  const hrOrgIds = user.memberships.filter((m) => (m.role === "ADMIN" || m.role === "HR_CLERK") && m.organizationId).map((m) => m.organizationId!);
  return {
    userId: user.id,
    email: user.email,
    name: user.name,
    memberships: user.memberships,
    agreementIds: user.agreements.map((a) => a.id),
    organizationIds: [...new Set(user.agreements.map((a) => a.organizationId))],
    districtRules: [...new Set(user.agreements.filter((a) => hrOrgIds.includes(a.organizationId)).map((a) => a.rulesId))],
    agreementRules: Object.fromEntries(user.agreements.map((a) => [a.id, a.rulesId])),
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
