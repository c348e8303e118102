import "server-only";
import type { PrismaClient, Prisma } from "@/lib/generated/prisma/client";
import { buildTimelines } from "@/lib/ttoc/timelines";
import { toIso } from "./dates";

type Client = PrismaClient | Prisma.TransactionClient;

type Emp = { id: string; certificated: boolean | null; teacherCategory: string | null; teacherStep: number | null; hireDate: Date };

/**
 * The placement timelines of some TTOCs as of a date: their recorded placements and every TTOC day up to that date
 * (the days earn C.4 increments). Internal to the DAL: callers have already scoped the organization. `who` is the
 * employees (with their placement fields) or their ids; `known` passes the days the caller already loaded (those
 * from `known.from` to `upTo`), so only the earlier ones are read.
 */
export async function loadTimelines(prisma: Client, organizationId: string, who: string[] | Emp[], upTo: Date, known?: { from: Date; days: Array<{ employeeId: string; date: Date | string; fractionMilli: number }> }, opts: { explain?: boolean } = {}) {
  const employeeIds = who.map((w) => (typeof w === "string" ? w : w.id));
  const given = who.length && typeof who[0] !== "string" ? (who as Emp[]) : null;
  const [employees, placements, days] = await Promise.all([
    given ?? prisma.employee.findMany({ where: { id: { in: employeeIds }, organizationId }, select: { id: true, certificated: true, teacherCategory: true, teacherStep: true, hireDate: true } }),
    prisma.ttocPlacement.findMany({ where: { employeeId: { in: employeeIds }, organizationId }, orderBy: { effectiveDate: "asc" } }),
    prisma.ttocDay.findMany({ where: { employeeId: { in: employeeIds }, organizationId, date: known ? { lt: known.from } : { lte: upTo } }, select: { employeeId: true, date: true, fractionMilli: true } }),
  ]);
  return buildTimelines(
    employees.map((e) => ({ ...e, hireDate: toIso(e.hireDate) })),
    placements.map((p) => ({ employeeId: p.employeeId, effectiveDate: toIso(p.effectiveDate), certificated: p.certificated, category: p.category, step: p.step, bankDays: p.bankDays, note: p.note })),
    [...days, ...(known?.days ?? [])].map((d) => ({ employeeId: d.employeeId, date: typeof d.date === "string" ? d.date : toIso(d.date), fractionMilli: d.fractionMilli })),
    opts,
  );
}
