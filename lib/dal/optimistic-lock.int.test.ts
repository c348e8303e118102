import { afterAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { loadActor } from "./actor";
import { createEmployee, updateEmployee } from "./employees";
import { formatBC } from "./bc-time";
import type { EmployeeColumns } from "@/lib/schemas/employee";

const actor = async (email: string) => loadActor((await (await db()).user.findUniqueOrThrow({ where: { email } })).id);
const row = (payStep: number): EmployeeColumns => ({
  employeeNumber: "INTLOCK1", firstName: "Lock", lastName: "Test", email: null, status: "ACTIVE", employmentType: "REGULAR",
  certificated: null, teacherCategory: null, teacherStep: null, payGrade: "8", payStep, classification: "Payroll Clerk",
  generalClassification: "b", fteMilli: 1000, qualifications: [], hireDate: "2018-01-08", applicationDate: null,
});

afterAll(async () => {
  await (await db()).employee.deleteMany({ where: { employeeNumber: "INTLOCK1" } });
});

describe("two people editing the same employee: the second save is refused (no lost update)", () => {
  it("refuses a save of the version both opened once the first has saved, naming the last editor and the time", async () => {
    const prisma = await db();
    const hr = await actor("hr.sd71@accord.test");
    const admin = await actor("admin@accord.test");
    await prisma.employee.deleteMany({ where: { employeeNumber: "INTLOCK1" } });
    const created = await createEmployee(hr, (await prisma.organization.findUniqueOrThrow({ where: { code: "SD71" } })).id, row(1));
    if (!created.ok) throw new Error(created.message);
    const opened = (await prisma.employee.findUniqueOrThrow({ where: { id: created.id } })).version;
    expect(opened).toBe(1);

    expect(await updateEmployee(admin, created.id, row(2), opened)).toEqual({ ok: true, id: created.id });
    const second = await updateEmployee(hr, created.id, row(3), opened);
    const last = await prisma.auditEvent.findFirstOrThrow({ where: { entityId: created.id, action: "update" }, orderBy: { at: "desc" }, include: { user: true } });
    expect(second).toEqual({ ok: false, field: "version", message: expect.stringMatching(new RegExp(`^Changed by ${last.user!.name} at ${formatBC(last.at).slice(11)} \\(Vancouver time\\) since you opened it`)) });
    const now = await prisma.employee.findUniqueOrThrow({ where: { id: created.id } });
    expect([now.payStep, now.version]).toEqual([2, 2]);
    expect(await prisma.auditEvent.count({ where: { entityId: created.id, action: "update" } })).toBe(1);

    // reopened at the current version, the save goes through
    expect(await updateEmployee(hr, created.id, row(3), now.version)).toEqual({ ok: true, id: created.id });
  });

  it("lets exactly one of two concurrent saves of the same version through", async () => {
    const prisma = await db();
    const hr = await actor("hr.sd71@accord.test");
    const e = await prisma.employee.findFirstOrThrow({ where: { employeeNumber: "INTLOCK1" } });
    const both = await Promise.all([updateEmployee(hr, e.id, row(1), e.version), updateEmployee(hr, e.id, row(2), e.version)]);
    expect(both.filter((r) => r.ok)).toHaveLength(1);
    expect(both.filter((r) => !r.ok)).toEqual([expect.objectContaining({ field: "version" })]);
    expect((await prisma.employee.findUniqueOrThrow({ where: { id: e.id } })).version).toBe(e.version + 1);
  });
});
