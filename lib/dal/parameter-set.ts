import "server-only";
import { db } from "@/lib/db";
import type { PrismaClient, Prisma } from "@/lib/generated/prisma/client";
import type { ParameterSet } from "@/lib/rules/core";
import { buildParameterSet, type OverlayRow } from "@/lib/rules/parameters/parameter-set";
import type { Actor } from "./actor";
import { toIso } from "./dates";

type Client = PrismaClient | Prisma.TransactionClient;

/**
 * "MOA 2026-11-20, entered 2026-12-07 by Alex Admin": the citation of a district-entered value; results print it
 * after the value's name ("KAM-2025 (MOA 2026-11-20, entered 2026-12-07 by Alex Admin)").
 */
export function overlayCite(r: { citation: string; citationDate: Date; enteredAt: Date; enteredBy: { name: string | null; email: string } }) {
  return `${r.citation} ${toIso(r.citationDate)}, entered ${r.enteredAt.toISOString().slice(0, 10)} by ${r.enteredBy.name ?? r.enteredBy.email}`;
}

/** The live (not withdrawn) values of a district's agreements, as rows for buildParameterSet. Callers scope the organisation. */
export async function overlayRows(prisma: Client, organizationId: string, opts: { excludeId?: string } = {}): Promise<OverlayRow[]> {
  const rows = await prisma.parameterValue.findMany({
    where: { agreement: { organizationId }, withdrawnAt: null, ...(opts.excludeId ? { id: { not: opts.excludeId } } : {}) },
    include: { enteredBy: { select: { name: true, email: true } } },
    orderBy: { effectiveDate: "asc" },
  });
  return rows.map((r) => ({ id: r.id, seriesId: r.seriesId, effectiveDate: toIso(r.effectiveDate), value: r.value, cite: overlayCite(r) }));
}

/** The district's parameter set (built-in series plus its entered values), for the rule functions. */
export async function loadParameterSet(prisma: Client, organizationId: string, opts: { excludeId?: string } = {}): Promise<ParameterSet> {
  return buildParameterSet(await overlayRows(prisma, organizationId, opts));
}

/** For calculators: the parameter set of the actor's (first) district, or the built-in one. */
export async function parameterSetForActor(actor: Actor): Promise<ParameterSet | undefined> {
  const orgId = actor.memberships.find((m) => m.organizationId)?.organizationId ?? actor.organizationIds[0];
  if (!orgId) return undefined;
  return loadParameterSet(await db(), orgId);
}
