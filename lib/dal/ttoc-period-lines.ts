import "server-only";
import { db } from "@/lib/db";
import type { Actor } from "./actor";
import { findPayPeriod } from "./ttoc";
import { withExplanation } from "./ttoc-lines";

export const LINES_PER_PAGE = 50;

/**
 * One page of a period's lines, optionally of one TTOC (by employee number), each with its arithmetic, and the
 * TTOC's name and total when filtered.
 */
export async function periodLines(actor: Actor, id: string, opts: { employeeNumber?: string; page?: number }) {
  await findPayPeriod(actor, id);
  const prisma = await db();
  const where = { periodId: id, ...(opts.employeeNumber ? { employee: { employeeNumber: opts.employeeNumber } } : {}) };
  const page = Math.max(1, opts.page ?? 1);
  const [count, sum, rows] = await Promise.all([
    prisma.payLine.count({ where }),
    prisma.payLine.aggregate({ where, _sum: { totalCents: true, paidFractionMilli: true } }),
    prisma.payLine.findMany({
      where, orderBy: [{ employee: { lastName: "asc" } }, { employee: { employeeNumber: "asc" } }, { date: "asc" }, { kind: "asc" }],
      skip: (page - 1) * LINES_PER_PAGE, take: LINES_PER_PAGE,
      include: { employee: { select: { employeeNumber: true, firstName: true, lastName: true } }, explanation: { select: { steps: true, citations: true } } },
    }),
  ]);
  const lines = rows.map(withExplanation);
  const ttoc = opts.employeeNumber
    ? (lines[0]?.employee ?? await prisma.employee.findFirst({ where: { employeeNumber: opts.employeeNumber, organizationId: { in: actor.organizationIds } }, select: { employeeNumber: true, firstName: true, lastName: true } }))
    : null;
  return { lines, count, totalCents: sum._sum.totalCents ?? 0, days: (sum._sum.paidFractionMilli ?? 0) / 1000, page, pageCount: Math.max(1, Math.ceil(count / LINES_PER_PAGE)), ttoc };
}
