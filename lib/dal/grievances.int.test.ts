import { afterAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { loadActor, type Actor } from "./actor";
import { createGrievance, recordGrievanceEvent } from "./grievance-writes";
import { deadlinesOf, getGrievance, listGrievances } from "./grievances";
import { ForbiddenError, NotFoundError } from "./errors";
import type { NewGrievance } from "@/lib/schemas/grievance";

const TAG = "INT-TEST grievance";
async function actor(email: string): Promise<Actor> {
  const u = await (await db()).user.findUniqueOrThrow({ where: { email } });
  return loadActor(u.id);
}
async function agreementId(rulesId: string) {
  return (await (await db()).agreement.findUniqueOrThrow({ where: { rulesId } })).id;
}
async function firstEmployee(rulesId: string) {
  return (await (await db()).employee.findFirstOrThrow({ where: { agreement: { rulesId } }, orderBy: { employeeNumber: "asc" } })).employeeNumber;
}
async function file(a: Actor, rulesId: string, over: Partial<NewGrievance>, today: string) {
  const input: NewGrievance = {
    agreementId: await agreementId(rulesId), type: rulesId === "sd73-teachers" ? "LOCAL_MATTER" : "INDIVIDUAL", policy: false,
    grievors: [await firstEmployee(rulesId)], articles: ["C.2.1"], summary: `${TAG}: ${Math.random()}`, remedy: "Make whole",
    violationDate: "2025-01-10", ...over,
  };
  const r = await createGrievance(a, input, today);
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r.id;
}
const stored = async (id: string) => {
  const g = await (await db()).grievance.findUniqueOrThrow({ where: { id }, include: { _count: { select: { events: true } } } });
  return { nextDue: g.nextDue?.toISOString().slice(0, 10) ?? null, nextArticle: g.nextArticle, status: g.status, events: g._count.events };
};

afterAll(async () => {
  await (await db()).grievance.deleteMany({ where: { summary: { startsWith: TAG } } });
});

describe("grievance deadlines recomputed on events (lib/dal)", () => {
  it("filing stores the A.6.2.b Step One limit counted from the later awareness date, with an audit event", async () => {
    const s = await actor("steward.ktta@accord.test");
    const id = await file(s, "sd73-teachers", { violationDate: "2024-09-09", awarenessDate: "2024-09-16" }, "2024-09-20");
    expect(await stored(id)).toMatchObject({ nextDue: "2024-10-30", nextArticle: "A.6.2.b", status: "OPEN" });
    const audit = await (await db()).auditEvent.findFirst({ where: { entity: "Grievance", entityId: id } });
    expect(audit?.action).toBe("create");
  });

  it("a Step One meeting request, then a written extension, move the next deadline (A.6.3.a, A.6.9.b)", async () => {
    const s = await actor("steward.ktta@accord.test");
    const id = await file(s, "sd73-teachers", {}, "2025-01-20");
    expect((await recordGrievanceEvent(s, id, { type: "STEP1_MEETING_REQUESTED", date: "2025-01-20" }, "2025-01-20")).ok).toBe(true);
    expect(await stored(id)).toMatchObject({ nextDue: "2025-02-03", nextArticle: "A.6.3.a" });
    expect((await recordGrievanceEvent(s, id, { type: "EXTENSION_AGREED", date: "2025-01-22", newDue: "2025-02-28" }, "2025-01-22")).ok).toBe(true);
    expect(await stored(id)).toMatchObject({ nextDue: "2025-02-28", nextArticle: "A.6.3.a", events: 2 });
    const g = await getGrievance(s, id);
    const r = await deadlinesOf(g, "2025-01-22");
    expect(r.deadlines[0]).toMatchObject({ ruleId: "step2-referral", extended: true, computedDue: "2025-02-03" });
  });

  it("an abeyance stops time and its end moves the date by the weekdays paused (A.6.9.b)", async () => {
    const s = await actor("steward.ktta@accord.test");
    const id = await file(s, "sd73-teachers", {}, "2025-01-20");
    await recordGrievanceEvent(s, id, { type: "STEP1_MEETING_REQUESTED", date: "2025-01-20" }, "2025-01-20");
    await recordGrievanceEvent(s, id, { type: "PAUSE_STARTED", date: "2025-01-22" }, "2025-01-22");
    expect((await stored(id)).nextDue).toBeNull();
    await recordGrievanceEvent(s, id, { type: "PAUSE_ENDED", date: "2025-01-24" }, "2025-01-24");
    expect(await stored(id)).toMatchObject({ nextDue: "2025-02-06", nextArticle: "A.6.3.a" });
  });

  it("a late Step One is listed as overdue, and an event out of order is refused with nothing saved", async () => {
    const s = await actor("steward.ktta@accord.test");
    const id = await file(s, "sd73-teachers", { violationDate: "2024-09-09" }, "2024-09-10");
    const overdue = await listGrievances(s, { status: "open", due: "overdue", page: 1 }, "2024-10-25");
    expect(overdue.rows.map((r) => r.id)).toContain(id);
    expect((await getGrievance(s, id)).nextDue?.toISOString().slice(0, 10)).toBe("2024-10-23");
    await recordGrievanceEvent(s, id, { type: "STEP3_REFERRED", date: "2024-10-25" }, "2024-10-25");
    const before = await stored(id);
    const r = await recordGrievanceEvent(s, id, { type: "STEP1_MEETING_REQUESTED", date: "2024-10-20" }, "2024-10-28");
    expect(r.ok).toBe(false);
    expect(!r.ok && r.errors.date).toMatch(/before the last recorded event/);
    const ext = await recordGrievanceEvent(s, id, { type: "EXTENSION_AGREED", date: "2024-10-28" }, "2024-10-28");
    expect(!ext.ok && ext.errors.newDue).toMatch(/new date/);
    expect(await stored(id)).toEqual(before);
  });

  it("the dashboard's 'due soon' and 'overdue' counts equal the rows of those filters (A.6.2.b Step One due 2024-10-23)", async () => {
    const s = await actor("steward.ktta@accord.test");
    const hr = await actor("hr.sd73@accord.test");
    const id = await file(s, "sd73-teachers", { violationDate: "2024-09-09" }, "2024-09-10");
    // 2024-10-15: due in 6 working days (soon); 2024-10-25: two days late (overdue).
    for (const [who, today] of [[s, "2024-10-15"], [s, "2024-10-25"], [hr, "2024-10-15"], [hr, "2024-10-25"]] as const) {
      const all = await listGrievances(who, { status: "open", due: "all", page: 1 }, today);
      const soon = await listGrievances(who, { status: "open", due: "soon", page: 1 }, today);
      const overdue = await listGrievances(who, { status: "open", due: "overdue", page: 1 }, today);
      expect([all.soonCount, all.overdueCount], `${who.email} on ${today}`).toEqual([soon.total, overdue.total]);
      expect((today === "2024-10-15" ? soon : overdue).rows.map((r) => r.id)).toContain(id);
      expect((today === "2024-10-15" ? overdue : soon).rows.map((r) => r.id)).not.toContain(id);
    }
  });

  it("an SD71 policy grievance starts at Step 2 (12.02(b)); its Step 2 decision is due in 5 working days (GRV-003)", async () => {
    const s = await actor("steward.cupe439@accord.test");
    const id = await file(s, "sd71-cupe439", { type: "POLICY", policy: true, grievors: [], violationDate: "2025-02-03" }, "2025-02-05");
    expect(await stored(id)).toMatchObject({ nextDue: "2025-02-25", nextArticle: "12.02(b)" });
    const step1 = await recordGrievanceEvent(s, id, { type: "STEP1_NOTICE_GIVEN", date: "2025-02-10" }, "2025-02-12");
    expect(!step1.ok && step1.errors.type).toMatch(/does not apply/);
    expect((await recordGrievanceEvent(s, id, { type: "STEP2_APPLIED", date: "2025-02-12" }, "2025-02-12")).ok).toBe(true);
    expect(await stored(id)).toMatchObject({ nextDue: "2025-02-20", nextArticle: "12.02(a) Step 2" });
    // The district's HR clerk records the employer's decision; the 10 working days to request Step 3 start.
    const hr = await actor("hr.sd71@accord.test");
    expect((await recordGrievanceEvent(hr, id, { type: "STEP2_DECISION_RECEIVED", date: "2025-02-20" }, "2025-02-20")).ok).toBe(true);
    expect(await stored(id)).toMatchObject({ nextDue: "2025-03-06", nextArticle: "12.02(a) Step 3" });
    const unionStep = await recordGrievanceEvent(hr, id, { type: "STEP3_REQUESTED", date: "2025-02-21" }, "2025-02-21");
    expect(!unionStep.ok && unionStep.errors.type).toMatch(/recorded by the local/);
  });
});

describe("grievance scope (lib/dal)", () => {
  it("the other local's steward and the other district's HR clerk get not-found; the district's HR clerk sees it", async () => {
    const s = await actor("steward.ktta@accord.test");
    const id = await file(s, "sd73-teachers", {}, "2025-01-20");
    await expect(getGrievance(await actor("steward.cupe439@accord.test"), id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(getGrievance(await actor("hr.sd71@accord.test"), id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(recordGrievanceEvent(await actor("steward.cupe439@accord.test"), id, { type: "SETTLED", date: "2025-01-21" }, "2025-01-21")).rejects.toBeInstanceOf(NotFoundError);
    expect((await getGrievance(await actor("hr.sd73@accord.test"), id)).id).toBe(id);
    expect((await getGrievance(await actor("officer.ktta@accord.test"), id)).id).toBe(id);
    const list = await listGrievances(await actor("steward.cupe439@accord.test"), { status: "all", due: "all", page: 1 }, "2025-01-20");
    expect(list.rows.map((r) => r.id)).not.toContain(id);
  });

  it("an HR clerk cannot file a grievance (stewards and officers of the local file)", async () => {
    const hr = await actor("hr.sd73@accord.test");
    await expect(file(hr, "sd73-teachers", {}, "2025-01-20")).rejects.toBeInstanceOf(ForbiddenError);
  });

  it("numbers run per local per year", async () => {
    const s = await actor("steward.cupe439@accord.test");
    const a = await file(s, "sd71-cupe439", {}, "2030-03-02");
    const b = await file(s, "sd71-cupe439", {}, "2030-03-02");
    const prisma = await db();
    const [ga, gb] = await Promise.all([a, b].map((id) => prisma.grievance.findUniqueOrThrow({ where: { id } })));
    expect([ga.year, gb.number - ga.number]).toEqual([2030, 1]);
  });
});
