import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { sd73InScope } from "@/lib/layoffs/simulate";
import { loadActor } from "./actor";
import { todayInBC } from "./dates";
import { loadLayoffStandings } from "./layoff-standings";
import { addPosition, employeePositions, updatePosition } from "./positions";
import { updateSchoolHours } from "./ttoc-schools";

const actor = async (email: string) => loadActor((await (await db()).user.findUniqueOrThrow({ where: { email } })).id);
const SCHOOL = "Logan Lake Secondary";
const started = new Date();
let school: { id: string; version: number; outlying: boolean; dayStart: string; lunchStart: string; dayEnd: string };
let held: { id: string; employeeId: string | null; title: string; schoolId: string | null; site: string | null; fteMilli: number } | null = null;

beforeAll(async () => {
  school = await (await db()).school.findFirstOrThrow({ where: { name: SCHOOL, organization: { code: "SD73" } } });
});

afterAll(async () => {
  const prisma = await db();
  const { id, version, outlying, dayStart, lunchStart, dayEnd } = school;
  await prisma.school.update({ where: { id }, data: { version, outlying, dayStart, lunchStart, dayEnd } });
  const ids = [id];
  if (held) {
    const { id: pid, title, schoolId, site, fteMilli } = held;
    await prisma.position.update({ where: { id: pid }, data: { title, schoolId, site, fteMilli } });
    ids.push(pid);
  }
  await prisma.auditEvent.deleteMany({ where: { entity: { in: ["School", "Position"] }, entityId: { in: ids }, at: { gte: started } } });
});

describe("an HR clerk sets a school outlying and a teacher's position there (C.12.1.b.i)", () => {
  it("C.12.1.b.i: after an SD73 HR clerk marks a school outlying and moves a teacher's position to it, the layoff standings report the teacher at an outlying school", async () => {
    const hr = await actor("hr.sd73@accord.test");
    const prisma = await db();
    expect(school.outlying).toBe(false);
    const rows = (await loadLayoffStandings(hr, "sd73-teachers", todayInBC())).filter(sd73InScope);
    const teacher = rows.find((r) => r.positionId && !r.outlying && r.school !== SCHOOL)!;
    expect(teacher).toBeDefined();
    const p = await prisma.position.findUniqueOrThrow({ where: { id: teacher.positionId! } });
    held = p;

    await updateSchoolHours(hr, school.id, { dayStart: school.dayStart, lunchStart: school.lunchStart, dayEnd: school.dayEnd, outlying: true }, school.version);
    expect(await updatePosition(hr, p.id, { title: "Teacher, Mathematics", schoolId: school.id, fteMilli: 500 }, p.updatedAt)).toEqual({ ok: true, id: p.id });

    const after = (await loadLayoffStandings(hr, "sd73-teachers", todayInBC())).find((r) => r.employeeId === teacher.employeeId)!;
    expect(after).toMatchObject({ positionId: p.id, positionTitle: "Teacher, Mathematics", school: SCHOOL, outlying: true });
    expect((await employeePositions(hr, teacher.employeeId)).map((x) => [x.title, x.school?.name, x.fteMilli])).toEqual([["Teacher, Mathematics", SCHOOL, 500]]);

    // both changes are audited before/after
    const audits = await prisma.auditEvent.findMany({ where: { entityId: { in: [school.id, p.id] }, at: { gte: started } }, orderBy: { at: "asc" } });
    expect(audits.map((a) => [a.entity, a.action])).toEqual([["School", "update"], ["Position", "update"]]);
    expect(audits[0]).toMatchObject({ before: { outlying: false }, after: { outlying: true } });
    expect(audits[1]).toMatchObject({ before: { schoolId: p.schoolId, fteMilli: p.fteMilli }, after: { schoolId: school.id, school: SCHOOL, fteMilli: 500 } });

    // a save from a form opened before that change is refused, and saves nothing
    const stale = await updatePosition(hr, p.id, { title: "Teacher", schoolId: null, fteMilli: 1000 }, p.updatedAt);
    expect(stale).toMatchObject({ ok: false, field: "version", message: expect.stringMatching(/^Changed by .* since you opened it/) });
    expect((await prisma.position.findUniqueOrThrow({ where: { id: p.id } })).schoolId).toBe(school.id);
  });

  it("refuses an SD71 HR clerk who edits an SD73 teacher's position or adds one, and a school of another district", async () => {
    const prisma = await db();
    const hr71 = await actor("hr.sd71@accord.test");
    const hr73 = await actor("hr.sd73@accord.test");
    const p = await prisma.position.findFirstOrThrow({ where: { organization: { code: "SD73" }, employeeId: { not: null }, endDate: null }, orderBy: { id: "asc" } });
    await expect(updatePosition(hr71, p.id, { title: "Moved", schoolId: null, fteMilli: 1000 })).rejects.toThrow("Position not found.");
    await expect(addPosition(hr71, p.employeeId!, { title: "Extra", schoolId: null, fteMilli: 1000, startDate: "2026-09-01" })).rejects.toThrow("Employee not found.");
    const sd71Position = await prisma.position.findFirstOrThrow({ where: { organization: { code: "SD71" }, employeeId: { not: null }, endDate: null } });
    await expect(updatePosition(hr73, sd71Position.id, { title: "Moved", schoolId: null, fteMilli: 1000 })).rejects.toThrow("Position not found.");
    const admin = await actor("admin@accord.test");
    expect(await updatePosition(admin, sd71Position.id, { title: "Moved", schoolId: school.id, fteMilli: 1000 })).toEqual({ ok: false, field: "school", message: "Choose one of the district's schools, or No school" });
    expect(await prisma.position.findUniqueOrThrow({ where: { id: sd71Position.id } })).toEqual(sd71Position);
    expect(await prisma.position.findUniqueOrThrow({ where: { id: p.id } })).toEqual(p);
    expect(await prisma.auditEvent.count({ where: { entityId: { in: [p.id, sd71Position.id] }, at: { gte: started } } })).toBe(0);
  });
});
