import "server-only";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { lifConsultationStatus, LIF_CONFIRMATION_KEYS, LIF_CRITERION_KEYS } from "@/lib/rules/lif";
import { hasRole, type Actor } from "./actor";
import { recordAudit } from "./audit";
import { ForbiddenError, NotFoundError } from "./errors";
import { toIso, todayInBC } from "./dates";

export type Party = "DISTRICT" | "LOCAL";

/**
 * Consultations the actor may see: those of the districts where they are ADMIN or HR_CLERK, and those of the locals
 * where they are LOCAL_OFFICER. Stewards are not parties to the consultation and see none (a refused read is a 404).
 */
function scope(actor: Actor): Prisma.LifConsultationWhereInput {
  const orgIds = actor.memberships.filter((m) => (m.role === "ADMIN" || m.role === "HR_CLERK") && m.organizationId).map((m) => m.organizationId!);
  const localIds = actor.memberships.filter((m) => m.role === "LOCAL_OFFICER" && m.localId).map((m) => m.localId!);
  return { OR: [{ organizationId: { in: orgIds } }, { localId: { in: localIds } }] };
}

/** Refuses (NotFoundError) an actor who is neither district HR/admin nor a local officer: /lif is a 404 for them. */
export function requireLifAccess(actor: Actor): void {
  if (!actor.memberships.some((m) => ((m.role === "ADMIN" || m.role === "HR_CLERK") && m.organizationId) || (m.role === "LOCAL_OFFICER" && m.localId))) throw new NotFoundError("LIF consultations");
}

/** The side the actor acts for on this consultation, if any: district HR/admin, or a local officer of the local. */
export function partyOf(actor: Actor, c: { organizationId: string; localId: string }): Party | null {
  if (hasRole(actor, ["ADMIN", "HR_CLERK"], { organizationId: c.organizationId })) return "DISTRICT";
  if (hasRole(actor, ["LOCAL_OFFICER"], { localId: c.localId })) return "LOCAL";
  return null;
}

const include = {
  organization: { select: { id: true, code: true, name: true } },
  local: { select: { id: true, code: true, name: true } },
  meetings: { orderBy: { date: "asc" } },
  marks: true,
  signatures: { orderBy: { createdAt: "asc" } },
} satisfies Prisma.LifConsultationInclude;

type Loaded = Prisma.LifConsultationGetPayload<{ include: typeof include }>;

/** Status by the lib/rules rule, from the stored consultation. */
export function statusOf(c: Loaded, today = todayInBC()) {
  const criteria = Object.fromEntries(LIF_CRITERION_KEYS.map((k) => [k, {
    district: c.marks.some((m) => m.key === k && m.party === "DISTRICT" && m.met),
    local: c.marks.some((m) => m.key === k && m.party === "LOCAL" && m.met),
  }]));
  const confirmations = Object.fromEntries(LIF_CONFIRMATION_KEYS.map((k) => [k, c.marks.some((m) => m.key === k && m.party === "DISTRICT" && m.met)]));
  const sig = (p: Party) => c.signatures.find((s) => s.party === p);
  return lifConsultationStatus({
    today, deadline: toIso(c.deadline), meetings: c.meetings.map((m) => toIso(m.date)), criteria, confirmations,
    districtSignedOn: sig("DISTRICT") ? toIso(sig("DISTRICT")!.signedOn) : null,
    localSignedOn: sig("LOCAL") ? toIso(sig("LOCAL")!.signedOn) : null,
    declinedOn: c.declinedOn ? toIso(c.declinedOn) : null,
    submittedOn: c.submittedOn ? toIso(c.submittedOn) : null,
  });
}

export async function listLifConsultations(actor: Actor) {
  requireLifAccess(actor);
  const prisma = await db();
  const rows = await prisma.lifConsultation.findMany({ where: scope(actor), include, orderBy: [{ schoolYear: "desc" }, { deadline: "asc" }] });
  const allocations = await prisma.lifAllocation.findMany({ where: { organizationId: { in: rows.map((r) => r.organizationId) } } });
  const today = todayInBC();
  return rows.map((c) => ({
    c, status: statusOf(c, today),
    allocation: allocations.find((a) => a.organizationId === c.organizationId && a.schoolYear === c.schoolYear) ?? null,
  }));
}

