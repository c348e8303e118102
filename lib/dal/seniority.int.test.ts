import { afterAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { loadActor } from "./actor";
import { ForbiddenError, NotFoundError } from "./errors";
import { recordLedgerEntries } from "./seniority-ledger";
import { getSeniorityStandings } from "./seniority-standings";
import { getPublishedList, publishSeniorityList, recordAppeal } from "./seniority-published";

const actor = async (email: string) => loadActor((await (await db()).user.findUniqueOrThrow({ where: { email } })).id);
const NUMBER = "INTSEN1";
const rec = { kind: "APPOINTMENT" as const, startDate: "2022-09-06", endDate: null, fteMilli: 1000, quantity: null, reason: null };

async function testTeacher() {
  const prisma = await db();
  const org = await prisma.organization.findUniqueOrThrow({ where: { code: "SD73" } });
  const agreement = await prisma.agreement.findUniqueOrThrow({ where: { rulesId: "sd73-teachers" } });
  await prisma.employee.deleteMany({ where: { organizationId: org.id, employeeNumber: NUMBER } });
  return prisma.employee.create({
    data: { organizationId: org.id, agreementId: agreement.id, employeeNumber: NUMBER, firstName: "Ledger", lastName: "Test", employmentType: "CONTINUING", hireDate: new Date("2022-09-06T00:00:00Z"), applicationDate: new Date("2022-05-01T00:00:00Z") },
  });
}

/** Removes test-published SD71 lists as of a date (a published list is never deleted by the app). */
async function unpublish(asOf: string) {
  const prisma = await db();
  const agreement = await prisma.agreement.findUniqueOrThrow({ where: { rulesId: "sd71-cupe439" } });
  const ids = (await prisma.seniorityList.findMany({ where: { agreementId: agreement.id, asOf: new Date(`${asOf}T00:00:00Z`) }, select: { id: true } })).map((l) => l.id);
  await prisma.seniorityAppeal.deleteMany({ where: { listId: { in: ids } } });
  await prisma.seniorityListRow.deleteMany({ where: { listId: { in: ids } } });
  await prisma.seniorityList.deleteMany({ where: { id: { in: ids } } });
}

afterAll(async () => {
  await (await db()).employee.deleteMany({ where: { employeeNumber: NUMBER } });
  await unpublish("2025-01-31");
  await unpublish("2024-01-31");
});

describe("service ledger and seniority summaries", () => {
  it("C.2.5: a ledger entry updates the employee's summary in the same transaction; a rolled-back write leaves it unchanged", async () => {
    const hr = await actor("hr.sd73@accord.test");
    const e = await testTeacher();
    const prisma = await db();
    const inside = await prisma.$transaction(async (tx) => {
      const r = await recordLedgerEntries(tx, hr, [{ ...rec, employeeId: e.id }]);
      expect(r.ok).toBe(true);
      return tx.senioritySummary.findUnique({ where: { employeeId: e.id } });
    });
    expect(inside?.list).toBe("REGULAR");
    const mine = async (asOf: string) => (await getSeniorityStandings(hr, "sd73-teachers", asOf)).find((s) => s.employeeNumber === NUMBER);
    expect((await mine("2025-06-30"))?.seniorityDays).toBeCloseTo(567, 6); // three full school years × 189
    await expect(prisma.$transaction(async (tx) => {
      await recordLedgerEntries(tx, hr, [{ ...rec, kind: "LAYOFF", fteMilli: null, startDate: "2023-07-01", employeeId: e.id }]);
      throw new Error("abort");
    })).rejects.toThrow("abort");
    expect((await mine("2025-06-30"))?.seniorityDays).toBeCloseTo(567, 6);
    expect((await mine("2025-06-30"))?.laidOff).toBe(false);
    // Committed: a layoff from 2023-07-01 stops accrual (C.2.7.d) and shows on the standings.
    await prisma.$transaction((tx) => recordLedgerEntries(tx, hr, [{ ...rec, kind: "LAYOFF", fteMilli: null, startDate: "2023-07-01", employeeId: e.id }]));
    expect(await mine("2025-06-30")).toMatchObject({ seniorityDays: 189, laidOff: true });
  });

  it("refuses an overlapping appointment and saves nothing; stewards and other districts cannot write", async () => {
    const hr = await actor("hr.sd73@accord.test");
    const prisma = await db();
    const e = await prisma.employee.findFirstOrThrow({ where: { employeeNumber: NUMBER } });
    const before = await prisma.serviceRecord.count({ where: { employeeId: e.id } });
    const r = await prisma.$transaction((tx) => recordLedgerEntries(tx, hr, [{ ...rec, startDate: "2024-01-08", employeeId: e.id }]));
    expect(r).toEqual({ ok: false, errors: [{ index: 0, field: "startDate", message: "overlaps the appointment from 2022-09-06 to open in the ledger" }] });
    expect(await prisma.serviceRecord.count({ where: { employeeId: e.id } })).toBe(before);
    await expect(prisma.$transaction(async (tx) => recordLedgerEntries(tx, await actor("steward.ktta@accord.test"), [{ ...rec, employeeId: e.id }]))).rejects.toBeInstanceOf(ForbiddenError);
    await expect(prisma.$transaction(async (tx) => recordLedgerEntries(tx, await actor("hr.sd71@accord.test"), [{ ...rec, employeeId: e.id }]))).rejects.toBeInstanceOf(NotFoundError);
  });

  it("C.2.7.c: stewards read their local's list in rank order; another local's agreement is not found", async () => {
    const steward = await actor("steward.ktta@accord.test");
    const s = await getSeniorityStandings(steward, "sd73-teachers", "2025-05-01");
    expect(s.length).toBeGreaterThan(250);
    expect(s.map((x) => x.rank)).toEqual(s.map((_, i) => i + 1));
    for (let i = 1; i < s.length; i++) expect(Math.floor(s[i - 1].seniorityDays! * 2 + 1e-9)).toBeGreaterThanOrEqual(Math.floor(s[i].seniorityDays! * 2 + 1e-9));
    await expect(getSeniorityStandings(steward, "sd71-cupe439", "2025-05-01")).rejects.toBeInstanceOf(NotFoundError);
  });

  it("15.02(a): an SD71 list issued 2025-02-14 is frozen, and appeals are accepted until 2025-08-14 only", async () => {
    const hr = await actor("hr.sd71@accord.test");
    expect(await publishSeniorityList(hr, "sd71-cupe439", "2025-02-01", "REGULAR", "2025-02-14")).toMatchObject({ ok: false, field: "asOf" });
    await unpublish("2025-01-31");
    const p = await publishSeniorityList(hr, "sd71-cupe439", "2025-01-31", "REGULAR", "2025-02-14");
    if (!p.ok) throw new Error(p.message);
    const l = await getPublishedList(hr, p.id);
    expect(l.appealBy).toBe("2025-08-14");
    const standings = (await getSeniorityStandings(hr, "sd71-cupe439", "2025-01-31")).filter((x) => x.list === "REGULAR");
    expect(l.rows.map((r) => r.employeeNumber)).toEqual(standings.map((s) => s.employeeNumber));
    expect(l.rows[0].steps.length).toBeGreaterThan(0);
    const who = l.rows[0].employeeNumber;
    expect(await recordAppeal(hr, p.id, { employeeNumber: who, receivedOn: "2025-08-14", grounds: "Temporary days not credited" })).toEqual({ ok: true });
    const late = await recordAppeal(hr, p.id, { employeeNumber: who, receivedOn: "2025-08-15", grounds: "Late" });
    expect(late).toMatchObject({ ok: false, field: "receivedOn" });
    expect(!late.ok && late.message).toContain("closed on 2025-08-14");
    await expect(recordAppeal(await actor("steward.cupe439@accord.test"), p.id, { employeeNumber: who, receivedOn: "2025-03-01", grounds: "x" })).rejects.toBeInstanceOf(ForbiddenError);
  });

  it("15.02(a): the same official list published twice at once is stored once; the other publish points to it", async () => {
    const hr = await actor("hr.sd71@accord.test");
    await unpublish("2024-01-31");
    const both = await Promise.all([1, 2].map(() => publishSeniorityList(hr, "sd71-cupe439", "2024-01-31", "REGULAR", "2024-02-14")));
    const prisma = await db();
    const agreement = await prisma.agreement.findUniqueOrThrow({ where: { rulesId: "sd71-cupe439" } });
    const stored = await prisma.seniorityList.findMany({ where: { agreementId: agreement.id, list: "REGULAR", asOf: new Date("2024-01-31T00:00:00Z") } });
    expect(stored).toHaveLength(1);
    const won = both.find((r) => r.ok), lost = both.find((r) => !r.ok);
    expect(won).toEqual({ ok: true, id: stored[0].id });
    expect(lost).toEqual({ ok: false, field: "asOf", existingId: stored[0].id, message: "This list as of 2024-01-31 was already published on 2024-02-14; a published list is never replaced." });
    // a later republish is refused the same way
    expect(await publishSeniorityList(hr, "sd71-cupe439", "2024-01-31", "REGULAR", "2024-03-01")).toMatchObject({ ok: false, existingId: stored[0].id });
  });
});
