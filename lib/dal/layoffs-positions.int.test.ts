import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { SD73_OUTLYING_SCHOOLS } from "@/lib/demo/reference";
import { positionChanges, sd71InScope, sd73InScope } from "@/lib/layoffs/simulate";
import { loadActor } from "./actor";
import { todayInBC } from "./dates";
import { confirmScenario, createScenario, getScenario, runWhatIf } from "./layoffs";
import { loadLayoffStandings } from "./layoff-standings";
import { refreshSummaries } from "./seniority-summaries";

const actor = async (email: string) => loadActor((await (await db()).user.findUniqueOrThrow({ where: { email } })).id);
const NAME = "INT layoff positions";
const touched = new Set<string>();
let saved: Array<{ id: string; employeeId: string | null; endDate: Date | null; schoolId: string | null }> = [];

beforeAll(async () => {
  saved = await (await db()).position.findMany({ select: { id: true, employeeId: true, endDate: true, schoolId: true } });
});

afterAll(async () => {
  const prisma = await db();
  const now = new Map((await prisma.position.findMany({ select: { id: true, employeeId: true, endDate: true, schoolId: true } })).map((p) => [p.id, p]));
  for (const p of saved) {
    const n = now.get(p.id);
    if (n && (n.employeeId !== p.employeeId || n.endDate?.getTime() !== p.endDate?.getTime() || n.schoolId !== p.schoolId)) {
      await prisma.position.update({ where: { id: p.id }, data: { employeeId: p.employeeId, endDate: p.endDate, schoolId: p.schoolId } });
    }
  }
  const ids = [...touched];
  await prisma.serviceRecord.deleteMany({ where: { employeeId: { in: ids }, kind: "LAYOFF", createdAt: { gte: new Date(Date.now() - 3_600_000) } } });
  await prisma.recallEntry.deleteMany({ where: { employeeId: { in: ids } } });
  await prisma.employee.updateMany({ where: { id: { in: ids } }, data: { status: "ACTIVE" } });
  await prisma.$transaction((tx) => refreshSummaries(tx, ids));
  await prisma.layoffScenario.deleteMany({ where: { name: { startsWith: NAME } } });
});

describe("Layoffs read and write positions (C.12.1.b.i; 17.04)", () => {
  it("C.12.1.b.i, MOA 10 ¶3(b): when the least senior teacher's position is moved to an outlying school it is bypassed and the next teacher is laid off", async () => {
    const hr = await actor("hr.sd73@accord.test");
    const prisma = await db();
    const rows = (await loadLayoffStandings(hr, "sd73-teachers", todayInBC())).filter(sd73InScope);
    // the seeded positions carry their schools, and the North Thompson ones are outlying
    expect(rows.every((r) => r.positionId && r.school)).toBe(true);
    expect(new Set(rows.filter((r) => r.outlying).map((r) => r.school))).toEqual(new Set(SD73_OUTLYING_SCHOOLS));
    const [j, k] = rows.filter((r) => !r.outlying).sort((a, b) => b.rank - a.rank);
    const input = { cut: { agreement: "sd73-teachers" as const, kind: "positions" as const, count: 1 }, effectiveDate: "2027-06-30" };
    const before = await runWhatIf(hr, "sd73-teachers", input);
    expect(before.ok && before.result.laidOff.map((x) => x.employeeNumber)).toEqual([j.employeeNumber]);

    const clearwater = await prisma.school.findFirstOrThrow({ where: { name: "Clearwater Secondary", organization: { code: "SD73" } } });
    expect(clearwater.outlying).toBe(true);
    await prisma.position.update({ where: { id: j.positionId! }, data: { schoolId: clearwater.id } });
    const after = await runWhatIf(hr, "sd73-teachers", input);
    expect(after.ok && after.result.laidOff.map((x) => x.employeeNumber)).toEqual([k.employeeNumber]);
    expect(after.ok && after.result.order.citations).toEqual(expect.arrayContaining(["C.12.1.b.i", "MOA 10 ¶3(b)"]));
    expect(after.ok && after.result.order.steps.join(" ")).toContain(`${j.name} (${j.employeeNumber}) at Clearwater Secondary`);
  });

  it("17.04: confirming moves the senior custodian into the junior's position, ends the eliminated one, leaves the junior without one; a second confirm writes nothing", async () => {
    const hr = await actor("hr.sd71@accord.test");
    const prisma = await db();
    const rows = (await loadLayoffStandings(hr, "sd71-cupe439", "2025-06-02")).filter(sd71InScope);
    const custodians = rows.filter((r) => r.classification === "Custodian").sort((a, b) => a.seniorityDate!.localeCompare(b.seniorityDate!));
    const senior = custodians[0], junior = custodians[custodians.length - 1];
    expect(senior.positionId && junior.positionId).toBeTruthy();
    const input = { cut: { agreement: "sd71-cupe439" as const, eliminate: [senior.employeeId], qualificationBasis: "classification" as const }, effectiveDate: "2025-06-02", noticeDate: "2025-04-15" };
    const created = await createScenario(hr, "sd71-cupe439", `${NAME} SD71`, input);
    if (!created.ok) throw new Error("scenario not created");
    const draft = await getScenario(hr, created.id);
    if (!draft.outcome.ok) throw new Error("scenario does not run");
    const r = draft.outcome.result;
    expect(r.chains[0].links[0]).toEqual({ displaced: senior.employeeId, bumped: junior.employeeId, position: junior.positionId });
    const changes = positionChanges(r);
    expect(changes.slice(0, 2)).toEqual([
      { kind: "end", position: senior.positionId, holder: senior.employeeId },
      { kind: "reassign", position: junior.positionId, from: junior.employeeId, to: senior.employeeId },
    ]);
    r.laidOff.forEach((x) => touched.add(x.employeeId));
    const audits = () => prisma.auditEvent.count({ where: { entity: "Position", entityId: { in: changes.map((c) => c.position) } } });
    const auditBefore = await audits();

    expect(await confirmScenario(hr, created.id)).toEqual({ ok: true, count: r.laidOff.length });
    const juniorsFormer = await prisma.position.findUniqueOrThrow({ where: { id: junior.positionId! } });
    expect(juniorsFormer).toMatchObject({ employeeId: senior.employeeId, endDate: null });
    const eliminated = await prisma.position.findUniqueOrThrow({ where: { id: senior.positionId! } });
    expect(eliminated.endDate?.toISOString().slice(0, 10)).toBe("2025-06-01"); // its last day: the layoff is effective 2025-06-02 (17.03)
    expect(r.chains[0]).toMatchObject({ links: [expect.anything()], laidOff: junior.employeeId });
    expect(await prisma.position.count({ where: { employeeId: junior.employeeId, OR: [{ endDate: null }, { endDate: { gte: new Date("2025-06-02") } }] } })).toBe(0);
    expect(await audits()).toBe(auditBefore + changes.length);
    const audit = await prisma.auditEvent.findFirstOrThrow({ where: { entity: "Position", entityId: junior.positionId! }, orderBy: { at: "desc" } });
    expect(audit).toMatchObject({ before: { employeeId: junior.employeeId }, after: { employeeId: senior.employeeId } });

    const snapshot = await prisma.position.findMany({ where: { organizationId: eliminated.organizationId }, orderBy: { id: "asc" } });
    expect((await confirmScenario(hr, created.id)).ok).toBe(false);
    expect(await prisma.position.findMany({ where: { organizationId: eliminated.organizationId }, orderBy: { id: "asc" } })).toEqual(snapshot);
    expect(await audits()).toBe(auditBefore + changes.length);
  });
});
