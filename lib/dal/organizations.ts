import "server-only";
import { db } from "@/lib/db";
import { ROLE_LABELS } from "@/lib/navigation";
import type { Actor } from "./actor";

/** "HR clerk, SD73"-style labels of the actor's memberships. */
export async function describeMemberships(actor: Actor): Promise<string[]> {
  // loadActor already names each membership's district or local; only hand-made actors need the lookup.
  if (actor.memberships.every((m) => m.scope !== undefined)) return actor.memberships.map((m) => `${ROLE_LABELS[m.role]}, ${m.scope}`);
  const prisma = await db();
  const [orgs, locals] = await Promise.all([
    prisma.organization.findMany({ where: { id: { in: actor.memberships.flatMap((m) => m.organizationId ?? []) } } }),
    prisma.unionLocal.findMany({ where: { id: { in: actor.memberships.flatMap((m) => m.localId ?? []) } } }),
  ]);
  const name = (m: Actor["memberships"][number]) =>
    orgs.find((o) => o.id === m.organizationId)?.code ?? locals.find((l) => l.id === m.localId)?.name ?? "";
  return actor.memberships.map((m) => `${ROLE_LABELS[m.role]}, ${name(m)}`);
}

/** Districts visible to the actor, with their agreement, for filters and headings. */
export async function visibleOrganizations(actor: Actor) {
  const prisma = await db();
  return prisma.organization.findMany({
    where: { id: { in: actor.organizationIds } },
    include: { agreements: { where: { id: { in: actor.agreementIds } }, include: { local: true } } },
    orderBy: { code: "desc" },
  });
}
