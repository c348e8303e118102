import "server-only";
import bcrypt from "bcryptjs";
import { db } from "@/lib/db";
import type { Role } from "@/lib/generated/prisma/enums";
import { requireRole, type Actor } from "./actor";
import { recordAudit } from "./audit";
import { ForbiddenError, NotFoundError } from "./errors";

// Each change below bumps the user's session version in the same transaction: their open sessions end at once.

/** Changes the actor's own password (checked against the current one). The passwords are never audited. */
export async function changePassword(actor: Actor, input: { current: string; next: string }) {
  const prisma = await db();
  const user = await prisma.user.findUniqueOrThrow({ where: { id: actor.userId }, select: { passwordHash: true } });
  if (!user.passwordHash || !(await bcrypt.compare(input.current, user.passwordHash))) throw new ForbiddenError();
  const passwordHash = await bcrypt.hash(input.next, 10);
  await prisma.$transaction(async (tx) => {
    await tx.user.update({ where: { id: actor.userId }, data: { passwordHash, sessionVersion: { increment: 1 } } });
    await recordAudit(tx, actor, { action: "update", entity: "User", entityId: actor.userId, after: { passwordChanged: true } });
  });
}

/** Gives a user a role in a district the actor administers. */
export async function grantMembership(actor: Actor, input: { userId: string; role: Role; organizationId: string }) {
  requireRole(actor, ["ADMIN"], { organizationId: input.organizationId });
  const prisma = await db();
  return prisma.$transaction(async (tx) => {
    const m = await tx.membership.create({ data: { userId: input.userId, role: input.role, organizationId: input.organizationId } });
    await tx.user.update({ where: { id: input.userId }, data: { sessionVersion: { increment: 1 } } });
    await recordAudit(tx, actor, { action: "create", entity: "Membership", entityId: m.id, organizationId: input.organizationId, after: input });
    return m;
  });
}

/** Removes a district role; only an administrator of that district may. */
export async function revokeMembership(actor: Actor, membershipId: string) {
  const prisma = await db();
  const m = await prisma.membership.findUnique({ where: { id: membershipId } });
  if (!m?.organizationId) throw new NotFoundError();
  requireRole(actor, ["ADMIN"], { organizationId: m.organizationId });
  await prisma.$transaction(async (tx) => {
    await tx.membership.delete({ where: { id: m.id } });
    await tx.user.update({ where: { id: m.userId }, data: { sessionVersion: { increment: 1 } } });
    await recordAudit(tx, actor, { action: "delete", entity: "Membership", entityId: m.id, organizationId: m.organizationId!, before: { userId: m.userId, role: m.role } });
  });
}
