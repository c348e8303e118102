import { afterAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { loadActor } from "./actor";
import { createFeedToken, revokeFeedToken } from "./calendar-feeds";
import { importEmployees } from "./employees";
import type { EmployeeColumns } from "@/lib/schemas/employee";
import { importLedgerEntries } from "./seniority-ledger";
import { createPayPeriod, runPayPeriod } from "./ttoc";
import { importTtocDays } from "./ttoc-import";

const actor = async (email: string) => loadActor((await (await db()).user.findUniqueOrThrow({ where: { email } })).id);
const orgId = async (code: string) => (await (await db()).organization.findUniqueOrThrow({ where: { code } })).id;
const START = new Date("2025-03-03T00:00:00Z");
const END = new Date("2025-03-14T00:00:00Z");
const row = (n: string): EmployeeColumns => ({
  employeeNumber: n, firstName: "Audit", lastName: "Payload", email: null, status: "ACTIVE", employmentType: "REGULAR",
  certificated: null, teacherCategory: null, teacherStep: null, payGrade: "8", payStep: 2, classification: "Payroll Clerk",
  generalClassification: "b", fteMilli: 1000, qualifications: [], hireDate: "2018-01-08", applicationDate: null,
});
const tokens: string[] = [];

afterAll(async () => {
  const prisma = await db();
  const emps = await prisma.employee.findMany({ where: { employeeNumber: { startsWith: "AUD9" } }, select: { id: true } });
  await prisma.auditEvent.deleteMany({ where: { OR: [{ entity: "Employee", after: { path: ["count"], equals: 2 }, organizationId: await orgId("SD71"), at: { gte: new Date(Date.now() - 600_000) } }, { entityId: { in: tokens } }] } });
  await prisma.employee.deleteMany({ where: { id: { in: emps.map((e) => e.id) } } });
  await prisma.calendarFeedToken.deleteMany({ where: { id: { in: tokens } } });
  const periods = await prisma.payPeriod.findMany({ where: { startDate: START }, select: { id: true } });
  await prisma.auditEvent.deleteMany({ where: { entityId: { in: periods.map((p) => p.id) } } });
  await prisma.payPeriod.deleteMany({ where: { startDate: START } });
  await prisma.ttocDay.deleteMany({ where: { date: { gte: START, lte: END } } });
});

describe("audit events say where and what", () => {
  it("a steward's feed-token creation and revocation carry the district their local bargains with (KTTA → SD73)", async () => {
    const s = await actor("steward.ktta@accord.test");
    const { id } = await createFeedToken(s);
    tokens.push(id);
    await revokeFeedToken(s, id);
    const prisma = await db();
    const events = await prisma.auditEvent.findMany({ where: { entity: "CalendarFeedToken", entityId: id }, orderBy: { at: "asc" } });
    expect(events.map((e) => [e.action, e.organizationId])).toEqual([["create", await orgId("SD73")], ["update", await orgId("SD73")]]);
    expect((events[0].after as { localIds: string[] }).localIds).toEqual([s.memberships[0].localId]);
  });

  it("an employee CSV import records each created row's id and employee number", async () => {
    const hr = await actor("hr.sd71@accord.test");
    const sd71 = await orgId("SD71");
    expect(await importEmployees(hr, sd71, [row("AUD901"), row("AUD902")])).toEqual({ ok: true, count: 2 });
    const prisma = await db();
    const created = await prisma.employee.findMany({ where: { employeeNumber: { in: ["AUD901", "AUD902"] } }, orderBy: { employeeNumber: "asc" } });
    const ev = await prisma.auditEvent.findFirstOrThrow({ where: { entity: "Employee", action: "import", organizationId: sd71 }, orderBy: { at: "desc" } });
    expect((ev.after as { created: string[][] }).created.sort((a, b) => a[1].localeCompare(b[1]))).toEqual(created.map((e) => [e.id, e.employeeNumber]));
  });

  it("a seniority ledger CSV import records each created entry's id, employee number, kind and start date", async () => {
    const hr = await actor("hr.sd71@accord.test");
    const sd71 = await orgId("SD71");
    const r = await importLedgerEntries(hr, sd71, [{ employeeNumber: "AUD902", note: null, kind: "APPOINTMENT", startDate: "2018-01-08", endDate: null, fteMilli: 1000, quantity: null, reason: null }]);
    expect(r).toEqual({ ok: true, count: 1 });
    const prisma = await db();
    const rec = await prisma.serviceRecord.findFirstOrThrow({ where: { employee: { employeeNumber: "AUD902" } } });
    const ev = await prisma.auditEvent.findFirstOrThrow({ where: { entity: "ServiceRecord", action: "import", organizationId: sd71 }, orderBy: { at: "desc" } });
    expect((ev.after as { created: string[][] }).created).toEqual([[rec.id, "AUD902", "APPOINTMENT", "2018-01-08"]]);
    await prisma.auditEvent.deleteMany({ where: { OR: [{ id: ev.id }, { entityId: rec.id }] } });
  });

  it("a TTOC CSV import records each callout's id, and a pay-period run records the lines it changed with before and after amounts (B.2.8 $167.43)", async () => {
    const hr = await actor("hr.sd73@accord.test");
    const p = await createPayPeriod(hr, await orgId("SD73"), { startDate: "2025-03-03", endDate: "2025-03-14" });
    if (!p.ok) throw new Error(p.message);
    const csv = "employeeNumber,date,school,replacedTeacher,start,end,fraction\n730009,2025-03-04,Pacific Way Elementary,,,,1\n730009,2025-03-05,Pacific Way Elementary,,,,1\n";
    expect(await importTtocDays(hr, p.id, csv)).toEqual({ ok: true, count: 2 });
    const prisma = await db();
    const days = await prisma.ttocDay.findMany({ where: { date: { gte: START, lte: END } }, orderBy: { date: "asc" } });
    const imp = await prisma.auditEvent.findFirstOrThrow({ where: { entity: "TtocDay", entityId: p.id, action: "import" } });
    expect((imp.after as { created: string[][] }).created).toEqual(days.map((d) => [d.id, "730009", d.date.toISOString().slice(0, 10)]));

    expect(await runPayPeriod(hr, p.id)).toEqual({ ok: true, count: 2 });
    // A stored line that differs from the rules (as after a rate correction): the next run changes only it.
    const line = await prisma.payLine.findFirstOrThrow({ where: { periodId: p.id, date: new Date("2025-03-05T00:00:00Z") } });
    await prisma.payLine.update({ where: { id: line.id }, data: { totalCents: 15000 } });
    expect(await runPayPeriod(hr, p.id)).toEqual({ ok: true, count: 2 });
    const runs = await prisma.auditEvent.findMany({ where: { entity: "PayPeriod", entityId: p.id, action: "update" }, orderBy: { at: "asc" } });
    expect((runs[0].after as { changed: unknown[] }).changed).toEqual([["730009", "2025-03-04", null, 16743], ["730009", "2025-03-05", null, 16743]]);
    expect((runs[1].after as { changed: unknown[] }).changed).toEqual([["730009", "2025-03-05", 15000, 16743]]);
  });
});
