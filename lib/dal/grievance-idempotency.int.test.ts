import { randomUUID } from "node:crypto";
import { afterAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { loadActor, type Actor } from "./actor";
import { createGrievance, recordGrievanceEvent } from "./grievance-writes";
import type { NewGrievance } from "@/lib/schemas/grievance";

const TAG = "INT-TEST idempotency";
const TODAY = "2025-01-20";
const actor = async (email: string): Promise<Actor> => loadActor((await (await db()).user.findUniqueOrThrow({ where: { email } })).id);

async function input(idempotencyKey?: string): Promise<NewGrievance> {
  const prisma = await db();
  const agreement = await prisma.agreement.findUniqueOrThrow({ where: { rulesId: "sd73-teachers" } });
  const grievor = await prisma.employee.findFirstOrThrow({ where: { agreementId: agreement.id }, orderBy: { employeeNumber: "asc" } });
  return {
    agreementId: agreement.id, type: "LOCAL_MATTER", policy: false, grievors: [grievor.employeeNumber], articles: ["C.2.1"],
    summary: `${TAG}: double submit of one filing form`, remedy: "Make whole", violationDate: "2025-01-10", idempotencyKey,
  };
}
const filedWith = async (summary: string) => (await db()).grievance.count({ where: { summary } });

afterAll(async () => {
  await (await db()).grievance.deleteMany({ where: { summary: { startsWith: TAG } } });
});

describe("double submits create one record (idempotency key of the form)", () => {
  it("filing the same grievance form twice at once files one grievance (A.6.2.b limit counted once), both submits answer its id", async () => {
    const s = await actor("steward.ktta@accord.test");
    const prisma = await db();
    await prisma.grievance.deleteMany({ where: { summary: { startsWith: TAG } } });
    const form = await input(randomUUID());
    const [a, b] = await Promise.all([createGrievance(s, form, TODAY), createGrievance(s, form, TODAY)]);
    expect(a.ok && b.ok).toBe(true);
    expect(a).toEqual(b);
    expect(await filedWith(form.summary)).toBe(1);
    const g = await prisma.grievance.findFirstOrThrow({ where: { summary: form.summary } });
    expect(a).toEqual({ ok: true, id: g.id });
    expect(await prisma.auditEvent.count({ where: { entity: "Grievance", entityId: g.id, action: "create" } })).toBe(1);
    // a later resubmit of the same form (a network retry) still answers the same grievance
    expect(await createGrievance(s, form, TODAY)).toEqual({ ok: true, id: g.id });
  });

  it("two different filing forms (different keys) file two grievances, and a form without a key still files", async () => {
    const s = await actor("steward.ktta@accord.test");
    const prisma = await db();
    await prisma.grievance.deleteMany({ where: { summary: { startsWith: TAG } } });
    const [a, b] = await Promise.all([createGrievance(s, await input(randomUUID()), TODAY), createGrievance(s, await input(randomUUID()), TODAY)]);
    expect(a.ok && b.ok && a.id !== b.id).toBe(true);
    expect((await createGrievance(s, await input(), TODAY)).ok).toBe(true);
    expect(await filedWith((await input()).summary)).toBe(3);
  });

  it("recording the same event form twice at once records one Step One meeting request (A.6.3.a), both submits answer its id", async () => {
    const s = await actor("steward.ktta@accord.test");
    const prisma = await db();
    const filed = await createGrievance(s, await input(randomUUID()), TODAY);
    if (!filed.ok) throw new Error(JSON.stringify(filed.errors));
    const event = { type: "STEP1_MEETING_REQUESTED", date: TODAY, idempotencyKey: randomUUID() };
    const [a, b] = await Promise.all([recordGrievanceEvent(s, filed.id, event, TODAY), recordGrievanceEvent(s, filed.id, event, TODAY)]);
    expect(a.ok && b.ok).toBe(true);
    expect(a).toEqual(b);
    expect(await prisma.grievanceEvent.count({ where: { grievanceId: filed.id } })).toBe(1);
    const g = await prisma.grievance.findUniqueOrThrow({ where: { id: filed.id } });
    // the stored next deadline is the A.6.3.a meeting limit of the one request
    expect([g.nextDue?.toISOString().slice(0, 10), g.nextArticle]).toEqual(["2025-02-03", "A.6.3.a"]);
  });

  it("two different event forms (different keys) submitted at once record two events", async () => {
    const s = await actor("steward.ktta@accord.test");
    const prisma = await db();
    const filed = await createGrievance(s, await input(randomUUID()), TODAY);
    if (!filed.ok) throw new Error(JSON.stringify(filed.errors));
    const form = (note: string) => ({ type: "STEP1_MEETING_REQUESTED", date: TODAY, note, idempotencyKey: randomUUID() });
    const [a, b] = await Promise.all([recordGrievanceEvent(s, filed.id, form("by mail"), TODAY), recordGrievanceEvent(s, filed.id, form("by email"), TODAY)]);
    expect(a.ok && b.ok && a.id !== b.id).toBe(true);
    expect(await prisma.grievanceEvent.count({ where: { grievanceId: filed.id } })).toBe(2);
  });
});
