import "server-only";
import { changedSince } from "./optimistic-lock";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { EmployeeColumns } from "@/lib/schemas/employee";
import { hasRole, requireRole, writableOrganizationIds, type Actor } from "./actor";
import { recordAudit } from "./audit";
import { NotFoundError } from "./errors";
import { toIso } from "./dates";
import { isEmbedded, writeInBatches } from "./import-batches";

export const EMPLOYEE_PAGE_SIZE = 25;

export interface EmployeeFilter {
  q?: string;
  status?: string;
  type?: string;
  organizationId?: string;
  page?: number;
}

function scopedWhere(actor: Actor, f: EmployeeFilter): Prisma.EmployeeWhereInput {
  const q = f.q?.trim();
  return {
    agreementId: { in: actor.agreementIds },
    ...(f.organizationId ? { organizationId: f.organizationId } : {}),
    ...(f.status ? { status: f.status as Prisma.EmployeeWhereInput["status"] } : {}),
    ...(f.type ? { employmentType: f.type as Prisma.EmployeeWhereInput["employmentType"] } : {}),
    ...(q
      ? {
          OR: [
            { lastName: { contains: q, mode: "insensitive" } },
            { firstName: { contains: q, mode: "insensitive" } },
            { employeeNumber: { startsWith: q } },
            { classification: { contains: q, mode: "insensitive" } },
          ],
        }
      : {}),
  };
}

/** Employees of the agreements the actor can see, filtered and paginated. */
export const EMPLOYEE_SORT_COLUMNS = ["name", "number", "district", "type", "status", "hired"] as const;
export type EmployeeSort = { sort: (typeof EMPLOYEE_SORT_COLUMNS)[number]; dir: "asc" | "desc" };

function employeeOrder({ sort, dir }: EmployeeSort): Prisma.EmployeeOrderByWithRelationInput[] {
  const byName: Prisma.EmployeeOrderByWithRelationInput[] = [{ lastName: dir }, { firstName: dir }, { employeeNumber: "asc" }];
  if (sort === "number") return [{ employeeNumber: dir }];
  if (sort === "district") return [{ organization: { code: dir } }, ...byName];
  if (sort === "type") return [{ employmentType: dir }, ...byName];
  if (sort === "status") return [{ status: dir }, ...byName];
  if (sort === "hired") return [{ hireDate: dir }, ...byName];
  return byName;
}

export async function listEmployees(actor: Actor, f: EmployeeFilter, order: EmployeeSort = { sort: "name", dir: "asc" }) {
  const prisma = await db();
  const where = scopedWhere(actor, f);
  const page = Math.max(1, f.page ?? 1);
  const [total, rows] = await Promise.all([
    prisma.employee.count({ where }),
    prisma.employee.findMany({
      where,
      orderBy: employeeOrder(order),
      skip: (page - 1) * EMPLOYEE_PAGE_SIZE,
      take: EMPLOYEE_PAGE_SIZE,
      include: { organization: { select: { code: true } } },
    }),
  ]);
  return { total, page, pageSize: EMPLOYEE_PAGE_SIZE, rows };
}

/** Every matching employee, for export (same scope and filters as the list). */
export async function exportEmployees(actor: Actor, f: EmployeeFilter) {
  const prisma = await db();
  return prisma.employee.findMany({
    where: scopedWhere(actor, f),
    orderBy: [{ organizationId: "asc" }, { employeeNumber: "asc" }],
    include: { organization: { select: { code: true } } },
  });
}

/** One employee with its service history; NotFoundError when missing or outside the actor's scope. */
export async function getEmployee(actor: Actor, id: string) {
  const prisma = await db();
  const e = await prisma.employee.findFirst({
    where: { id, agreementId: { in: actor.agreementIds } },
    include: {
      organization: { select: { id: true, code: true, name: true } },
      agreement: { select: { rulesId: true, title: true } },
      serviceRecords: { orderBy: [{ startDate: "asc" }, { createdAt: "asc" }] },
    },
  });
  if (!e) throw new NotFoundError("Employee");
  return e;
}

export function canEditEmployees(actor: Actor, organizationId?: string): boolean {
  return organizationId ? hasRole(actor, ["ADMIN", "HR_CLERK"], { organizationId }) : writableOrganizationIds(actor).length > 0;
}

/** Districts (with their agreement) where the actor may create employees. */
export async function employeeTargets(actor: Actor) {
  const prisma = await db();
  return prisma.organization.findMany({
    where: { id: { in: writableOrganizationIds(actor) } },
    include: { agreements: { select: { id: true, rulesId: true } } },
    orderBy: { code: "desc" },
  });
}

export async function agreementOf(organizationId: string) {
  const prisma = await db();
  const a = await prisma.agreement.findFirst({ where: { organizationId }, select: { id: true, rulesId: true } });
  if (!a) throw new NotFoundError("Agreement");
  return a;
}

const toData = (c: EmployeeColumns) => ({
  ...c,
  hireDate: new Date(c.hireDate + "T00:00:00Z"),
  applicationDate: c.applicationDate ? new Date(c.applicationDate + "T00:00:00Z") : null,
});

export type WriteResult = { ok: true; id: string } | { ok: false; field: "employeeNumber" | "version"; message: string };