export async function getLifConsultation(actor: Actor, id: string) {
  const prisma = await db();
  const c = await prisma.lifConsultation.findFirst({ where: { AND: [{ id }, scope(actor)] }, include });
  if (!c) throw new NotFoundError("Consultation");
  const allocation = await prisma.lifAllocation.findUnique({ where: { organizationId_schoolYear: { organizationId: c.organizationId, schoolYear: c.schoolYear } } });
  return { c, allocation, status: statusOf(c), party: partyOf(actor, c) };
}

/** Districts where the actor can open consultations, each with the locals it bargains with. */
export async function lifTargets(actor: Actor) {
  const prisma = await db();
  const orgIds = actor.memberships.filter((m) => (m.role === "ADMIN" || m.role === "HR_CLERK") && m.organizationId).map((m) => m.organizationId!);
  return prisma.organization.findMany({
    where: { id: { in: orgIds } },
    include: { agreements: { include: { local: { select: { id: true, code: true, name: true } } } } },
    orderBy: { code: "desc" },
  });
}

export type LifResult = { ok: true; id: string } | { ok: false; field?: string; message: string };

export async function createLifConsultation(actor: Actor, d: { organizationId: string; localId: string; schoolYear: string; deadline: string; recipient: string }): Promise<LifResult> {
  if (!hasRole(actor, ["ADMIN", "HR_CLERK"], { organizationId: d.organizationId })) throw new ForbiddenError();
  const prisma = await db();
  const bargains = await prisma.agreement.findFirst({ where: { organizationId: d.organizationId, localId: d.localId } });
  if (!bargains) return { ok: false, field: "localId", message: "This local has no agreement with the district." };
  return prisma.$transaction(async (tx) => {
    const exists = await tx.lifConsultation.findUnique({ where: { organizationId_localId_schoolYear: { organizationId: d.organizationId, localId: d.localId, schoolYear: d.schoolYear } } });
    if (exists) return { ok: false as const, field: "schoolYear", message: `A consultation for ${d.schoolYear} with this local already exists.` };
    const c = await tx.lifConsultation.create({ data: { ...d, deadline: new Date(d.deadline + "T00:00:00Z") } });
    await recordAudit(tx, actor, { action: "create", entity: "LifConsultation", entityId: c.id, organizationId: d.organizationId, after: d });
    return { ok: true as const, id: c.id };
  });
}

export async function upsertLifAllocation(actor: Actor, d: { organizationId: string; schoolYear: string; amountCents: number; source: string }) {
  if (!hasRole(actor, ["ADMIN", "HR_CLERK"], { organizationId: d.organizationId })) throw new ForbiddenError();
  const prisma = await db();
  await prisma.$transaction(async (tx) => {
    const before = await tx.lifAllocation.findUnique({ where: { organizationId_schoolYear: { organizationId: d.organizationId, schoolYear: d.schoolYear } } });
    const a = await tx.lifAllocation.upsert({
      where: { organizationId_schoolYear: { organizationId: d.organizationId, schoolYear: d.schoolYear } },
      update: { amountCents: d.amountCents, source: d.source }, create: d,
    });
    await recordAudit(tx, actor, { action: before ? "update" : "create", entity: "LifAllocation", entityId: a.id, organizationId: d.organizationId, before: before ? { amountCents: before.amountCents, source: before.source } : undefined, after: d });
  });
}

/** The accounts that signed, for the printed form ("the signer's account recorded"). */
export async function signerEmails(signatures: Array<{ userId: string }>): Promise<Map<string, string>> {
  const prisma = await db();
  const users = await prisma.user.findMany({ where: { id: { in: signatures.map((s) => s.userId) } }, select: { id: true, email: true } });
  return new Map(users.map((u) => [u.id, u.email]));
}
