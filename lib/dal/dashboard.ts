import "server-only";
import { db } from "@/lib/db";
import { hasRole, type Actor } from "./actor";
import { visibleOrganizations } from "./organizations";

/** Per visible district: headcount by employment type and status, and the latest changes for administrators. */
export async function dashboardSummary(actor: Actor) {
  const prisma = await db();
  const orgs = await visibleOrganizations(actor);
  const groups = await prisma.employee.groupBy({
    by: ["organizationId", "employmentType", "status"],
    where: { agreementId: { in: actor.agreementIds } },
    _count: { _all: true },
  });
  const districts = orgs.map((o) => {
    const mine = groups.filter((g) => g.organizationId === o.id);
    const byType = new Map<string, number>();
    const byStatus = new Map<string, number>();
    for (const g of mine) {
      byType.set(g.employmentType, (byType.get(g.employmentType) ?? 0) + g._count._all);
      byStatus.set(g.status, (byStatus.get(g.status) ?? 0) + g._count._all);
    }
    return {
      id: o.id, code: o.code, name: o.name, agreement: o.agreements[0],
      total: mine.reduce((s, g) => s + g._count._all, 0),
      byType: [...byType.entries()], byStatus: [...byStatus.entries()],
      canEdit: hasRole(actor, ["ADMIN", "HR_CLERK"], { organizationId: o.id }),
    };
  });
  const adminOrgIds = actor.memberships.filter((m) => m.role === "ADMIN" && m.organizationId).map((m) => m.organizationId!);
  const recentChanges = adminOrgIds.length
    ? await prisma.auditEvent.findMany({
        where: { organizationId: { in: adminOrgIds } },
        orderBy: { at: "desc" },
        take: 5,
        include: { user: { select: { email: true } } },
      })
    : [];
  return { districts, recentChanges };
}
