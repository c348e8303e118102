import "server-only";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { requireRole, type Actor } from "./actor";

type Tx = Prisma.TransactionClient;

/** Appends an audit event in the same transaction as the change it records. */
export async function recordAudit(
  tx: Tx,
  actor: Actor,
  e: { action: "create" | "update" | "delete" | "import"; entity: string; entityId?: string; organizationId?: string; before?: unknown; after?: unknown },
) {
  await tx.auditEvent.create({
    data: {
      userId: actor.userId,
      organizationId: e.organizationId ?? null,
      action: e.action,
      entity: e.entity,
      entityId: e.entityId ?? null,
      before: e.before === undefined ? undefined : (JSON.parse(JSON.stringify(e.before)) as Prisma.InputJsonValue),
      after: e.after === undefined ? undefined : (JSON.parse(JSON.stringify(e.after)) as Prisma.InputJsonValue),
    },
  });
}

export interface AuditFilter {
  entity?: string;
  action?: string;
  userEmail?: string;
  page?: number;
}

export const AUDIT_PAGE_SIZE = 50;

/** Audit events of the districts the actor administers, newest first. */
export async function listAuditEvents(actor: Actor, f: AuditFilter) {
  requireRole(actor, ["ADMIN"]);
  const orgIds = actor.memberships.filter((m) => m.role === "ADMIN" && m.organizationId).map((m) => m.organizationId!);
  const prisma = await db();
  const where: Prisma.AuditEventWhereInput = {
    OR: [{ organizationId: { in: orgIds } }, { organizationId: null, userId: actor.userId }],
    ...(f.entity ? { entity: f.entity } : {}),
    ...(f.action ? { action: f.action } : {}),
    ...(f.userEmail ? { user: { email: { contains: f.userEmail, mode: "insensitive" } } } : {}),
  };
  const page = Math.max(1, f.page ?? 1);
  const [total, rows] = await Promise.all([
    prisma.auditEvent.count({ where }),
    prisma.auditEvent.findMany({
      where,
      orderBy: { at: "desc" },
      skip: (page - 1) * AUDIT_PAGE_SIZE,
      take: AUDIT_PAGE_SIZE,
      include: { user: { select: { email: true, name: true } } },
    }),
  ]);
  return { total, page, rows };
}
