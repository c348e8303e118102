import { afterAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { loadActor, type Actor } from "./actor";
import { createEmployee, exportEmployees, getEmployee, importEmployees, listEmployees, updateEmployee } from "./employees";
import { ForbiddenError, NotFoundError } from "./errors";
import { listAuditEvents } from "./audit";
import type { EmployeeColumns } from "@/lib/schemas/employee";

async function actor(email: string): Promise<Actor> {
  const prisma = await db();
  const u = await prisma.user.findUniqueOrThrow({ where: { email } });
  return loadActor(u.id);
}
async function orgId(code: string) {
  return (await (await db()).organization.findUniqueOrThrow({ where: { code } })).id;
}
const cupeRow = (n: string): EmployeeColumns => ({
  employeeNumber: n, firstName: "Test", lastName: "Integration", email: null, status: "ACTIVE", employmentType: "REGULAR",
  certificated: null, teacherCategory: null, teacherStep: null, payGrade: "8", payStep: 2, classification: "Payroll Clerk",
  generalClassification: "b", fteMilli: 1000, qualifications: [], hireDate: "2018-01-08", applicationDate: null,
});

afterAll(async () => {
  const prisma = await db();
  await prisma.employee.deleteMany({ where: { employeeNumber: { startsWith: "INT" } } });
});

describe("tenant isolation (lib/dal)", () => {
  it("a CUPE 439 steward lists only SD71 employees, and all 300 of them", async () => {
    const a = await actor("steward.cupe439@accord.test");
    const sd71 = await orgId("SD71");
    const all = await exportEmployees(a, {});
    expect(all.length).toBeGreaterThanOrEqual(300);
    expect(new Set(all.map((e) => e.organizationId))).toEqual(new Set([sd71]));
  });

  it("a CUPE 439 steward cannot read an SD73 employee by id (not found, no data)", async () => {
    const a = await actor("steward.cupe439@accord.test");
    const prisma = await db();
    const sd73Employee = await prisma.employee.findFirstOrThrow({ where: { organizationId: await orgId("SD73") } });
    await expect(getEmployee(a, sd73Employee.id)).rejects.toBeInstanceOf(NotFoundError);
    const found = await listEmployees(a, { q: sd73Employee.employeeNumber });
    expect(found.rows.filter((e) => e.id === sd73Employee.id)).toHaveLength(0);
  });

  it("a KTTA steward sees SD73 teachers but not SD71 staff", async () => {
    const a = await actor("steward.ktta@accord.test");
    const codes = new Set((await exportEmployees(a, {})).map((e) => e.organization.code));
    expect(codes).toEqual(new Set(["SD73"]));
  });

  it("an SD71 HR clerk cannot create an employee in SD73, and a steward cannot create one anywhere", async () => {
    const hr71 = await actor("hr.sd71@accord.test");
    await expect(createEmployee(hr71, await orgId("SD73"), cupeRow("INT001"))).rejects.toBeInstanceOf(ForbiddenError);
    const steward = await actor("steward.cupe439@accord.test");
    await expect(createEmployee(steward, await orgId("SD71"), cupeRow("INT002"))).rejects.toBeInstanceOf(ForbiddenError);
  });

  it("an SD71 HR clerk cannot change an SD73 employee (not found)", async () => {
    const hr71 = await actor("hr.sd71@accord.test");
    const prisma = await db();
    const sd73Employee = await prisma.employee.findFirstOrThrow({ where: { organizationId: await orgId("SD73") } });
    await expect(updateEmployee(hr71, sd73Employee.id, cupeRow(sd73Employee.employeeNumber))).rejects.toBeInstanceOf(NotFoundError);
  });

  it("the admin of both districts sees both", async () => {
    const a = await actor("admin@accord.test");
    const codes = new Set((await exportEmployees(a, {})).map((e) => e.organization.code));
    expect(codes).toEqual(new Set(["SD73", "SD71"]));
  });
});

describe("employee writes are audited", () => {
  it("create then update records two audit events with before and after values", async () => {
    const hr = await actor("hr.sd71@accord.test");
    const sd71 = await orgId("SD71");
    const created = await createEmployee(hr, sd71, cupeRow("INT100"));
    expect(created.ok).toBe(true);
    if (!created.ok) return;
    const dup = await createEmployee(hr, sd71, cupeRow("INT100"));
    expect(dup).toMatchObject({ ok: false, field: "employeeNumber" });
    await updateEmployee(hr, created.id, { ...cupeRow("INT100"), payStep: 1 });
    const prisma = await db();
    const events = await prisma.auditEvent.findMany({ where: { entityId: created.id }, orderBy: { at: "asc" } });
    expect(events.map((e) => e.action)).toEqual(["create", "update"]);
    expect((events[1].before as { payStep: number }).payStep).toBe(2);
    expect((events[1].after as { payStep: number }).payStep).toBe(1);
    const admin = await actor("admin@accord.test");
    const log = await listAuditEvents(admin, { entity: "Employee" });
    expect(log.rows.some((r) => r.entityId === created.id)).toBe(true);
  });

  it("a non-admin cannot read the audit log", async () => {
    await expect(listAuditEvents(await actor("hr.sd73@accord.test"), {})).rejects.toBeInstanceOf(ForbiddenError);
  });
});

describe("employee CSV import is all-or-nothing", () => {
  it("imports nothing when one row repeats an existing number, and everything when none does", async () => {
    const hr = await actor("hr.sd71@accord.test");
    const sd71 = await orgId("SD71");
    const prisma = await db();
    const existing = await prisma.employee.findFirstOrThrow({ where: { organizationId: sd71 } });
    const bad = await importEmployees(hr, sd71, [cupeRow("INT200"), cupeRow(existing.employeeNumber), cupeRow("INT200")]);
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.errors.map((e) => e.row)).toEqual([3, 4]);
    expect(await prisma.employee.count({ where: { employeeNumber: "INT200" } })).toBe(0);
    const good = await importEmployees(hr, sd71, [cupeRow("INT201"), cupeRow("INT202")]);
    expect(good).toEqual({ ok: true, count: 2 });
  });
});