export async function createEmployee(actor: Actor, organizationId: string, c: EmployeeColumns): Promise<WriteResult> {
  requireRole(actor, ["ADMIN", "HR_CLERK"], { organizationId });
  const agreement = await agreementOf(organizationId);
  const prisma = await db();
  return prisma.$transaction(async (tx) => {
    if (await tx.employee.findUnique({ where: { organizationId_employeeNumber: { organizationId, employeeNumber: c.employeeNumber } } }))
      return { ok: false as const, field: "employeeNumber" as const, message: `Employee number ${c.employeeNumber} is already used in this district` };
    const e = await tx.employee.create({ data: { ...toData(c), organizationId, agreementId: agreement.id } });
    await recordAudit(tx, actor, { action: "create", entity: "Employee", entityId: e.id, organizationId, after: c });
    return { ok: true as const, id: e.id };
  });
}

/** Saves an edit. With `openedVersion` (the version the form was opened with) a save over someone else's newer edit is refused. */
export async function updateEmployee(actor: Actor, id: string, c: EmployeeColumns, openedVersion?: number): Promise<WriteResult> {
  const existing = await getEmployee(actor, id);
  requireRole(actor, ["ADMIN", "HR_CLERK"], { organizationId: existing.organizationId });
  const prisma = await db();
  return prisma.$transaction(async (tx) => {
    const clash = await tx.employee.findUnique({
      where: { organizationId_employeeNumber: { organizationId: existing.organizationId, employeeNumber: c.employeeNumber } },
    });
    if (clash && clash.id !== id)
      return { ok: false as const, field: "employeeNumber" as const, message: `Employee number ${c.employeeNumber} is already used in this district` };
    const before = columnsOf(existing);
    const saved = await tx.employee.updateMany({ where: { id, ...(openedVersion === undefined ? {} : { version: openedVersion }) }, data: { ...toData(c), version: { increment: 1 } } });
    if (saved.count === 0) return { ok: false as const, field: "version" as const, message: await changedSince(tx, "Employee", id) };
    await recordAudit(tx, actor, { action: "update", entity: "Employee", entityId: id, organizationId: existing.organizationId, before, after: c });
    return { ok: true as const, id };
  });
}

/** Creates every row or none; the caller has validated the rows. Duplicate numbers are reported per row. */
export async function importEmployees(actor: Actor, organizationId: string, rows: EmployeeColumns[]) {
  requireRole(actor, ["ADMIN", "HR_CLERK"], { organizationId });
  const agreement = await agreementOf(organizationId);
  const prisma = await db();
  const numbers = rows.map((r) => r.employeeNumber);
  const taken = new Set(
    (await prisma.employee.findMany({ where: { organizationId, employeeNumber: { in: numbers } }, select: { employeeNumber: true } })).map((e) => e.employeeNumber),
  );
  const seen = new Map<string, number>();
  const errors: Array<{ row: number; message: string }> = [];
  rows.forEach((r, i) => {
    if (taken.has(r.employeeNumber)) errors.push({ row: i + 2, message: `Employee number ${r.employeeNumber} already exists in this district` });
    if (seen.has(r.employeeNumber)) errors.push({ row: i + 2, message: `Employee number ${r.employeeNumber} repeats row ${seen.get(r.employeeNumber)}` });
    else seen.set(r.employeeNumber, i + 2);
  });
  if (errors.length) return { ok: false as const, errors };
  const data = rows.map((r) => ({ ...toData(r), organizationId, agreementId: agreement.id }));
  const select = { id: true, employeeNumber: true } as const;
  // Each created row's id and key field (ids and numbers only, so a 10,000-row import stays small).
  const audit = (tx: Prisma.TransactionClient, created: Array<{ id: string; employeeNumber: string }>) =>
    recordAudit(tx, actor, { action: "import", entity: "Employee", organizationId, after: { count: rows.length, employeeNumbers: numbers, created: created.map((e) => [e.id, e.employeeNumber]) } });
  if (isEmbedded()) {
    const created = await writeInBatches(data,
      (batch) => prisma.employee.createManyAndReturn({ data: batch, select }),
      async (done) => { await prisma.employee.deleteMany({ where: { id: { in: done.map((e) => e.id) } } }); });
    await prisma.$transaction((tx) => audit(tx, created));
  } else {
    await prisma.$transaction(async (tx) => audit(tx, await tx.employee.createManyAndReturn({ data, select })), { timeout: 60_000 });
  }
  return { ok: true as const, count: rows.length };
}

export function columnsOf(e: Awaited<ReturnType<typeof getEmployee>>): EmployeeColumns {
  return {
    employeeNumber: e.employeeNumber, firstName: e.firstName, lastName: e.lastName, email: e.email, status: e.status,
    employmentType: e.employmentType, certificated: e.certificated, teacherCategory: e.teacherCategory as EmployeeColumns["teacherCategory"], teacherStep: e.teacherStep,
    payGrade: e.payGrade, payStep: e.payStep, classification: e.classification, generalClassification: e.generalClassification as EmployeeColumns["generalClassification"],
    fteMilli: e.fteMilli, qualifications: e.qualifications, hireDate: toIso(e.hireDate), applicationDate: e.applicationDate ? toIso(e.applicationDate) : null,
  };
}
