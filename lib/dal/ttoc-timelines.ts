import "server-only";
import type { PrismaClient, Prisma } from "@/lib/generated/prisma/client";
import { buildTimelines } from "@/lib/ttoc/timelines";
import { toIso } from "./dates";

type Client = PrismaClient | Prisma.TransactionClient;

/**
 * The placement timelines of some TTOCs as of a date: their recorded placements and every TTOC day up to that date
 * (the days earn C.4 increments). Internal to the DAL: callers have already scoped the organization.
 */
export async function loadTimelines(prisma: Client, organizationId: string, employeeIds: string[], upTo: Date) {
  const [employees, placements, days] = await Promise.all([
    prisma.employee.findMany({ where: { id: { in: employeeIds }, organizationId }, select: { id: true, certificated: true, teacherCategory: true, teacherStep: true, hireDate: true } }),
    prisma.ttocPlacement.findMany({ where: { employeeId: { in: employeeIds }, organizationId }, orderBy: { effectiveDate: "asc" } }),
    prisma.ttocDay.findMany({ where: { employeeId: { in: employeeIds }, organizationId, date: { lte: upTo } }, select: { employeeId: true, date: true, fractionMilli: true } }),
  ]);
  return buildTimelines(
    employees.map((e) => ({ ...e, hireDate: toIso(e.hireDate) })),
    placements.map((p) => ({ employeeId: p.employeeId, effectiveDate: toIso(p.effectiveDate), certificated: p.certificated, category: p.category, step: p.step, bankDays: p.bankDays, note: p.note })),
    days.map((d) => ({ employeeId: d.employeeId, date: toIso(d.date), fractionMilli: d.fractionMilli })),
  );
}
