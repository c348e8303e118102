import "server-only";
import { db } from "@/lib/db";
import { requireRole, type Actor } from "./actor";
import { recordAudit } from "./audit";
import { NotFoundError } from "./errors";
import { visibleScenarios } from "./layoffs";

type Result = { ok: true } | { ok: false; message: string; errors?: Record<string, string[]> };

/** A draft the actor may change: visible to them, and they are ADMIN or HR_CLERK of its district. */
async function writableScenario(actor: Actor, id: string) {
  const prisma = await db();
  const s = await prisma.layoffScenario.findFirst({ where: { AND: [{ id }, await visibleScenarios(actor)] } });
  if (!s) throw new NotFoundError("Layoff scenario");
  requireRole(actor, ["ADMIN", "HR_CLERK"], { organizationId: s.organizationId });
  return s;
}

/** Shares a draft with the union: its stewards and local officers can read it from now on. Audited. */
export async function shareScenario(actor: Actor, id: string): Promise<Result> {
  const s = await writableScenario(actor, id);
  if (s.status !== "DRAFT") return { ok: false, message: "A confirmed scenario is already visible to the union." };
  if (s.sharedAt) return { ok: false, message: `Already shared with the union on ${s.sharedAt.toISOString().slice(0, 10)}.` };
  const prisma = await db();
  await prisma.$transaction(async (tx) => {
    const row = await tx.layoffScenario.update({ where: { id }, data: { sharedAt: new Date(), sharedById: actor.userId } });
    await recordAudit(tx, actor, { action: "update", entity: "LayoffScenario", entityId: id, organizationId: s.organizationId, before: { sharedAt: null }, after: { sharedAt: row.sharedAt!.toISOString() } });
  });
  return { ok: true };
}

/** Renames a draft (a confirmed scenario keeps the name it was recorded under). Audited. */
export async function renameScenario(actor: Actor, id: string, name: string): Promise<Result> {
  const s = await writableScenario(actor, id);
  if (s.status !== "DRAFT") return { ok: false, message: "A confirmed scenario cannot be renamed: its name is in the ledger notes.", errors: { name: ["A confirmed scenario cannot be renamed"] } };
  if (s.name === name) return { ok: true };
  const prisma = await db();
  await prisma.$transaction(async (tx) => {
    await tx.layoffScenario.update({ where: { id }, data: { name } });
    await recordAudit(tx, actor, { action: "update", entity: "LayoffScenario", entityId: id, organizationId: s.organizationId, before: { name: s.name }, after: { name } });
  });
  return { ok: true };
}

/** Deletes a draft; a confirmed scenario is the record of layoffs and is never deleted. Audited with what was deleted. */
export async function deleteScenario(actor: Actor, id: string): Promise<Result> {
  const s = await writableScenario(actor, id);
  if (s.status !== "DRAFT") return { ok: false, message: "A confirmed scenario cannot be deleted: it is the record of the layoffs." };
  const prisma = await db();
  await prisma.$transaction(async (tx) => {
    await tx.layoffScenario.delete({ where: { id } });
    await recordAudit(tx, actor, { action: "delete", entity: "LayoffScenario", entityId: id, organizationId: s.organizationId, before: { name: s.name, input: s.input, sharedAt: s.sharedAt?.toISOString() ?? null } });
  });
  return { ok: true };
}
