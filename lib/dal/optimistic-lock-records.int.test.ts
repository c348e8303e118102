import { afterAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { loadActor } from "./actor";
import { formatBC } from "./bc-time";
import { updateSchoolHours } from "./ttoc-schools";
import { createLifConsultation } from "./lif";
import { setLifMarks } from "./lif-steps";
import { ChangedSinceError } from "./optimistic-lock";

const SCHOOL = "INT-LOCK Elementary";
const YEAR = "2031-32";
const actor = async (email: string) => loadActor((await (await db()).user.findUniqueOrThrow({ where: { email } })).id);
const refusedBy = async (entities: string[], entityId: string) => {
  const last = await (await db()).auditEvent.findFirstOrThrow({ where: { entity: { in: entities }, entityId }, orderBy: { at: "desc" }, include: { user: true } });
  return new RegExp(`^Changed by ${last.user!.name!.replace(/[()]/g, "\\$&")} at ${formatBC(last.at).slice(11)} \\(Vancouver time\\) since you opened it`);
};

afterAll(async () => {
  const prisma = await db();
  await prisma.school.deleteMany({ where: { name: SCHOOL } });
  await prisma.lifConsultation.deleteMany({ where: { schoolYear: YEAR } });
});

describe("two people editing a school's hours: the second save is refused (B.2.9.e lunch break, no lost update)", () => {
  it("refuses a save of the version both opened, names the last editor and the time, and keeps the first save", async () => {
    const prisma = await db();
    const hr = await actor("hr.sd73@accord.test");
    const admin = await actor("admin@accord.test");
    const org = await prisma.organization.findUniqueOrThrow({ where: { code: "SD73" } });
    await prisma.school.deleteMany({ where: { name: SCHOOL } });
    const s = await prisma.school.create({ data: { organizationId: org.id, name: SCHOOL } });
    expect(s.version).toBe(1);

    expect(await updateSchoolHours(admin, s.id, { dayStart: "08:30", lunchStart: "12:00", dayEnd: "15:00" }, s.version)).toBe(SCHOOL);
    const second = updateSchoolHours(hr, s.id, { dayStart: "08:30", lunchStart: "11:30", dayEnd: "15:00" }, s.version);
    await expect(second).rejects.toBeInstanceOf(ChangedSinceError);
    await expect(second).rejects.toThrow(await refusedBy(["School"], s.id));
    await expect(second).rejects.toThrow(/^Changed by Alex Admin/);
    const now = await prisma.school.findUniqueOrThrow({ where: { id: s.id } });
    expect([now.lunchStart, now.version]).toEqual(["12:00", 2]);
    expect(await prisma.auditEvent.count({ where: { entity: "School", entityId: s.id, action: "update" } })).toBe(1);

    // reopened at the current version, the save goes through
    expect(await updateSchoolHours(hr, s.id, { dayStart: "08:30", lunchStart: "11:30", dayEnd: "15:00" }, now.version)).toBe(SCHOOL);
    expect((await prisma.school.findUniqueOrThrow({ where: { id: s.id } })).lunchStart).toBe("11:30");
  });

  it("lets exactly one of two concurrent saves of the same version through", async () => {
    const prisma = await db();
    const hr = await actor("hr.sd73@accord.test");
    const s = await prisma.school.findFirstOrThrow({ where: { name: SCHOOL } });
    const both = await Promise.allSettled([
      updateSchoolHours(hr, s.id, { dayStart: "08:30", lunchStart: "11:45", dayEnd: "15:00" }, s.version),
      updateSchoolHours(hr, s.id, { dayStart: "08:30", lunchStart: "12:15", dayEnd: "15:00" }, s.version),
    ]);
    expect(both.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(both.filter((r) => r.status === "rejected").map((r) => (r as PromiseRejectedResult).reason)).toEqual([expect.any(ChangedSinceError)]);
    expect((await prisma.school.findUniqueOrThrow({ where: { id: s.id } })).version).toBe(s.version + 1);
  });
});

describe("two people editing the same LIF consultation checklist: the second save is refused (LIF notice 2024-25)", () => {
  it("refuses a checklist save of the version both opened, naming the last editor, and keeps the first save", async () => {
    const prisma = await db();
    const hr = await actor("hr.sd71@accord.test");
    const admin = await actor("admin@accord.test");
    const org = (await prisma.organization.findUniqueOrThrow({ where: { code: "SD71" } })).id;
    const local = (await prisma.unionLocal.findUniqueOrThrow({ where: { code: "CUPE439" } })).id;
    await prisma.lifConsultation.deleteMany({ where: { schoolYear: YEAR } });
    const created = await createLifConsultation(hr, { organizationId: org, localId: local, schoolYear: YEAR, deadline: "2032-06-04", recipient: "BCPSEA" });
    if (!created.ok) throw new Error(created.message);
    const opened = (await prisma.lifConsultation.findUniqueOrThrow({ where: { id: created.id } })).version;
    expect(opened).toBe(1);

    expect(await setLifMarks(admin, created.id, [{ key: "mutual-respect", met: true, note: "Both sides heard" }], opened)).toEqual({ ok: true, id: created.id });
    const second = await setLifMarks(hr, created.id, [{ key: "mutual-respect", met: false }], opened);
    expect(second).toEqual({ ok: false, field: "version", message: expect.stringMatching(await refusedBy(["LifMark", "LifConsultation"], created.id)) });
    expect(second.ok ? "" : second.message).toMatch(/^Changed by Alex Admin/);
    const mark = await prisma.lifMark.findFirstOrThrow({ where: { consultationId: created.id, key: "mutual-respect" } });
    expect([mark.met, mark.note]).toEqual([true, "Both sides heard"]);
    expect((await prisma.lifConsultation.findUniqueOrThrow({ where: { id: created.id } })).version).toBe(2);

    // a save without a version (an older client) still goes through, as before
    expect((await setLifMarks(hr, created.id, [{ key: "mutual-respect", met: false }])).ok).toBe(true);
  });

  it("lets exactly one of two concurrent checklist saves of the same version through", async () => {
    const prisma = await db();
    const hr = await actor("hr.sd71@accord.test");
    const c = await prisma.lifConsultation.findFirstOrThrow({ where: { schoolYear: YEAR } });
    const both = await Promise.all([
      setLifMarks(hr, c.id, [{ key: "mutual-respect", met: true, note: "tab one" }], c.version),
      setLifMarks(hr, c.id, [{ key: "mutual-respect", met: true, note: "tab two" }], c.version),
    ]);
    expect(both.filter((r) => r.ok)).toHaveLength(1);
    expect(both.filter((r) => !r.ok)).toEqual([expect.objectContaining({ field: "version" })]);
    expect((await prisma.lifConsultation.findUniqueOrThrow({ where: { id: c.id } })).version).toBe(c.version + 1);
  });
});
