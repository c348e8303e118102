import { afterAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { loadActor, type Actor } from "./actor";
import { addClosure, listDistrictCalendars, removeClosure } from "./calendar-closures";
import { createGrievance } from "./grievance-writes";
import { deadlinesOf, getGrievance } from "./grievances";
import { ForbiddenError } from "./errors";

const TAG = "INT-TEST closure";
async function actor(email: string): Promise<Actor> {
  const u = await (await db()).user.findUniqueOrThrow({ where: { email } });
  return loadActor(u.id);
}
const stored = async (id: string) => (await (await db()).grievance.findUniqueOrThrow({ where: { id } })).nextDue?.toISOString().slice(0, 10);

afterAll(async () => {
  const prisma = await db();
  await prisma.grievance.deleteMany({ where: { summary: { startsWith: TAG } } });
  await prisma.calendarClosure.deleteMany({ where: { label: { startsWith: TAG } } });
});

describe("district closures feed grievance deadlines (lib/dal)", () => {
  it("A.6.2.b on WD-B: adding a Pro-D day closure moves the stored and shown due date 2025-05-15 → 2025-05-16 (seeded closures lie outside the count); removing it moves it back, audited", async () => {
    const prisma = await db();
    const steward = await actor("steward.ktta@accord.test");
    const admin = await actor("admin@accord.test");
    const ag = await prisma.agreement.findUniqueOrThrow({ where: { rulesId: "sd73-teachers" } });
    const emp = await prisma.employee.findFirstOrThrow({ where: { agreementId: ag.id }, orderBy: { employeeNumber: "asc" } });
    const r = await createGrievance(steward, {
      agreementId: ag.id, type: "LOCAL_MATTER", policy: false, grievors: [emp.employeeNumber], articles: ["C.2.1"],
      summary: `${TAG}: school-days count`, remedy: "Make whole", violationDate: "2025-04-01", calendarProfile: "wd-b",
    }, "2025-04-02");
    if (!r.ok) throw new Error(JSON.stringify(r.errors));
    expect(await stored(r.id)).toBe("2025-05-15");

    const c = await addClosure(admin, { organizationId: ag.organizationId, schoolYear: "2024-25", fromDate: "2025-04-25", toDate: "2025-04-25", label: `${TAG} Pro-D day` }, "2025-04-02");
    expect(c.recomputed).toBeGreaterThanOrEqual(1);
    expect(await stored(r.id)).toBe("2025-05-16");
    const shown = (await deadlinesOf(await getGrievance(steward, r.id), "2025-04-02")).deadlines[0];
    expect(shown).toMatchObject({ due: "2025-05-16", article: "A.6.2.b" });
    expect(shown.explanation.profile.id).toBe("wd-b");
    expect(shown.explanation.closureNote).toContain(`${TAG} Pro-D day 2025-04-25`);

    const years = (await listDistrictCalendars(admin)).find((d) => d.id === ag.organizationId)!.years;
    expect(years.find((y) => y.schoolYear === "2024-25")?.closures.some((x) => x.id === c.id)).toBe(true);

    await removeClosure(admin, c.id, "2025-04-02");
    expect(await stored(r.id)).toBe("2025-05-15");
    const audit = await prisma.auditEvent.findFirst({ where: { entity: "CalendarClosure", entityId: c.id, action: "delete" } });
    expect(audit?.before).toMatchObject({ fromDate: "2025-04-25", label: `${TAG} Pro-D day` });
  });

  it("a steward cannot change a district calendar", async () => {
    const steward = await actor("steward.ktta@accord.test");
    const ag = await (await db()).agreement.findUniqueOrThrow({ where: { rulesId: "sd73-teachers" } });
    await expect(addClosure(steward, { organizationId: ag.organizationId, schoolYear: "2024-25", fromDate: "2024-11-01", toDate: "2024-11-01", label: `${TAG} x` }, "2024-10-02")).rejects.toBeInstanceOf(ForbiddenError);
  });
});
