import "server-only";
import { db } from "@/lib/db";
import type { Actor } from "./actor";

/** One match of the grievor picker: a person by name and number, with where and as what they work. */
export interface GrievorMatch {
  number: string;
  name: string;
  status: string;
  /** The current position's title, else the SD71 classification, else null. */
  role: string | null;
  /** The current position's school (or site), else null. */
  school: string | null;
}

/** Employees of one agreement the actor files under, matched by name or number (the grievor picker). */
export async function searchGrievors(actor: Actor, agreementId: string, q: string, today: string): Promise<GrievorMatch[]> {
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
    select: {
      employeeNumber: true, firstName: true, lastName: true, status: true, classification: true, employmentType: true,
      // The position held today (open-ended or ending later), the latest first.
      positions: {
        where: { startDate: { lte: new Date(today + "T00:00:00Z") }, OR: [{ endDate: null }, { endDate: { gte: new Date(today + "T00:00:00Z") } }] },
        orderBy: { startDate: "desc" }, take: 1,
        select: { title: true, site: true, school: { select: { name: true } } },
      },
    },
  });
  return rows.map((e) => {
    const p = e.positions[0];
    const role = p?.title ?? e.classification ?? (e.employmentType === "TTOC" ? "Teacher Teaching on Call" : null);
    return { number: e.employeeNumber, name: `${e.firstName} ${e.lastName}`, status: e.status, role, school: p?.school?.name ?? p?.site ?? null };
  });
}
