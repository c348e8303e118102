import "server-only";
import { db } from "@/lib/db";
import type { Actor } from "./actor";

/** Employees of one agreement the actor files under, matched by name or number (the grievor picker). */
export async function searchGrievors(actor: Actor, agreementId: string, q: string) {
  const term = q.trim();
  if (!actor.agreementIds.includes(agreementId) || term.length < 2) return [];
  const prisma = await db();
  const words = term.split(/\s+/).slice(0, 3);
  const rows = await prisma.employee.findMany({
    where: {
      agreementId,
      AND: words.map((w) => ({
        OR: [
          { employeeNumber: { startsWith: w, mode: "insensitive" as const } },
          { firstName: { startsWith: w, mode: "insensitive" as const } },
          { lastName: { startsWith: w, mode: "insensitive" as const } },
        ],
      })),
    },
    orderBy: [{ lastName: "asc" }, { firstName: "asc" }],
    take: 10,
    select: { employeeNumber: true, firstName: true, lastName: true, status: true },
  });
  return rows.map((e) => ({ number: e.employeeNumber, name: `${e.firstName} ${e.lastName}`, status: e.status }));
}
